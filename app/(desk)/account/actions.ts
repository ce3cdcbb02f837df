"use server";

import { runAction } from "@/lib/auth/authorized";
import { changePasswordAction } from "@/lib/users/users.actions";

export async function changePasswordFormAction(input: unknown) {
  return runAction(changePasswordAction, input);
}
