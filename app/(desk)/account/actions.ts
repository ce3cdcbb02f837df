"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/auth/authorized";
import {
  confirmTwoFactorAction,
  disableTwoFactorAction,
  renewRecoveryCodesAction,
  startTwoFactorAction,
} from "@/lib/two-factor/two-factor.actions";
import { TWO_FACTOR_PATH } from "@/lib/two-factor/two-factor.schema";
import { changePasswordAction } from "@/lib/users/users.actions";

export async function changePasswordFormAction(input: unknown) {
  return runAction(changePasswordAction, input);
}

export async function startTwoFactorFormAction(input: unknown) {
  return runAction(startTwoFactorAction, input);
}

export async function confirmTwoFactorFormAction(input: unknown) {
  return runAction(confirmTwoFactorAction, input);
}

export async function disableTwoFactorFormAction(input: unknown) {
  const result = await runAction(disableTwoFactorAction, input);
  if (result.ok) revalidatePath(TWO_FACTOR_PATH);
  return result;
}

export async function renewRecoveryCodesFormAction(input: unknown) {
  return runAction(renewRecoveryCodesAction, input);
}
