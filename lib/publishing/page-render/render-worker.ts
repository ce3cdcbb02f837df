// Worker side of renderInWorker: renders published checks to HTML, one message at a time.
import { parentPort } from "node:worker_threads";
import type { PublishedCheck } from "../get-published-check";
import { renderCheckPage } from "./render-check-page";

parentPort!.on("message", ({ id, check }: { id: number; check: PublishedCheck }) => {
  try {
    parentPort!.postMessage({ id, html: renderCheckPage(check) });
  } catch (err) {
    parentPort!.postMessage({
      id,
      error: err instanceof Error ? (err.stack ?? err.message) : String(err),
    });
  }
});
