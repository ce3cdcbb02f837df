import "server-only";
import { prisma } from "../db";
import type { Tx } from "../db";
import type { SecurityEventKind } from "./security-event-kinds";

export interface SecurityEventInput {
  kind: SecurityEventKind;
  userId?: string | null;
  actorId?: string | null;
  email?: string | null;
  ip?: string | null;
  detail?: Record<string, string | number | boolean | null>;
}

/** Writes one security event; pass `tx` to write it with the change it records. */
export async function recordSecurityEvent(event: SecurityEventInput, tx?: Tx): Promise<void> {
  await (tx ?? prisma).securityEvent.create({
    data: {
      kind: event.kind,
      userId: event.userId ?? null,
      actorId: event.actorId ?? null,
      email: event.email?.slice(0, 320) ?? null,
      ip: event.ip?.slice(0, 100) ?? null,
      detail: event.detail ?? undefined,
    },
  });
}
