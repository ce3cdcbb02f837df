import "server-only";
import { prisma } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { storeSetting } from "./store-setting";
import { SETTINGS_KEY, getSettings } from "./get-settings";
import type { Settings } from "./settings.schema";

export interface SaveSettingsOptions {
  user: CurrentUser;
  settings: Settings;
}

export async function saveSettings({ user, settings }: SaveSettingsOptions): Promise<Settings> {
  const before = await getSettings();
  await prisma.$transaction((tx) =>
    storeSetting(tx, { user, key: SETTINGS_KEY, action: "settings.save", before, value: settings }),
  );
  return settings;
}
