"use server";
// One line per action: lib/auth/server-action.ts runs the gate, revalidates, shapes the result.
import { serverAction } from "@/lib/auth/server-action";
import {
  correctVerdictAction,
  publishVerdictAction,
  unpublishVerdictAction,
} from "@/lib/publishing/publishing.actions";

export const publishFormAction = serverAction(publishVerdictAction);
export const correctFormAction = serverAction(correctVerdictAction);
export const unpublishFormAction = serverAction(unpublishVerdictAction);
