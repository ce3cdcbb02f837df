// POST /api/v1/claims/{id}/moves/{move}: each move of the workflow table (MOVES) made by the very
// action the desk's button runs.
import type { AnyAction } from "../../auth/authorized";
import {
  acceptClaimAction,
  dismissClaimAction,
  releaseClaimAction,
  restoreClaimAction,
  takeClaimAction,
} from "../../claims/claims.actions";
import { publishVerdictAction, unpublishVerdictAction } from "../../publishing/publishing.actions";
import {
  approveVerdictAction,
  requestChangesAction,
  submitVerdictAction,
} from "../../verdicts/verdicts.actions";
import type { MoveName } from "../../workflow/claim-workflow";

export const MOVE_ACTIONS: Record<MoveName, AnyAction> = {
  accept: acceptClaimAction,
  dismiss: dismissClaimAction,
  restore: restoreClaimAction,
  take: takeClaimAction,
  release: releaseClaimAction,
  submit: submitVerdictAction,
  requestChanges: requestChangesAction,
  approve: approveVerdictAction,
  publish: publishVerdictAction,
  unpublish: unpublishVerdictAction,
};
