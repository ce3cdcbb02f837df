/** The quote in curly quotes, unless the quoted span already carries its own quote marks. */
export function quoted(text: string): string {
  const t = text.trim();
  const open = /^["“‘«]/.test(t);
  const close = /["”’»][.,!?]?$/.test(t);
  return `${open ? "" : "“"}${t}${open || close ? "" : "”"}`;
}
