// Readable.toWeb in Node 20 can enqueue after the browser has gone away and throw
// "Invalid state: Controller is already closed" as an uncaught exception. This pulls from the
// Node stream only when the web stream asks, and destroys it when the reader cancels.
import type { Readable } from "node:stream";

export function nodeToWebStream(source: Readable): ReadableStream<Uint8Array> {
  const chunks = source[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else
          controller.enqueue(
            typeof value === "string"
              ? encoder.encode(value)
              : new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
          );
      } catch (err) {
        controller.error(err);
      }
    },
    async cancel() {
      source.destroy();
      await chunks.return?.();
    },
  });
}
