// Every number that steers claim detection, named and explained in one place. The ranker's
// weights and its queueing threshold are learned (claim-ranker.json); these are structural.

// Sentences and quotes
/** A "sentence" longer than this is split at its middlemost clause boundary. */
export const MAX_SENTENCE_CHARS = 420;
/** A candidate quote is a sentence or two; the gold scorer ignores longer ones. */
export const MAX_QUOTE_CHARS = 450;
/** Sentences this short are merged with their neighbour in the same turn. */
export const SHORT_SENTENCE_WORDS = 6;
/** A run of short sentences stops merging at this length. */
export const MERGED_MAX_WORDS = 40;
/** A follow-up ("That is a third fewer.") this short joins the sentence before it. */
export const FOLLOW_UP_MAX_WORDS = 16;
/** A quotation up to this long stays one candidate, however many sentences it has. */
export const QUOTATION_MAX_CHARS = 300;
/** Quotes repeated verbatim (pull quotes, summaries) are compared from this length on. */
export const REPEAT_MIN_CHARS = 30;

// Page furniture
/** Lines without terminal punctuation up to this length are headings, kickers or bylines. */
export const HEADING_MAX_CHARS = 200;
/** A line above a credit line up to this length is its caption. */
export const CAPTION_MAX_CHARS = 250;

// Attribution
/** Untagged sentences that may follow the speaker's tagged one in the same paragraph. */
export const MAX_CONTINUATION = 2;
/** A name this many characters before a speech verb can be its subject. */
export const SPEECH_TAG_WINDOW = 90;
/** Share of questions in its turns that makes a transcript's first voice (the host) the one asking. */
export const FIRST_ASKER_SHARE = 0.3;
/** An article with this many opening single quotes (and more than double ones) is quoted British style. */
export const BRITISH_QUOTES_MIN = 3;
/** Dash turns containing "?" that make an article a dash interview. */
export const MIN_DASH_QUESTIONS = 2;
/** Dash turns that make an interview even when no question ends in "?" (translations drop them). */
export const MIN_DASH_TURNS = 6;
/** From this many labelled or dash turns on, an article is a transcript, not authored prose. */
export const MIN_TRANSCRIPT_TURNS = 3;
/** Share of body sentences with a first-person word outside quotations that marks an op-ed or speech. */
export const AUTHORED_FIRST_PERSON_SHARE = 0.2;
/** Authored prose needs at least this many body sentences. */
export const MIN_AUTHORED_SENTENCES = 5;
/** Quotations tagged with a speech verb ("…,' she says") that make first-person prose a reporter's feature, not an op-ed. */
export const MIN_TAGGED_QUOTES_REPORTED = 4;

// Speaker guess
/** A turn of one's own in a transcript outweighs a speech verb next to one's name. */
export const LABEL_WEIGHT = 2;
/** "Ms Thornbury" says little on its own: half a speech verb. */
export const HONORIFIC_WEIGHT = 0.5;

// Canonical text
/** Answers shorter than this ("No.", "Yes, we did.") are completed from the question. */
export const SHORT_ANSWER_WORDS = 6;
/** … and anaphoric ones ("That is not true.") up to this length. */
export const SHORT_ANAPHORIC_ANSWER_WORDS = 12;

// Reasons shown to the editor
/** A ranker feature explains a score when its weighted value is at least this. */
export const MIN_REASON_WEIGHT = 0.3;
