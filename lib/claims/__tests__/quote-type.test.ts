import assert from "node:assert/strict";
import { test } from "node:test";
import { presentQuote, quoteLine, quoteTypeOfAttribution } from "../quote-type";

function inArticle(text: string, quote: string, attribution: string) {
  const start = text.indexOf(quote);
  assert.ok(start >= 0, "fixture: quote is in the article");
  return presentQuote({ quote, attribution, article: { text, start, end: start + quote.length } });
}

test("each attribution maps to one quote type", () => {
  assert.equal(quoteTypeOfAttribution("qa-answer"), "transcript");
  assert.equal(quoteTypeOfAttribution("direct-quote"), "direct");
  assert.equal(quoteTypeOfAttribution("authored"), "direct");
  assert.equal(quoteTypeOfAttribution("reported"), "reported");
  assert.equal(quoteTypeOfAttribution("reported-continuation"), "reported");
  assert.equal(quoteTypeOfAttribution("editor"), "editor");
  assert.equal(quoteTypeOfAttribution(null), "reported");
});

test("direct: only the speaker's words go inside quotation marks, the tag is dropped", () => {
  const text =
    "Prices rose.\n\n“We are strongly advocating the restoration of the JCPOA,” Viktorov said.";
  const p = inArticle(
    text,
    "“We are strongly advocating the restoration of the JCPOA,” Viktorov said.",
    "direct-quote",
  );
  assert.deepEqual(p, {
    quoteType: "direct",
    text: "We are strongly advocating the restoration of the JCPOA",
    quotation: true,
  });
  assert.equal(
    quoteLine(p, "The Post"),
    "“We are strongly advocating the restoration of the JCPOA”",
  );
});

test("direct, British single quotes: the quote marks' positions cut the reporter's words off", () => {
  const text =
    "The farmer spoke at the market.\n\n'We paid 2.6 zloty,' he said. 'Nobody can live on that,' he added. " +
    "'The ministry knows it.'";
  const p = inArticle(text, "'We paid 2.6 zloty,' he said.", "direct-quote");
  assert.equal(p.quoteType, "direct");
  assert.equal(p.quotation, true);
  assert.equal(p.text, "We paid 2.6 zloty");
});

test("direct: a tag between two halves of one quotation joins them", () => {
  const text = "“Our pilots are flying over Syria,” he said, “and nobody is in danger.”";
  const p = inArticle(text, text, "direct-quote");
  assert.equal(p.text, "Our pilots are flying over Syria, and nobody is in danger.");
  assert.equal(p.quotation, true);
});

test("direct: a sentence continuing an open quotation is the speaker's words whole", () => {
  const text = "“The mechanism works. It was established some time ago.” Then he left.";
  const p = inArticle(text, "It was established some time ago.", "direct-quote");
  assert.deepEqual(p, {
    quoteType: "direct",
    text: "It was established some time ago.",
    quotation: true,
  });
});

test("direct with the reporter's paraphrase around quoted fragments is shown as reported", () => {
  const quote =
    "Russia has taken “serious note” of Israel’s “diplomatic and balanced position,” Viktorov said.";
  const p = inArticle(`Intro.\n\n${quote}`, quote, "direct-quote");
  assert.deepEqual(p, { quoteType: "reported", text: quote, quotation: false });
  assert.equal(quoteLine(p, "The Jerusalem Post"), `Reported by The Jerusalem Post: ${quote}`);
});

test("reported speech is never inside quotation marks", () => {
  const quote = "Surname said trade between the two countries grew by 40 percent.";
  const p = inArticle(quote, quote, "reported");
  assert.equal(p.quotation, false);
  assert.equal(quoteLine(p, "Daily"), `Reported by Daily: ${quote}`);
  assert.ok(!quoteLine(p, "Daily").includes("“"));
});

test("transcript: the answer turn is the speaker's words", () => {
  const text = "Q: And trade?\nA: Trade grew by 40 percent last year.";
  const p = inArticle(text, "Trade grew by 40 percent last year.", "qa-answer");
  assert.deepEqual(p, {
    quoteType: "transcript",
    text: "Trade grew by 40 percent last year.",
    quotation: true,
  });
});

test("editor: a quote recorded without an article is a quotation; a clipped tag is removed", () => {
  assert.deepEqual(presentQuote({ quote: "We will cut taxes by half.", attribution: "editor" }), {
    quoteType: "editor",
    text: "We will cut taxes by half.",
    quotation: true,
  });
  const text = "“Taxes fall next year,” the minister said.";
  assert.equal(inArticle(text, text, "editor").text, "Taxes fall next year");
});
