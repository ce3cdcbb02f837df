import "server-only";
// The notify outbox: changes are announced with NOTIFY after their transaction commits (see
// transaction.ts), batched per channel.
import { getSql } from "./clients";

// NOTIFY payloads must stay under 8000 bytes; one notification carries a JSON array of messages.
const MAX_PAYLOAD_BYTES = 7800;

interface Outbox {
  channels: Map<string, string[]>;
  flushing?: Promise<void>;
}

const globalForOutbox = globalThis as unknown as { claimdeskOutbox?: Outbox };

/**
 * Queues `message` for LISTENers on `channel`. Messages queued while a NOTIFY is in flight go
 * out together in the next one, so a burst of changes costs a few notifications, not one each.
 */
export function notify(channel: string, message: unknown): void {
  globalForOutbox.claimdeskOutbox ??= { channels: new Map() };
  const outbox = globalForOutbox.claimdeskOutbox;
  const queued = outbox.channels.get(channel) ?? [];
  queued.push(JSON.stringify(message));
  outbox.channels.set(channel, queued);
  scheduleFlush(outbox);
}

function scheduleFlush(outbox: Outbox): void {
  outbox.flushing ??= flushOutbox(outbox).finally(() => {
    outbox.flushing = undefined;
    if (outbox.channels.size > 0) scheduleFlush(outbox);
  });
}

async function flushOutbox(outbox: Outbox): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve)); // gather what else commits in this turn
  while (outbox.channels.size > 0) {
    const [channel, messages] = outbox.channels.entries().next().value as [string, string[]];
    outbox.channels.delete(channel);
    for (const payload of packPayloads(messages)) {
      try {
        await getSql()`select pg_notify(${channel}, ${payload})`;
      } catch (err) {
        // The change itself is committed; live screens catch up on their next refresh.
        console.error(`notify ${channel}: could not announce ${messages.length} change(s):`, err);
      }
    }
  }
}

/** Resolves once every queued message has been sent (what committed is announced). */
export async function drainOutbox(): Promise<void> {
  while (globalForOutbox.claimdeskOutbox?.flushing) await globalForOutbox.claimdeskOutbox.flushing;
}

function packPayloads(messages: string[]): string[] {
  const payloads: string[] = [];
  let batch: string[] = [];
  let bytes = 2;
  for (const message of messages) {
    const size = Buffer.byteLength(message) + 1;
    if (batch.length > 0 && bytes + size > MAX_PAYLOAD_BYTES) {
      payloads.push(`[${batch.join(",")}]`);
      batch = [];
      bytes = 2;
    }
    batch.push(message);
    bytes += size;
  }
  if (batch.length > 0) payloads.push(`[${batch.join(",")}]`);
  return payloads;
}
