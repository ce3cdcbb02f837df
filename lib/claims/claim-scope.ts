// Who sees which claims. Import candidates are untriaged machine output (often wrong speaker,
// half sentences): only people who triage them (claim:triage) see them; everyone else — VIEWER —
// sees a CANDIDATE id as "not found". Every claim query goes through this scope.
import type { CurrentUser } from "../auth/current-user";
import { can } from "../auth/permissions";
import type { Prisma } from "../generated/prisma/client";
import type { ClaimStatus } from "../generated/prisma/enums";

type Viewer = Pick<CurrentUser, "role">;

export function claimScope(user: Viewer): Prisma.ClaimWhereInput {
  return can(user.role, "claim:triage") ? {} : { status: { not: "CANDIDATE" } };
}

export function canSeeStatus(user: Viewer, status: ClaimStatus): boolean {
  return status !== "CANDIDATE" || can(user.role, "claim:triage");
}
