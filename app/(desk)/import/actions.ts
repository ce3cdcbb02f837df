"use server";
// One line per action: lib/auth/server-action.ts runs the gate, revalidates, shapes the result.
import { serverAction } from "@/lib/auth/server-action";
import { clipClaimAction, previewClipAction } from "@/lib/claims/claims.actions";
import {
  acceptCandidatesAction,
  correctSpeakerAction,
  dismissCandidatesAction,
  rerunDetectionAction,
} from "@/lib/import/import.actions";

export const acceptCandidates = serverAction(acceptCandidatesAction);
export const dismissCandidates = serverAction(dismissCandidatesAction);
export const previewClip = serverAction(previewClipAction);
export const clipClaim = serverAction(clipClaimAction);
export const correctSpeaker = serverAction(correctSpeakerAction);
export const rerunDetection = serverAction(rerunDetectionAction);
