import { test, after } from "node:test";
import assert from "node:assert/strict";
import { disconnectDb, prisma } from "../../db";
import { endSession } from "../../auth/sign-in";
import { createTestUser } from "../../testing/users";
import { createTestArticleWithClaims } from "../../testing/claims";
import { claimEventStream } from "../claim-event-stream";
import { takeClaim } from "../take-claim";
import { subscribeToClaimChanges } from "../claim-change-feed";

after(disconnectDb);

/** Reads the stream into `text` until it ends or `until` holds. */
async function readUntil(
  stream: ReadableStream<Uint8Array>,
  until: (text: string) => boolean,
  ms = 5000,
) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let ended = false;
  const deadline = Date.now() + ms;
  while (!until(text) && Date.now() < deadline) {
    const chunk = await Promise.race([
      reader.read(),
      new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now())),
    ]);
    if (!chunk) break;
    if (chunk.done) {
      ended = true;
      break;
    }
    text += decoder.decode(chunk.value);
  }
  reader.releaseLock();
  return { text, ended };
}

test("the event stream sends claim changes and closes once the session ends", async () => {
  await subscribeToClaimChanges(() => {}).ready;
  const viewer = await createTestUser("VIEWER");
  const editor = await createTestUser("EDITOR");
  const { claims } = await createTestArticleWithClaims({ claims: 1 });
  const stream = claimEventStream({
    user: viewer,
    signal: new AbortController().signal,
    sessionCheckMs: 100,
  });

  await takeClaim({ user: editor, claimId: claims[0].id });
  const first = await readUntil(stream, (t) => t.includes(claims[0].id));
  assert.match(first.text, new RegExp(`"id":"${claims[0].id}","status":"IN_RESEARCH"`));
  assert.equal(first.ended, false, "still open while signed in");

  await endSession(viewer.sid);
  const rest = await readUntil(stream, () => false, 3000);
  assert.match(rest.text, /event: signed-out/);
  assert.equal(rest.ended, true, "the stream ended after sign-out");
});

test("a deactivated user's stream ends too", async () => {
  const editor = await createTestUser("EDITOR");
  const stream = claimEventStream({
    user: editor,
    signal: new AbortController().signal,
    sessionCheckMs: 100,
  });
  await prisma.user.update({ where: { id: editor.id }, data: { active: false } });
  const { text, ended } = await readUntil(stream, () => false, 3000);
  assert.match(text, /event: signed-out/);
  assert.equal(ended, true);
});

test("a client that disconnects stops the stream's timers and subscription", async () => {
  const editor = await createTestUser("EDITOR");
  const client = new AbortController();
  const stream = claimEventStream({ user: editor, signal: client.signal, sessionCheckMs: 50 });
  client.abort();
  const { ended } = await readUntil(stream, () => false, 2000);
  assert.equal(ended, true);
});
