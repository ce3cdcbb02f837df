// Worker side of DetectPool: runs claim detection off the main thread.
import { parentPort } from "node:worker_threads";
import { detectClaims, type DetectInput } from "../detect/detect-claims";

parentPort!.on("message", ({ id, input }: { id: number; input: DetectInput }) => {
  try {
    parentPort!.postMessage({ id, candidates: detectClaims(input) });
  } catch (err) {
    parentPort!.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
