import "server-only";
import { prisma } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { writeAudit } from "../audit/write-audit";
import { SETTINGS_KEY, getSettings } from "./get-settings";
import type { Settings } from "./settings.schema";

export interface SaveSettingsOptions {
  user: CurrentUser;
  settings: Settings;
}

export async function saveSettings({ user, settings }: SaveSettingsOptions): Promise<Settings> {
  const before = await getSettings();
  await prisma.$transaction(async (tx) => {
    await tx.setting.upsert({
      where: { key: SETTINGS_KEY },
      create: { key: SETTINGS_KEY, value: settings },
      update: { value: settings },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "settings.save",
      entityType: "settings",
      entityId: SETTINGS_KEY,
      before,
      after: settings,
    });
  });
  return settings;
}
