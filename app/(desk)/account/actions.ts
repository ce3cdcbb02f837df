"use server";
// One line per action: lib/auth/server-action.ts runs the gate, revalidates, shapes the result.
import { serverAction } from "@/lib/auth/server-action";
import {
  confirmTwoFactorAction,
  disableTwoFactorAction,
  renewRecoveryCodesAction,
  startTwoFactorAction,
} from "@/lib/two-factor/two-factor.actions";
import { changePasswordAction } from "@/lib/users/users.actions";
import { saveNotificationPreferencesAction } from "@/lib/notifications/notifications.actions";

export const changePasswordFormAction = serverAction(changePasswordAction);
export const startTwoFactorFormAction = serverAction(startTwoFactorAction);
export const confirmTwoFactorFormAction = serverAction(confirmTwoFactorAction);
export const disableTwoFactorFormAction = serverAction(disableTwoFactorAction);
export const renewRecoveryCodesFormAction = serverAction(renewRecoveryCodesAction);
export const saveNotificationPreferences = serverAction(saveNotificationPreferencesAction);
