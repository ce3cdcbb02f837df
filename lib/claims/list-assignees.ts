import "server-only";
import { prisma } from "../db";
import { ROLES, can } from "../auth/permissions";

/** Active people who may research claims, for the assign menu. */
export async function listAssignees() {
  const roles = ROLES.filter((r) => can(r, "claim:take"));
  return prisma.user.findMany({
    where: { active: true, role: { in: roles } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
