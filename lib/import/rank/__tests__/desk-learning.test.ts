// The learning loop: a candidate the desk dismisses becomes a labelled example, and a ranker
// retrained with it scores that candidate lower than one trained without it.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { runActionAs } from "@/lib/auth/authorized";
import { disconnectDb, prisma } from "@/lib/db";
import { listDecisions } from "@/lib/claims/list-decisions";
import { claimFeatures } from "@/lib/import/detect/claim-features";
import { EN } from "@/lib/import/lexicon";
import { rankerProbability } from "@/lib/import/detect/ranker-model";
import { loadAnnotatedCorpus } from "@/lib/import/eval/annotated-corpus";
import { dismissCandidatesAction, importUploadAction } from "@/lib/import/import.actions";
import { deskExamples } from "@/lib/import/rank/desk-examples";
import { labelArticles } from "@/lib/import/rank/labelled-candidates";
import { featurize, fitRanker, type RankerOptions } from "@/lib/import/rank/train-claim-ranker";
import { loadSeedManifest } from "@/lib/import/seed-manifest";
import { createTestUser } from "@/lib/testing/users";

after(disconnectDb);

const OPTIONS: RankerOptions = { l2: 0.003, mustWeight: 1, targetRecall: 0.93, iterations: 300 };
const FIXTURE = join(process.cwd(), "lib/import/__tests__/fixtures/qa-energy-minister.txt");

test("a dismissed candidate is stored as a 'none' example and scores lower after retraining", async () => {
  const editor = await createTestUser("EDITOR");
  const text = `${readFileSync(FIXTURE, "utf8")}\n\nLearning test ${Date.now()}`;
  const imported = await runActionAs(importUploadAction, editor, {
    outlet: "Bucharest Herald",
    title: "Energy minister",
    url: "",
    published: "2024-11",
    language: "",
    note: "",
    speakerId: "",
    speakerName: `Andrei Popescu ${Date.now()}`,
    speakerTitle: "",
    speakerAliases: "Andrei Popescu, Popescu, the minister",
    pastedText: "",
    file: { name: "energy.txt", bytes: new TextEncoder().encode(text) },
  });
  assert.ok(imported.ok, JSON.stringify(imported));
  const article = await prisma.article.findFirstOrThrow({ where: { text } });
  const candidates = await prisma.claim.findMany({
    where: { articleId: article.id, status: "CANDIDATE" },
    orderBy: { score: "desc" },
  });
  assert.ok(candidates.length > 3);
  const target = candidates[0]!;

  const dismissed = await runActionAs(dismissCandidatesAction, editor, {
    articleId: article.id,
    claimIds: [target.id],
    reason: "NOT_CHECK_WORTHY",
  });
  assert.ok(dismissed.ok, JSON.stringify(dismissed));

  const decisions = (await listDecisions()).filter((d) => d.articleId === article.id);
  assert.deepEqual(
    decisions.map((d) => [d.action, d.dismissReason, d.quote]),
    [["dismiss", "NOT_CHECK_WORTHY", target.quote]],
  );
  const desk = deskExamples(decisions);
  assert.equal(desk.used, 1);
  assert.deepEqual(desk.articles[0]!.tiers, ["none"]);
  const example = desk.articles[0]!.candidates[0]!;
  assert.equal(text.slice(example.start, example.end), target.quote);

  // The same annotated data, with and without the desk's decision.
  const root = process.cwd();
  const annotated = labelArticles(
    loadAnnotatedCorpus(root, await loadSeedManifest(join(root, "seeds", "manifest.json"))).filter(
      (a) => a.name.startsWith("fixtures/"),
    ),
  );
  const features = claimFeatures(example, EN);
  const before = rankerProbability(fitRanker(featurize(annotated), OPTIONS), features);
  const afterRetraining = rankerProbability(
    fitRanker(featurize([...annotated, ...desk.articles]), OPTIONS),
    features,
  );
  assert.ok(afterRetraining < before, `score ${before} → ${afterRetraining}`);
});

test("the latest decision on a claim wins, and a clip of text detection never offered is counted, not learned", () => {
  const speaker = { name: "Ana Lima", aliases: ["Lima"], country: "Brazil" };
  const text =
    "Ana Lima said exports rose 12 percent in 2024.\n\nPaulo Reis, a rival, said the weather was fine.";
  const article = { id: "a1", text, language: "en" };
  const at = (s: string) => ({
    startOffset: text.indexOf(s),
    endOffset: text.indexOf(s) + s.length,
  });
  const base = { speaker, article, quote: "" };
  const result = deskExamples([
    {
      ...base,
      claimId: "c1",
      action: "accept",
      ...at("Ana Lima said exports rose 12 percent in 2024."),
      createdAt: new Date(1),
    },
    {
      ...base,
      claimId: "c1",
      action: "dismiss",
      ...at("Ana Lima said exports rose 12 percent in 2024."),
      createdAt: new Date(2),
    },
    {
      ...base,
      claimId: "c2",
      action: "clip",
      ...at("the weather was fine."),
      createdAt: new Date(3),
    },
  ]);
  assert.equal(result.used, 1);
  assert.deepEqual(result.articles[0]!.tiers, ["none"]);
  assert.equal(result.outsideCandidates, 1);
  assert.deepEqual(result.latestAt, new Date(3));
});
