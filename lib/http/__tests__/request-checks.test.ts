// What proxy.ts refuses before Next sees it: malformed addresses and bad server-action bodies.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  ACTION_BODY_LIMIT_BYTES,
  ACTION_MAX_NESTING,
  actionBodyProblem,
  isPossibleServerAction,
} from "../action-body";
import { malformedUrlReason } from "../malformed-url";

const streamOf = (chunks: number, chunk: Uint8Array, pulled: { n: number }) =>
  new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.n >= chunks) return controller.close();
      pulled.n++;
      controller.enqueue(chunk);
    },
  });

const action = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/queue", {
    method: "POST",
    headers: { "next-action": "abc", ...headers },
    body,
    duplex: "half",
  } as RequestInit);

test("malformed percent-encoding and NUL characters are named; ordinary addresses pass", () => {
  for (const path of [
    "/checks/%",
    "/checks/%E0%A4%A",
    "/checks/a%00b",
    "/queue?q=a%00b",
    "/queue?a%00=1",
  ]) {
    assert.ok(malformedUrlReason(new URL(path, "http://localhost")), path);
  }
  for (const path of ["/checks/%D0%BC%D0%B8%D1%80", "/queue?q=100%25", "/queue?q=a%2500b", "/"]) {
    assert.equal(malformedUrlReason(new URL(path, "http://localhost")), null, path);
  }
});

test("server actions are POSTs with Next-Action or a multipart body", () => {
  assert.ok(isPossibleServerAction(action("[]")));
  assert.ok(
    isPossibleServerAction(
      new Request("http://localhost/x", {
        method: "POST",
        headers: { "content-type": "multipart/form-data; boundary=x" },
        body: "",
      }),
    ),
  );
  assert.ok(
    !isPossibleServerAction(new Request("http://localhost/x", { method: "POST", body: "{}" })),
  );
  assert.ok(
    !isPossibleServerAction(
      new Request("http://localhost/x", { headers: { "next-action": "abc" } }),
    ),
  );
});

test("an action body over the limit is refused (413) after reading just past the limit", async () => {
  const pulled = { n: 0 };
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  const problem = await actionBodyProblem(action(streamOf(1000, chunk, pulled)));
  assert.equal(problem?.status, 413);
  assert.ok(
    pulled.n * chunk.length <= ACTION_BODY_LIMIT_BYTES + 2 * chunk.length,
    `read ${pulled.n} chunks`,
  );
  assert.equal(
    (
      await actionBodyProblem(
        action("x", { "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) }),
      )
    )?.status,
    413,
  );
});

test("deep nesting is refused (400); ordinary arguments pass", async () => {
  assert.equal(
    (await actionBodyProblem(action("[".repeat(100_000) + "]".repeat(100_000))))?.status,
    400,
  );
  assert.equal(
    (
      await actionBodyProblem(
        action(`${'{"a":'.repeat(ACTION_MAX_NESTING + 1)}1${"}".repeat(ACTION_MAX_NESTING + 1)}`),
      )
    )?.status,
    400,
  );
  const ordinary = JSON.stringify([
    { id: "3f1c", values: { text: "He said [sic] 3 things", tags: ["a", ["b"]] } },
  ]);
  assert.equal(await actionBodyProblem(action(ordinary)), null);
  // Many brackets that close again never add up.
  assert.equal(await actionBodyProblem(action("[1],".repeat(50_000))), null);
});
