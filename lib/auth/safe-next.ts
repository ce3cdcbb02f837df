// Where to go after sign-in. Shared by the browser form, so no server imports here.
export const DESK_HOME = "/desk";

/**
 * Returns `next` as a same-origin path (path, query and hash), or the desk home. A raw value
 * with a backslash or a control character is refused outright: browsers read "/\evil.example"
 * as "//evil.example" and drop tabs and newlines, so such a value can leave the site after a
 * check that only looks at its first characters. The same characters percent-encoded
 * ("/%5Cevil.example", "/%09/evil.example") are refused too, in case something decodes twice.
 */
export function safeNextPath(next: string | null | undefined, siteOrigin: string): string {
  if (!next || hasTrickCharacters(next) || hasTrickCharacters(decodeOnce(next))) return DESK_HOME;
  let url: URL;
  try {
    url = new URL(next, siteOrigin);
  } catch {
    return DESK_HOME;
  }
  if (url.origin !== new URL(siteOrigin).origin) return DESK_HOME;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path that starts with "//" would be read as another host when used as a link.
  return path.startsWith("//") ? DESK_HOME : path;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
const TRICK_CHARACTERS = /[\\\u0000-\u001f\u007f]/;
const hasTrickCharacters = (value: string) => TRICK_CHARACTERS.test(value);

function decodeOnce(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return "\u0000"; // malformed percent-encoding: refuse
  }
}
