// Worker entry: loader hooks are per thread, so register tsx here before loading the
// TypeScript worker (Node 20 does not run --import for worker threads).
import { register as registerHook } from "node:module";
import { register } from "tsx/esm/api";

register();
// App modules marked "server-only" load here as they do in Next's server layer.
registerHook("../../../scripts/server-only-hook.mjs", import.meta.url);
await import("./render-worker.ts");
