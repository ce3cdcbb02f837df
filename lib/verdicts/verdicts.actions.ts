import { defineAction } from "../auth/authorized";
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
});

export const submitVerdictAction = defineAction({
  name: "verdict.submit",
  permission: "verdict:submit",
  schema: submitVerdictSchema,
  handler: (user, data) => submitVerdict({ user, ...data }),
});

export const approveVerdictAction = defineAction({
  name: "verdict.approve",
  permission: "verdict:review",
  schema: approveVerdictSchema,
  handler: (user, data) => approveVerdict({ user, ...data }),
});

export const requestChangesAction = defineAction({
  name: "verdict.requestChanges",
  permission: "verdict:review",
  schema: requestChangesSchema,
  handler: (user, data) => requestChanges({ user, ...data }),
});
