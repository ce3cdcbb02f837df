import "server-only";
import { prisma } from "../db";

export async function listUsers() {
  const users = await prisma.user.findMany({
    orderBy: [{ active: "desc" }, { email: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      createdAt: true,
      twoFactor: { select: { enabledAt: true } },
    },
  });
  return users.map(({ twoFactor, ...user }) => ({
    ...user,
    twoFactor: twoFactor?.enabledAt
      ? ("on" as const)
      : twoFactor
        ? ("setting up" as const)
        : ("off" as const),
  }));
}
