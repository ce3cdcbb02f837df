"use server";
// One line per action: lib/auth/server-action.ts runs the gate, revalidates, shapes the result.
import { serverAction } from "@/lib/auth/server-action";
import { updateSpeakerNamesAction } from "@/lib/speakers/speakers.actions";

export const updateSpeakerNames = serverAction(updateSpeakerNamesAction);
