import "server-only";
import { prisma } from "../db";

export const SECURITY_EVENTS_PAGE_SIZE = 50;

/** Newest first; `page` counts from 1. Keyset paging is not needed at this volume. */
export async function listSecurityEvents(options: { page: number }) {
  const page = Math.max(1, Math.floor(options.page) || 1);
  const [events, total] = await Promise.all([
    prisma.securityEvent.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * SECURITY_EVENTS_PAGE_SIZE,
      take: SECURITY_EVENTS_PAGE_SIZE,
    }),
    prisma.securityEvent.count(),
  ]);
  const actorIds = [
    ...new Set(events.flatMap((e) => [e.actorId, e.userId]).filter((id): id is string => !!id)),
  ];
  const users = await prisma.user.findMany({
    where: { id: { in: actorIds } },
    select: { id: true, email: true },
  });
  const emailById = new Map(users.map((u) => [u.id, u.email]));
  return {
    page,
    pages: Math.max(1, Math.ceil(total / SECURITY_EVENTS_PAGE_SIZE)),
    total,
    events: events.map((e) => ({
      id: e.id.toString(),
      kind: e.kind,
      createdAt: e.createdAt,
      email: e.email ?? (e.userId ? (emailById.get(e.userId) ?? null) : null),
      actor: e.actorId ? (emailById.get(e.actorId) ?? e.actorId) : null,
      ip: e.ip,
      detail: e.detail as Record<string, unknown> | null,
    })),
  };
}
