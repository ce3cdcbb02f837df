// The webhook setting (private-network targets), stored under its own settings key.
import "server-only";
import { prisma, type Tx } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { storeSetting } from "../settings/store-setting";
import { webhookSettingsSchema, type WebhookSettings } from "./webhook.schema";

const KEY = "webhooks";
const DEFAULTS: WebhookSettings = { allowPrivateTargets: false };

export async function getWebhookSettings(db: Pick<Tx, "setting"> = prisma) {
  const row = await db.setting.findUnique({ where: { key: KEY } });
  const parsed = webhookSettingsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULTS;
}

export async function saveWebhookSettings(options: {
  user: CurrentUser;
  settings: WebhookSettings;
}): Promise<WebhookSettings> {
  const { user, settings } = options;
  await prisma.$transaction(async (tx) =>
    storeSetting(tx, {
      user,
      key: KEY,
      action: "webhooks.settings",
      before: await getWebhookSettings(tx),
      value: settings,
    }),
  );
  return settings;
}
