"use server";
// One line per action: lib/auth/server-action.ts runs the gate, revalidates, shapes the result.
import { serverAction } from "@/lib/auth/server-action";
import { markNotificationsReadAction } from "@/lib/notifications/notifications.actions";

export const markNotificationsRead = serverAction(markNotificationsReadAction);
