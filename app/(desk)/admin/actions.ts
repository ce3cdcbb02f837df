"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/auth/authorized";
import { resetTwoFactorAction } from "@/lib/two-factor/two-factor.actions";
import { changeRoleAction, createUserAction, setUserActiveAction } from "@/lib/users/users.actions";

export async function createUserFormAction(input: unknown) {
  const result = await runAction(createUserAction, input);
  if (result.ok) revalidatePath("/admin");
  return result;
}

export async function changeRoleFormAction(input: unknown) {
  const result = await runAction(changeRoleAction, input);
  if (result.ok) revalidatePath("/admin");
  return result;
}

export async function setUserActiveFormAction(input: unknown) {
  const result = await runAction(setUserActiveAction, input);
  if (result.ok) revalidatePath("/admin");
  return result;
}

export async function resetTwoFactorFormAction(input: unknown) {
  const result = await runAction(resetTwoFactorAction, input);
  if (result.ok) revalidatePath("/admin");
  return result;
}
