"use server";
// One line per action: lib/auth/server-action.ts runs the gate, revalidates, shapes the result.
import { serverAction } from "@/lib/auth/server-action";
import { changePasswordAction } from "@/lib/users/users.actions";

export const changePasswordFormAction = serverAction(changePasswordAction);
