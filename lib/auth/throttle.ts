// Sign-in throttling per account and per client address, kept in Postgres so every app instance
// agrees. A failure is counted and recorded under transaction-scoped advisory locks on the
// account and the address: parallel attempts queue on the lock, so no amount of parallelism
// lets more than the limit through to password verification.
import "server-only";
import { sql } from "../db";
import { recordSecurityEvent } from "../security/record-security-event";
import type { SecurityEventKind } from "../security/security-event-kinds";

export const MAX_FAILURES_PER_MINUTE = 5;
export const MAX_FAILURES_PER_ADDRESS_PER_MINUTE = MAX_FAILURES_PER_MINUTE * 4;

// Advisory lock classes (first key of pg_advisory_xact_lock(int, int)), one per kind of key.
const LOCK_ACCOUNT = 0x5131;
const LOCK_ADDRESS = 0x5132;

export type ThrottleDecision =
  | { allowed: true; attemptId: string }
  | { allowed: false; blockedBy: "account" | "address" };

/**
 * Reserves a sign-in attempt: when the account and the address are under their limits, records
 * it as a failure (counted from now on) and returns its id; settleSignInAttempt marks it a
 * success once the password was right.
 */
export async function reserveSignInAttempt(email: string, ip: string): Promise<ThrottleDecision> {
  return sql.begin(async (tx) => {
    // Always account first, then address: one order, so two attempts never deadlock.
    await tx`select pg_advisory_xact_lock(${LOCK_ACCOUNT}, hashtext(${email}))`;
    await tx`select pg_advisory_xact_lock(${LOCK_ADDRESS}, hashtext(${ip}))`;
    const [counts] = await tx<{ byEmail: number; byIp: number }[]>`
      select count(*) filter (where email = ${email})::int as "byEmail",
             count(*) filter (where ip = ${ip})::int as "byIp"
        from sign_in_attempts
       where not success and "createdAt" >= now() - interval '1 minute' and (email = ${email} or ip = ${ip})`;
    const blockedBy =
      counts!.byEmail >= MAX_FAILURES_PER_MINUTE
        ? "account"
        : counts!.byIp >= MAX_FAILURES_PER_ADDRESS_PER_MINUTE
          ? "address"
          : null;
    if (blockedBy) {
      // One lockout event per blocked key and minute, however hard it is hammered.
      const [seen] = await tx`
        select 1 from security_events
         where kind = 'signin.throttled' and "createdAt" >= now() - interval '1 minute'
           and ${blockedBy === "account" ? tx`email = ${email}` : tx`ip = ${ip}`} and detail->>'blockedBy' = ${blockedBy}
         limit 1`;
      if (!seen) {
        await tx`insert into security_events (kind, email, ip, detail)
                 values ('signin.throttled', ${email}, ${ip}, ${tx.json({ blockedBy })})`;
      }
      return { allowed: false, blockedBy };
    }
    const [row] = await tx<{ id: string }[]>`
      insert into sign_in_attempts (email, ip, success) values (${email}, ${ip}, false) returning id::text`;
    return { allowed: true, attemptId: row!.id };
  });
}

export type AttemptOutcome =
  | { ok: true }
  | {
      ok: false;
      email: string;
      ip: string;
      userId: string | null;
      /** What failed: the password (default) or a two-factor code. */
      kind?: Extract<SecurityEventKind, "signin.failed" | "twofactor.failed">;
    };

/**
 * Marks a reserved attempt a success, or records the failure as a security event. Wrong
 * passwords and wrong two-factor codes count against the same limits.
 */
export async function settleSignInAttempt(
  attemptId: string,
  outcome: AttemptOutcome,
): Promise<void> {
  if (outcome.ok) {
    await sql`update sign_in_attempts set success = true where id = ${attemptId}::bigint`;
    return;
  }
  await recordSecurityEvent({
    kind: outcome.kind ?? "signin.failed",
    userId: outcome.userId,
    email: outcome.email,
    ip: outcome.ip,
    detail: { account: outcome.userId ? "known" : "unknown" },
  });
}
