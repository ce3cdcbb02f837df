// Page furniture seen on news sites: navigation, paywall and donation nags, newsletter prompts,
// photo credits. Lines matching these never carry a speaker's claim.
export const NAVIGATION =
  /^(skip to (main )?content|advertisement|sponsored( content)?|read more:?|most popular|most read|related( articles| stories)?:?|live broadcast|main slide|beginning of the article|select important|on|off|share( this article)?|print|comments?|listen to (this )?article|view gallery|next article|previous article|tags?:.*|follow us.*)$/i;

export const NAG = [
  /you have read (more than )?\d+ articles?/i,
  /register (to receive|for) full access/i,
  /\b(donat(e|ing|ion)|contribution)\b/i,
  /\bcount on your support\b/i,
  /\b(subscribe|newsletter|sign up for|breaking news updates|never miss a)\b/i,
  /\bloyal .* reader\b/i,
];

export const PHOTO_CREDIT_LINE =
  /^(photo|image|picture|credit|photo credit|photo caption|image caption|caption)\s*:/i;
// "(Raphael Ahren/Times of Israel)", "(photo credit: X)", "( photo: AFP )", "Photo: X/Flash90".
export const TRAILING_CREDIT =
  /(\(\s*(photo( credit)?\s*:[^)]*|[^()]*\/[^()]*|[^()]*\b(AP|AFP|Reuters|REUTERS|Getty|Flash90|Pool|TASS|Sputnik|GPO)\b[^()]*)\)|\bPhoto:\s*[^.]*\/[^.]*|\bPhoto:\s*[A-Z][^.]*)\s*$/;
// An op-ed's closing note on its author: "The author is chief nursing officer at …".
// A speech's delivery note: "Prepared text as delivered at …", "Check against delivery."
export const DELIVERY_NOTE =
  /^(?:(?:the )?prepared (?:text|remarks)\b|as prepared for delivery\b|(?:check|checked) against delivery\b|(?:the )?full text of (?:the |a |her |his )?(?:\w+ ){0,2}(?:address|speech|remarks|statement)\b)|^[^.]{0,80}\.\s+(?:the )?(?:full )?(?:text|transcript|remarks) as (?:delivered|prepared)\b/i;
export const AUTHOR_NOTE =
  /^[*_—–-]*\s*(?:the (?:author|writer)s? (?:is|are|was|were|has|have)\b|(?:translated from (?:the )?\p{Lu}\p{L}+\.\s*)?the views expressed\b)/iu;
export const GALLERY = /\bview gallery\b/i;
export const CAPTION_START = /^(illustrative|file|pictured|above|top|in this photo)\b\s*:/i;
