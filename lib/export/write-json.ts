// A JSON array written one element at a time, so a large export never sits in memory whole.
import { Readable } from "node:stream";

export function writeJsonArray<T>(items: AsyncIterable<T>): Readable {
  return Readable.from(
    (async function* () {
      let first = true;
      yield "[";
      for await (const item of items) {
        yield `${first ? "\n" : ",\n"}${JSON.stringify(item)}`;
        first = false;
      }
      yield first ? "]\n" : "\n]\n";
    })(),
  );
}
