import { test } from "node:test";
import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { once } from "node:events";
import { nodeToWebStream } from "../node-to-web-stream";

test("every chunk arrives, strings as UTF-8", async () => {
  const web = nodeToWebStream(Readable.from(["héllo ", Buffer.from("world"), "!"]));
  const text = await new Response(web).text();
  assert.equal(text, "héllo world!");
});

test("a reader that goes away destroys the source, and nothing is thrown later", async () => {
  let produced = 0;
  const source = new Readable({
    read() {
      produced++;
      setImmediate(() => this.push(Buffer.alloc(64 * 1024, 97)));
    },
  });
  const uncaught: unknown[] = [];
  const onUncaught = (err: unknown) => uncaught.push(err);
  process.on("uncaughtException", onUncaught);
  try {
    const reader = nodeToWebStream(source).getReader();
    await reader.read();
    const closed = once(source, "close");
    await reader.cancel("browser closed the tab");
    await closed;
    assert.equal(source.destroyed, true);
    const after = produced;
    // Let every push the source had scheduled (setImmediate) run: none may ask for more.
    for (let turn = 0; turn < 3; turn++) await new Promise((r) => setImmediate(r));
    assert.equal(produced, after, "no more reading once cancelled");
    assert.deepEqual(uncaught, []);
  } finally {
    process.off("uncaughtException", onUncaught);
  }
});
