/** Text made literal inside a RegExp source ("U.S." matches only "U.S."). */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
