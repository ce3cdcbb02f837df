// readImportForm reads the upload while it streams: over the limit it stops with a 413 error
// after ~11 MB, however much the client would still send, so memory stays flat.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ActionError } from "../../auth/errors";
import { MAX_IMPORT_REQUEST_BYTES, readImportForm } from "../read-import-form";

const BOUNDARY = "----claimdesk-test-boundary";
const MB = 1024 * 1024;

function part(name: string, value: string, filename?: string): string {
  const disposition = `form-data; name="${name}"${filename ? `; filename="${filename}"` : ""}`;
  return `--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n${filename ? "Content-Type: text/plain\r\n" : ""}\r\n${value}\r\n`;
}

/** A chunked multipart upload (no Content-Length) whose file part is `fileBytes` long; counts what was pulled. */
function streamedUpload(fileBytes: number) {
  const head = new TextEncoder().encode(
    part("outlet", "Daily") +
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n`,
  );
  const tail = new TextEncoder().encode(`\r\n--${BOUNDARY}--\r\n`);
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  const state = { pulled: 0 };
  let sentHead = false;
  let left = fileBytes;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let next: Uint8Array;
      if (!sentHead) {
        sentHead = true;
        next = head;
      } else if (left > 0) {
        next = left >= chunk.length ? chunk : chunk.subarray(0, left);
        left -= next.length;
      } else {
        controller.enqueue(tail);
        controller.close();
        state.pulled += tail.length;
        return;
      }
      state.pulled += next.length;
      controller.enqueue(next);
    },
  });
  const request = new Request("http://localhost/api/import", {
    method: "POST",
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
    body,
    duplex: "half",
  } as RequestInit);
  return { request, state };
}

async function rejection(promise: Promise<unknown>): Promise<ActionError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  assert.ok(err instanceof ActionError, `expected an ActionError, got ${String(err)}`);
  return err;
}

test("a 200 MB chunked upload is refused with 413 after the limit, without buffering it", async () => {
  global.gc?.();
  const before = process.memoryUsage().rss;
  const { request, state } = streamedUpload(200 * MB);
  const err = await rejection(readImportForm(request));
  assert.equal(err.code, "TOO_LARGE");
  assert.equal(err.status, 413);
  assert.match(err.message, /larger than 10 MB/);
  // Reading stopped near the limit: the rest of the 200 MB was never pulled.
  assert.ok(state.pulled < MAX_IMPORT_REQUEST_BYTES + 2 * MB, `pulled ${state.pulled} bytes`);
  const grown = process.memoryUsage().rss - before;
  assert.ok(grown < 100 * MB, `RSS grew by ${Math.round(grown / MB)} MB`);
});

test("a file over 10 MB inside a request under the limit is refused with 413", async () => {
  const { request } = streamedUpload(10 * MB + 10);
  assert.equal((await rejection(readImportForm(request))).code, "TOO_LARGE");
});

test("a declared Content-Length over the limit is refused before reading", async () => {
  const request = new Request("http://localhost/api/import", {
    method: "POST",
    headers: {
      "content-type": `multipart/form-data; boundary=${BOUNDARY}`,
      "content-length": String(50 * MB),
    },
    body: "x",
  });
  assert.equal((await rejection(readImportForm(request))).code, "TOO_LARGE");
});

test("the form's fields and file are read", async () => {
  const body =
    part("outlet", "Daily News") +
    part("title", "Интервью") +
    part("file", "He said 3 things.", "a.txt") +
    `--${BOUNDARY}--\r\n`;
  const request = new Request("http://localhost/api/import", {
    method: "POST",
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
    body,
  });
  const input = await readImportForm(request);
  assert.equal(input.outlet, "Daily News");
  assert.equal(input.title, "Интервью");
  assert.equal(input.url, "");
  const file = input.file as { name: string; bytes: Uint8Array };
  assert.equal(file.name, "a.txt");
  assert.equal(new TextDecoder().decode(file.bytes), "He said 3 things.");
});

test("a body that is not multipart is refused with 400", async () => {
  const request = new Request("http://localhost/api/import", {
    method: "POST",
    headers: { "content-type": "text/plain" },
    body: "hello",
  });
  assert.equal((await rejection(readImportForm(request))).code, "INVALID");
});
