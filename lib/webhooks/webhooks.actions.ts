import { defineAction } from "../auth/authorized";
import { createWebhookEndpoint } from "./create-webhook-endpoint";
import { deleteWebhookEndpoint } from "./delete-webhook-endpoint";
import { redeliverWebhook } from "./redeliver-webhook";
import { saveWebhookSettings } from "./webhook-settings";
import {
  createWebhookEndpointSchema,
  redeliverWebhookSchema,
  webhookEndpointIdSchema,
  webhookSettingsSchema,
} from "./webhook.schema";

const ADMIN_PAGE = "/admin/webhooks";

export const createWebhookEndpointAction = defineAction({
  name: "webhooks.create",
  permission: "webhook:manage",
  schema: createWebhookEndpointSchema,
  handler: (user, data) => createWebhookEndpoint({ user, ...data }),
  revalidate: [ADMIN_PAGE],
});

export const deleteWebhookEndpointAction = defineAction({
  name: "webhooks.delete",
  permission: "webhook:manage",
  schema: webhookEndpointIdSchema,
  handler: (user, data) => deleteWebhookEndpoint({ user, ...data }),
  revalidate: [ADMIN_PAGE],
});

export const redeliverWebhookAction = defineAction({
  name: "webhooks.redeliver",
  permission: "webhook:manage",
  schema: redeliverWebhookSchema,
  handler: (user, data) => redeliverWebhook({ user, ...data }),
  revalidate: [ADMIN_PAGE],
});

export const saveWebhookSettingsAction = defineAction({
  name: "webhooks.settings",
  permission: "webhook:manage",
  schema: webhookSettingsSchema,
  handler: (user, data) => saveWebhookSettings({ user, settings: data }),
  revalidate: [ADMIN_PAGE],
});
