import { defineAction } from "../auth/authorized";
import { CLAIM_PAGES, idAndVersion } from "../claims/desk-pages";
import { approveVerdict } from "./approve-verdict";
import { requestChanges } from "./request-changes";
import { saveVerdictDraft } from "./save-verdict-draft";
import { submitVerdict } from "./submit-verdict";
import {
  approveVerdictSchema,
  requestChangesSchema,
  saveVerdictDraftSchema,
  submitVerdictSchema,
} from "./verdict.schema";

export const saveVerdictDraftAction = defineAction({
  name: "verdict.saveDraft",
  permission: "verdict:edit",
  schema: saveVerdictDraftSchema,
  handler: (user, data) => saveVerdictDraft({ user, ...data }),
  browser: idAndVersion,
  revalidate: CLAIM_PAGES,
});

export const submitVerdictAction = defineAction({
  name: "verdict.submit",
  move: "submit",
  schema: submitVerdictSchema,
  handler: (user, data) => submitVerdict({ user, ...data }),
  browser: (submitted) => ({ id: submitted.revisionId }),
  revalidate: CLAIM_PAGES,
});

export const approveVerdictAction = defineAction({
  name: "verdict.approve",
  move: "approve",
  schema: approveVerdictSchema,
  handler: (user, data) => approveVerdict({ user, ...data }),
  browser: idAndVersion,
  revalidate: CLAIM_PAGES,
});

export const requestChangesAction = defineAction({
  name: "verdict.requestChanges",
  move: "requestChanges",
  schema: requestChangesSchema,
  handler: (user, data) => requestChanges({ user, ...data }),
  browser: idAndVersion,
  revalidate: CLAIM_PAGES,
});
