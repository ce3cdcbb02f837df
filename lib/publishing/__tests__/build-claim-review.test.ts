import { test } from "node:test";
import assert from "node:assert/strict";
import { buildClaimReview, serializeJsonLd, type ClaimReviewInput } from "../build-claim-review";
import { CLAIM_REVIEWED_MAX, claimReviewedText, shortenClaim } from "../claim-reviewed-text";

const input: ClaimReviewInput = {
  pageUrl: "https://checks.example.org/checks/unemployment-fell-40",
  canonicalText: "Unemployment fell by 40% last year",
  shortText: null,
  speaker: {
    name: "Ana Minister",
    title: "Minister of Finance",
    sameAs: "https://www.wikidata.org/wiki/Q1",
  },
  appearance: {
    url: "https://news.example.org/interview",
    outlet: "The Daily Example",
    title: "Interview",
    publishedAt: new Date("2026-03-14"),
    language: "en",
  },
  rating: { label: "False", value: 1 },
  speakerWords: "Unemployment fell by 40 percent last year",
  scale: { best: 5, worst: 1 },
  organization: { name: "Example Checks", url: "https://example.org" },
  datePublished: new Date("2026-04-01T10:00:00Z"),
  dateModified: new Date("2026-04-02T10:00:00Z"),
};

// The builder's result is typed by schema-dts; tests read it as plain JSON.
const json = (v: unknown) => JSON.parse(JSON.stringify(v));

test("every required and recommended ClaimReview field is present", () => {
  const r = json(buildClaimReview(input));
  assert.equal(r["@context"], "https://schema.org");
  assert.equal(r["@type"], "ClaimReview");
  assert.equal(r.url, input.pageUrl);
  assert.equal(r.claimReviewed, "Unemployment fell by 40% last year");
  assert.equal(r.datePublished, "2026-04-01");
  assert.equal(r.dateModified, "2026-04-02");
  assert.deepEqual(r.author, {
    "@type": "Organization",
    name: "Example Checks",
    url: "https://example.org",
  });
  assert.deepEqual(r.reviewRating, {
    "@type": "Rating",
    ratingValue: 1,
    bestRating: 5,
    worstRating: 1,
    alternateName: "False",
  });
  const claim = r.itemReviewed;
  assert.equal(claim["@type"], "Claim");
  assert.equal(claim.datePublished, "2026-03-14");
  assert.deepEqual(claim.author, {
    "@type": "Person",
    name: "Ana Minister",
    jobTitle: "Minister of Finance",
    sameAs: "https://www.wikidata.org/wiki/Q1",
  });
  assert.equal(claim.appearance.url, "https://news.example.org/interview");
  assert.deepEqual(claim.appearance.publisher, {
    "@type": "Organization",
    name: "The Daily Example",
  });
  assert.deepEqual(claim.firstAppearance, claim.appearance);
});

test("worstRating is at least 1", () => {
  const r = json(buildClaimReview({ ...input, scale: { best: 5, worst: 0 } }));
  assert.equal(r.reviewRating.worstRating, 1);
});

test("unknown jobTitle, sameAs, article url and date are left out rather than empty", () => {
  const r = json(
    buildClaimReview({
      ...input,
      speaker: { name: "Anon", title: null, sameAs: null },
      appearance: { url: null, outlet: "Radio", title: null, publishedAt: null, language: "en" },
    }),
  );
  assert.deepEqual(r.itemReviewed.author, { "@type": "Person", name: "Anon" });
  assert.equal(r.itemReviewed.datePublished, undefined);
  assert.equal(r.itemReviewed.appearance.url, undefined);
  assert.equal(r.itemReviewed.appearance.publisher.name, "Radio");
});

test("unverifiable and unrated verdicts keep an alternateName and no ratingValue", () => {
  const unverifiable = json(
    buildClaimReview({ ...input, rating: { label: "Unverifiable", value: null } }),
  );
  assert.deepEqual(unverifiable.reviewRating, { "@type": "Rating", alternateName: "Unverifiable" });
  const unrated = json(buildClaimReview({ ...input, rating: null }));
  assert.equal(unrated.reviewRating.alternateName, "Unrated");
  assert.equal(unrated.reviewRating.ratingValue, undefined);
});

test("claimReviewed stays under 75 characters: short text first, then canonical, then a derived form", () => {
  const long =
    "The government has doubled spending on schools, hospitals and roads in every single region since 2019";
  assert.equal(
    json(buildClaimReview({ ...input, shortText: "Spending doubled" })).claimReviewed,
    "Spending doubled",
  );
  const derived = json(buildClaimReview({ ...input, canonicalText: long })).claimReviewed as string;
  assert.ok(derived.length < 75, derived);
  assert.ok(derived.endsWith("…"));
  assert.ok(long.startsWith(derived.slice(0, -1)));
  assert.equal(claimReviewedText("x".repeat(80), "Short canonical"), "Short canonical");
  assert.ok(shortenClaim("y".repeat(200)).length <= CLAIM_REVIEWED_MAX);
  assert.equal(json(buildClaimReview({ ...input, canonicalText: long })).itemReviewed.text, long);
});

test("serializeJsonLd cannot close the script element", () => {
  const out = serializeJsonLd({ claimReviewed: "</script><script>alert(1)</script>" });
  assert.ok(!out.includes("<"));
  assert.equal(JSON.parse(out).claimReviewed, "</script><script>alert(1)</script>");
});

test("the appearance carries the speaker's own words, and never reported speech", () => {
  const quoted = json(buildClaimReview(input));
  assert.equal(quoted.itemReviewed.appearance.text, "Unemployment fell by 40 percent last year");
  const reported = json(buildClaimReview({ ...input, speakerWords: null }));
  assert.ok(!("text" in reported.itemReviewed.appearance));
  assert.equal(reported.itemReviewed.text, input.canonicalText);
});
