// Worker entry: loader hooks are per thread, so register tsx here before loading the
// TypeScript worker (Node 20 does not run --import for worker threads).
import { register } from "tsx/esm/api";

register();
await import("./render-worker.ts");
