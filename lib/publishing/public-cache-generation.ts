// Which generation of the reader lists (index, filters, corrections log, feeds) this process
// serves. Every published-page change heard over LISTEN, from any instance, starts a new one, so
// Next's per-instance data cache is never read past a publish, correction or withdrawal made on
// another instance. Kept on globalThis: the listener (scripts/serve.mjs) and Next's bundle are
// different module copies in one process. Each process start has its own id in the key: Next
// keeps its data cache on disk (.next/cache), so a restarted instance counting from 0 again
// would otherwise read the lists an earlier process cached under the same number.
import { processSingleton } from "../process-singleton";

const state = () =>
  processSingleton("claimdeskPublicGeneration", () => ({ start: crypto.randomUUID(), n: 0 }));

export const publicGeneration = (): string => `${state().start}-${state().n}`;

export function nextPublicGeneration(): void {
  state().n++;
}
