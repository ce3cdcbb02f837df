import { defineAction } from "../auth/authorized";
import { ARTICLE_PAGES, CLAIM_PAGES, idAndVersion } from "./desk-pages";
import { acceptClaim } from "./accept-claim";
import { addClaim } from "./add-claim";
import { addClaimSchema } from "./add-claim.schema";
import { clipClaim, previewClip } from "./clip-claim";
import { clipClaimSchema, clipSpanSchema } from "./clip.schema";
import { assignClaim } from "./assign-claim";
import { claimNextForEditor } from "./claim-next-for-editor";
import { dismissClaim } from "./dismiss-claim";
import { editCanonicalText } from "./edit-canonical-text";
import { releaseClaim } from "./release-claim";
import { restoreClaim } from "./restore-claim";
import { takeClaim } from "./take-claim";
import { unlinkRepeat } from "./unlink-repeat";
import {
  assignClaimSchema,
  canonicalTextSchema,
  claimAtVersionSchema,
  claimRefSchema,
  dismissClaimSchema,
  takeClaimSchema,
  takeNextSchema,
} from "./claim.schema";

export const takeNextClaimAction = defineAction({
  name: "claim.takeNext",
  move: "take",
  schema: takeNextSchema,
  handler: (user) => claimNextForEditor({ user }),
  browser: (claim) => claim && { id: claim.id, version: claim.version },
  revalidate: ["/queue"],
});

export const takeClaimAction = defineAction({
  name: "claim.take",
  move: "take",
  schema: takeClaimSchema,
  handler: (user, data) => takeClaim({ user, ...data }),
  browser: idAndVersion,
  revalidate: CLAIM_PAGES,
});

export const assignClaimAction = defineAction({
  name: "claim.assign",
  permission: "claim:assign",
  schema: assignClaimSchema,
  handler: (user, data) => assignClaim({ user, ...data }),
  browser: idAndVersion,
  revalidate: CLAIM_PAGES,
});

export const releaseClaimAction = defineAction({
  name: "claim.release",
  move: "release",
  schema: claimRefSchema,
  handler: (user, data) => releaseClaim({ user, ...data }),
  browser: idAndVersion,
  revalidate: CLAIM_PAGES,
});

export const dismissClaimAction = defineAction({
  name: "claim.dismiss",
  move: "dismiss",
  schema: dismissClaimSchema,
  handler: (user, data) => dismissClaim({ user, ...data }),
  browser: idAndVersion,
  revalidate: CLAIM_PAGES,
});

export const restoreClaimAction = defineAction({
  name: "claim.restore",
  move: "restore",
  schema: claimRefSchema,
  handler: (user, data) => restoreClaim({ user, ...data }),
  browser: idAndVersion,
  revalidate: CLAIM_PAGES,
});

export const editCanonicalTextAction = defineAction({
  name: "claim.editText",
  permission: "claim:edit",
  schema: canonicalTextSchema,
  handler: (user, data) => editCanonicalText({ user, ...data }),
  browser: idAndVersion,
  revalidate: CLAIM_PAGES,
});

/** "Not the same claim": an editor removes a proposed repeat link. */
export const unlinkRepeatAction = defineAction({
  name: "claim.unlinkRepeat",
  permission: "claim:edit",
  schema: claimAtVersionSchema,
  handler: (user, data) => unlinkRepeat({ user, ...data }),
  browser: idAndVersion,
  revalidate: CLAIM_PAGES,
});

export const acceptClaimAction = defineAction({
  name: "claim.accept",
  move: "accept",
  schema: claimRefSchema,
  handler: (user, data) => acceptClaim({ user, ...data }),
  browser: idAndVersion,
  revalidate: CLAIM_PAGES,
});

/** Read-only: what "Add as claim" would add (or why it cannot), before the editor confirms. */
export const previewClipAction = defineAction({
  name: "claim.previewClip",
  permission: "claim:triage",
  schema: clipSpanSchema,
  handler: (_user, data) => previewClip(data),
});

export const clipClaimAction = defineAction({
  name: "claim.clip",
  permission: "claim:triage",
  schema: clipClaimSchema,
  handler: (user, data) => clipClaim({ user, ...data }),
  browser: (claim) => ({ id: claim.id }),
  revalidate: [...ARTICLE_PAGES, ["/claims/[id]", "page"]],
});

export const addClaimAction = defineAction({
  name: "claim.add",
  permission: "claim:triage",
  schema: addClaimSchema,
  handler: (user, data) => addClaim({ user, ...data }),
  browser: (claim) => ({ id: claim.id }),
  revalidate: ["/queue"],
});
