// Who sees which claims. Import candidates are untriaged machine output (often wrong speaker,
// half sentences): only people who triage them (claim:triage) see them; everyone else — VIEWER —
// sees a CANDIDATE id as "not found". One rule (hiddenStatuses), rendered for Prisma reads
// (claimScope) and for the raw SQL of the queue (claimScopeSql); every claim query uses one.
import "server-only";
import { sql } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { can } from "../auth/permissions";
import type { Prisma } from "../generated/prisma/client";
import type { ClaimStatus } from "../generated/prisma/enums";

type Viewer = Pick<CurrentUser, "role">;

/** The statuses whose claims this user may not see. */
export function hiddenStatuses(user: Viewer): ClaimStatus[] {
  return can(user.role, "claim:triage") ? [] : ["CANDIDATE"];
}

export function canSeeStatus(user: Viewer, status: ClaimStatus): boolean {
  return !hiddenStatuses(user).includes(status);
}

/** The rule as a Prisma filter on claims. */
export function claimScope(user: Viewer): Prisma.ClaimWhereInput {
  const hidden = hiddenStatuses(user);
  return hidden.length > 0 ? { status: { notIn: hidden } } : {};
}

/** The rule as SQL conditions on claims aliased `c`, to be and-ed with the query's own. */
export function claimScopeSql(user: Viewer) {
  return hiddenStatuses(user).map((status) => sql`c.status <> ${status}::"ClaimStatus"`);
}
