import "server-only";
import { prisma } from "../db";
import { writeAudit } from "../audit/write-audit";
import { hashPassword } from "../auth/password";
import { conflict } from "../auth/errors";
import { assertPasswordNotCommon } from "../auth/common-passwords";
import type { CreateUserInput } from "./user.schema";

export interface CreateUserOptions extends CreateUserInput {
  actorId: string | null;
}

export async function createUser(options: CreateUserOptions) {
  const { actorId, password, ...fields } = options;
  assertPasswordNotCommon(password);
  const passwordHash = await hashPassword(password);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { ...fields, passwordHash } });
      await writeAudit(tx, {
        actorId,
        action: "user.create",
        entityType: "user",
        entityId: user.id,
        after: { email: user.email, name: user.name, role: user.role },
      });
      return { id: user.id, email: user.email, name: user.name, role: user.role };
    });
  } catch (err) {
    if ((err as { code?: string }).code === "P2002")
      throw conflict(`A user with email ${fields.email} already exists.`);
    throw err;
  }
}
