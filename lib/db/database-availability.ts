// Whether the database answers, asked at most every couple of seconds per process, so desk
// pages can show a 503 "database unavailable" page during an outage instead of failing half-way,
// and come back by themselves once it answers again.
import "server-only";
import { processSingleton } from "../process-singleton";
import { sql } from "./clients";

const UP_RECHECK_MS = 2000;
const DOWN_RECHECK_MS = 500;
const PROBE_TIMEOUT_MS = 2000;

interface Availability {
  up: boolean;
  checkedAt: number;
  probing?: Promise<void>;
}

const availability = () =>
  processSingleton<Availability>("claimdeskDbAvailability", () => ({ up: true, checkedAt: 0 }));

async function probe(state: Availability): Promise<void> {
  try {
    await Promise.race([
      sql`select 1`,
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error("timed out")), PROBE_TIMEOUT_MS).unref(),
      ),
    ]);
    state.up = true;
  } catch (err) {
    if (state.up) console.error("database unavailable:", err instanceof Error ? err.message : err);
    state.up = false;
  }
  state.checkedAt = Date.now();
}

export async function databaseAvailable(): Promise<boolean> {
  const state = availability();
  if (Date.now() - state.checkedAt > (state.up ? UP_RECHECK_MS : DOWN_RECHECK_MS)) {
    state.probing ??= probe(state).finally(() => {
      state.probing = undefined;
    });
    await state.probing;
  }
  return state.up;
}

/** Asks again now (after a request failed): if the database is gone, the next desk page says so. */
export function recheckDatabase(): void {
  const state = availability();
  state.probing ??= probe(state).finally(() => {
    state.probing = undefined;
  });
}
