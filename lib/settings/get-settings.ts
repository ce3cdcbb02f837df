import "server-only";
import { prisma } from "../db";
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from "./settings.schema";

const KEY = "site";

/** Stored settings over the defaults; a stored value that no longer validates falls back. */
export async function getSettings(): Promise<Settings> {
  const row = await prisma.setting.findUnique({ where: { key: KEY } });
  const merged = { ...DEFAULT_SETTINGS, ...((row?.value as Partial<Settings> | undefined) ?? {}) };
  const parsed = settingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export const SETTINGS_KEY = KEY;

/** Only what an admin has saved (no defaults): tells a confirmed value from a placeholder. */
export async function getStoredSettings(db: Pick<typeof prisma, "setting"> = prisma) {
  const row = await db.setting.findUnique({ where: { key: KEY } });
  return (row?.value as Partial<Settings> | undefined) ?? {};
}
