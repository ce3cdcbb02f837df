import assert from "node:assert/strict";
import { test } from "node:test";
import { detectClaims } from "../detect-claims";
import { EN } from "../../lexicon";
import { findCandidates } from "../candidates";

const speaker = {
  name: "Anna Petrova",
  aliases: ["Petrova", "the envoy", "the ambassador"],
  country: "Russia",
};
const quotes = (text: string) => detectClaims({ text, speaker }).map((c) => c.quote);

test("other officials quoted in the same story are excluded", () => {
  const text = [
    '"Trade reached $3 billion in 2024," Petrova said.',
    "On Wednesday, US Deputy Secretary of State Wendy Sherman said the sanctions had cut Russian exports by 40 percent.",
    '"I have no idea whether the 40 percent figure will hold," she said.',
    "Foreign Minister Dmytro Kuleba told reporters that 100,000 troops were massed on the border.",
    "He pointed at the 8,500 troops on alert.",
  ].join("\n\n");
  const q = quotes(text);
  assert.equal(q.length, 1);
  assert.match(q[0]!, /\$3 billion/);
});

test("reported speech, pronoun tags and 'according to' are the speaker's", () => {
  const text = [
    "The envoy said that Russia had delivered 200,000 tonnes of grain in March.",
    "According to her, 12 ships were inspected in April.",
    "Petrova denied reports that the cargo was seized in 2023.",
  ].join("\n\n");
  assert.equal(quotes(text).length, 3);
});

test("Q&A transcripts: answers are the speaker's, questions are context", () => {
  const text = [
    "Q: Is Russia selling weapons to Hamas, as Ukraine has claimed?",
    "A: Nonsense. It is not true. We are not doing that.",
    "Q: How many Russian citizens were evacuated in 2024?",
    "A: We evacuated 1,400 citizens through Egypt in October 2024.",
  ].join("\n\n");
  const claims = detectClaims({ text, speaker });
  assert.ok(
    claims.every((c) => !c.quote.includes("?")),
    "questions are never claims",
  );
  const evac = claims.find((c) => c.quote.includes("1,400"));
  assert.equal(evac?.attribution, "qa-answer");
  assert.match(evac?.context ?? "", /How many Russian citizens/);
});

test("dash-turn interviews: the answer paragraphs after a question are the speaker's", () => {
  const text = [
    "The ambassador spoke to the paper about trade.",
    "— How is trade with Israel going?",
    "Russia and Israel have never suspended mutual trade since 1991.",
    "— And the commission?",
    "The last meeting was held in Jerusalem in October 2018.",
  ].join("\n");
  const q = quotes(text);
  assert.ok(q.some((x) => x.includes("never suspended")));
  assert.ok(q.some((x) => x.includes("October 2018")));
});

test("the most quoted person is found for files outside the manifest", async () => {
  const { speakerGuesses } = await import("../most-quoted-person");
  const { mostQuotedPerson } = speakerGuesses(EN);
  const text = [
    "Japanese Trade Minister Yuki Tanaka said exports fell by 30 percent.",
    '"Our mills cut 4,000 jobs," Tanaka said.',
    "US Trade Representative Karen Holt rejected that account.",
    '"This is not a small problem," he told NHK.',
  ].join("\n\n");
  assert.deepEqual(mostQuotedPerson(text), { name: "Yuki Tanaka", aliases: ["Tanaka"] });
});

test("British feature: a critic's quote tagged 'he told' is his, an untagged quote after the speaker's own sentence is hers", () => {
  const text = [
    "Ms Thornbury taught chemistry for 11 years. ‘We have opened 212 new schools since the election,’ she says.",
    "",
    "Ms Thornbury bristles at the suggestion. ‘The high-needs budget is £11.9 billion this year.’",
    "",
    "Paul Whitcombe, general secretary of the National Association of Classroom Teachers, says the figures mislead. ‘One in six maths lessons is taught by someone without a maths degree,’ he told the Ledger.",
  ].join("\n");
  const quotes = findCandidates(text, { name: "Rachel Thornbury", aliases: ["Thornbury"] }, EN).map(
    (c) => c.quote,
  );
  assert.ok(
    quotes.some((q) => q.includes("£11.9 billion")),
    quotes.join(" | "),
  );
  assert.ok(!quotes.some((q) => q.includes("One in six")), quotes.join(" | "));
});
