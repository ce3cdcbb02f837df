import "server-only";
import type { Tx } from "../db";
import type { CurrentUser } from "../auth/current-user";
import type { ClaimStatus } from "../generated/prisma/enums";
import { writeNotifications } from "../notifications/write-notifications";
import { resolveMentions } from "./resolve-mentions";

/** Notifies the desk members `comment` mentions (except those its earlier text already did). */
export async function notifyMentioned(
  tx: Tx,
  options: {
    user: CurrentUser;
    claim: { id: string; canonicalText: string; status: ClaimStatus };
    comment: { id: string; body: string };
    alreadyMentioned: readonly string[];
  },
): Promise<string[]> {
  const { user, claim, comment } = options;
  const people = await resolveMentions(comment.body, tx);
  return writeNotifications(tx, {
    kind: "MENTIONED",
    actor: user,
    claim,
    recipients: people.map((p) => p.id).filter((id) => !options.alreadyMentioned.includes(id)),
    detail: comment.body,
    commentId: comment.id,
  });
}
