// How long a server-side session lives: SESSION_IDLE_MINUTES without a request ends it, and
// SESSION_MAX_HOURS after sign-in it ends regardless. Checked where the session row is read
// (lib/auth/current-user.ts), so a stolen cookie is worth no more than that.
export const DEFAULT_IDLE_MINUTES = 60;
export const DEFAULT_MAX_HOURS = 12;

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

export function sessionIdleMs(): number {
  return positive("SESSION_IDLE_MINUTES", DEFAULT_IDLE_MINUTES) * 60_000;
}

export function sessionMaxMs(): number {
  return positive("SESSION_MAX_HOURS", DEFAULT_MAX_HOURS) * 3_600_000;
}

// lastSeenAt is written at most this often, so most requests only read the session row; the
// idle timeout is therefore exact to within this much.
export const TOUCH_INTERVAL_MS = 60_000;

export type SessionTimes = { createdAt: Date; lastSeenAt: Date; expiresAt: Date };

/** Why a session is over at `now`, or null while it is live. */
export function sessionEndReason(s: SessionTimes, now = new Date()): "expired" | "idle" | null {
  if (s.expiresAt <= now || s.createdAt.getTime() + sessionMaxMs() <= now.getTime())
    return "expired";
  if (s.lastSeenAt.getTime() + sessionIdleMs() <= now.getTime()) return "idle";
  return null;
}
