"use server";
// One line per action: lib/auth/server-action.ts runs the gate, revalidates, shapes the result.
import { serverAction } from "@/lib/auth/server-action";
import {
  createWebhookEndpointAction,
  deleteWebhookEndpointAction,
  redeliverWebhookAction,
  saveWebhookSettingsAction,
} from "@/lib/webhooks/webhooks.actions";

export const createWebhookEndpoint = serverAction(createWebhookEndpointAction);
export const deleteWebhookEndpoint = serverAction(deleteWebhookEndpointAction);
export const redeliverWebhook = serverAction(redeliverWebhookAction);
export const saveWebhookSettings = serverAction(saveWebhookSettingsAction);
