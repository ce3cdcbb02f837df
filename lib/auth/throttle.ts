// Sign-in throttling per account and per IP, kept in Postgres so every app instance agrees.
import { prisma } from "../db";

export const MAX_FAILURES_PER_MINUTE = 5;
const WINDOW_MS = 60_000;

export async function assertNotThrottled(email: string, ip: string): Promise<void> {
  const since = new Date(Date.now() - WINDOW_MS);
  const [byEmail, byIp] = await Promise.all([
    prisma.signInAttempt.count({ where: { email, success: false, createdAt: { gte: since } } }),
    prisma.signInAttempt.count({ where: { ip, success: false, createdAt: { gte: since } } }),
  ]);
  if (byEmail >= MAX_FAILURES_PER_MINUTE || byIp >= MAX_FAILURES_PER_MINUTE * 4) {
    throw new Error("Too many failed sign-in attempts. Wait a minute and try again.");
  }
}

export async function recordSignInAttempt(email: string, ip: string, success: boolean): Promise<void> {
  await prisma.signInAttempt.create({ data: { email, ip, success } });
}
