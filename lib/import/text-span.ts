export interface TextSpan {
  start: number;
  end: number;
}

/** The span without the white space at its ends (a mouse selection, a sentence with its newline). */
export function trimSpan(text: string, { start, end }: TextSpan): TextSpan {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
