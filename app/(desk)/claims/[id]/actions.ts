"use server";
// One line per action: lib/auth/server-action.ts runs the gate, revalidates, shapes the result.
import { serverAction } from "@/lib/auth/server-action";
import * as claims from "@/lib/claims/claims.actions";
import * as sources from "@/lib/sources/sources.actions";
import * as verdicts from "@/lib/verdicts/verdicts.actions";
import * as comments from "@/lib/comments/comments.actions";

export const acceptClaim = serverAction(claims.acceptClaimAction);
export const takeClaim = serverAction(claims.takeClaimAction);
export const releaseClaim = serverAction(claims.releaseClaimAction);
export const assignClaim = serverAction(claims.assignClaimAction);
export const dismissClaim = serverAction(claims.dismissClaimAction);
export const restoreClaim = serverAction(claims.restoreClaimAction);
export const editCanonicalText = serverAction(claims.editCanonicalTextAction);
export const unlinkRepeat = serverAction(claims.unlinkRepeatAction);
export const addSource = serverAction(sources.addSourceAction);
export const editSource = serverAction(sources.editSourceAction);
export const removeSource = serverAction(sources.removeSourceAction);
export const saveVerdictDraft = serverAction(verdicts.saveVerdictDraftAction);
export const submitVerdict = serverAction(verdicts.submitVerdictAction);
export const approveVerdict = serverAction(verdicts.approveVerdictAction);
export const requestChanges = serverAction(verdicts.requestChangesAction);
export const createComment = serverAction(comments.createCommentAction);
export const editComment = serverAction(comments.editCommentAction);
export const deleteComment = serverAction(comments.deleteCommentAction);
