"use server";
// One line per action: lib/auth/server-action.ts runs the gate, revalidates, shapes the result.
import { serverAction } from "@/lib/auth/server-action";
import { resetTwoFactorAction } from "@/lib/two-factor/two-factor.actions";
import { changeRoleAction, createUserAction, setUserActiveAction } from "@/lib/users/users.actions";

export const createUserFormAction = serverAction(createUserAction);
export const changeRoleFormAction = serverAction(changeRoleAction);
export const setUserActiveFormAction = serverAction(setUserActiveAction);
export const resetTwoFactorFormAction = serverAction(resetTwoFactorAction);
