"use server";
// One line per action: lib/auth/server-action.ts runs the gate, revalidates, shapes the result.
import { serverAction } from "@/lib/auth/server-action";
import { saveRatingScaleAction } from "@/lib/ratings/ratings.actions";
import { saveSettingsAction } from "@/lib/settings/settings.actions";
import { saveTeamSlackAction } from "@/lib/notifications/notifications.actions";
import { setTwoFactorRequirementAction } from "@/lib/two-factor/two-factor.actions";

export const saveSettings = serverAction(saveSettingsAction);
export const saveRatingScale = serverAction(saveRatingScaleAction);
export const saveTwoFactorRequirement = serverAction(setTwoFactorRequirementAction);
export const saveTeamSlack = serverAction(saveTeamSlackAction);
