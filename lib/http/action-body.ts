// Server-action bodies are checked before Next decodes them: over the limit is 413 (Next itself
// answers 500), nested deeper than any form of ours is 400 (100,000 levels overflow the stack in
// React's decoder, another 500). Bytes are counted as they arrive; reading stops at the limit.

// Next's default `serverActions.bodySizeLimit` (next.config.js leaves it at 1 MB).
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;
// Our actions' arguments nest a handful of levels; React's decoder recurses once per level.
export const ACTION_MAX_NESTING = 256;

export interface BodyProblem {
  status: 400 | 413;
  message: string;
}

const tooLarge: BodyProblem = { status: 413, message: "The request body is larger than 1 MB." };
const tooDeep: BodyProblem = {
  status: 400,
  message: `The request body nests deeper than ${ACTION_MAX_NESTING} levels.`,
};

/** A POST that Next would treat as a server action (fetch actions carry Next-Action; forms without JS are multipart). */
export function isPossibleServerAction(request: Request): boolean {
  if (request.method !== "POST") return false;
  return (
    request.headers.has("next-action") ||
    /^multipart\/form-data/i.test(request.headers.get("content-type") ?? "")
  );
}

/** Reads the action body (up to the limit) and says what is wrong with it, or null. */
export async function actionBodyProblem(request: Request): Promise<BodyProblem | null> {
  if (Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT_BYTES) return tooLarge;
  if (!request.body) return null;
  const reader = request.body.getReader();
  let size = 0;
  let depth = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return null;
    size += value.byteLength;
    if (size > ACTION_BODY_LIMIT_BYTES) {
      await reader.cancel();
      return tooLarge;
    }
    // Brackets inside JSON strings count too: a real argument never has 256 unclosed ones.
    for (const byte of value) {
      if (byte === 0x5b || byte === 0x7b) {
        if (++depth > ACTION_MAX_NESTING) {
          await reader.cancel();
          return tooDeep;
        }
      } else if ((byte === 0x5d || byte === 0x7d) && depth > 0) {
        depth--;
      }
    }
  }
}
