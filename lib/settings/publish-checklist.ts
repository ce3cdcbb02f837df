// What must be filled in before anything is published: the organisation behind the checks, the
// public address, the methodology and the rating scale. The publish use case refuses while any
// item is still a placeholder; Admin → Settings shows the same list.
import "server-only";
import { prisma, type Tx } from "../db";
import { invalid } from "../auth/errors";
import { RATING_SCALE_SAVED_ACTION } from "../ratings/save-rating-scale";
import { getSettings, getStoredSettings } from "./get-settings";
import { DEFAULT_SETTINGS, type Settings } from "./settings.schema";

export interface ChecklistItem {
  key:
    | "organizationName"
    | "organizationUrl"
    | "organizationLogoUrl"
    | "siteUrl"
    | "methodology"
    | "ratingScale";
  label: string;
  done: boolean;
}

const PLACEHOLDER_HOST = /(^|\.)(example\.(org|com|net)|localhost|127\.0\.0\.1)$/i;
const realUrl = (url: string) => {
  try {
    return !PLACEHOLDER_HOST.test(new URL(url).hostname);
  } catch {
    return false;
  }
};

export function checklistOf(
  settings: Settings,
  stored: Partial<Settings>,
  ratingScaleSaved: boolean,
): ChecklistItem[] {
  return [
    {
      key: "organizationName",
      label: "Organisation name",
      done:
        !!settings.organizationName.trim() &&
        settings.organizationName !== DEFAULT_SETTINGS.organizationName,
    },
    {
      key: "organizationUrl",
      label: "Organisation website",
      done: realUrl(settings.organizationUrl),
    },
    {
      key: "organizationLogoUrl",
      label: "Organisation logo",
      done: realUrl(settings.organizationLogoUrl),
    },
    {
      key: "siteUrl",
      label: "Public site address",
      // The default comes from NEXTAUTH_URL (where the desk runs); PUBLIC_SITE_URL or a saved value is a decision.
      done:
        (stored.siteUrl !== undefined || !!process.env.PUBLIC_SITE_URL) &&
        /^https?:\/\//.test(settings.siteUrl) &&
        !/(^|\.)example\.(org|com|net)$/i.test(new URL(settings.siteUrl).hostname),
    },
    {
      key: "methodology",
      label: "Methodology",
      done:
        !!settings.methodology.trim() &&
        settings.methodology.trim() !== DEFAULT_SETTINGS.methodology.trim(),
    },
    { key: "ratingScale", label: "Rating scale (reviewed and saved once)", done: ratingScaleSaved },
  ];
}

export async function getPublishChecklist(
  db: Tx | typeof prisma = prisma,
): Promise<ChecklistItem[]> {
  const [settings, stored, saved] = await Promise.all([
    getSettings(),
    getStoredSettings(db),
    db.auditLog.findFirst({ where: { action: RATING_SCALE_SAVED_ACTION }, select: { id: true } }),
  ]);
  return checklistOf(settings, stored, saved !== null);
}

/** Throws a 400 naming every item still to fill in under Admin → Settings. */
export async function assertReadyToPublish(db: Tx | typeof prisma = prisma): Promise<void> {
  const missing = (await getPublishChecklist(db)).filter((i) => !i.done);
  if (missing.length === 0) return;
  throw invalid(
    `Publishing is switched off until an admin fills in, under Admin → Settings: ${missing
      .map((i) => i.label.toLowerCase())
      .join(", ")}.`,
  );
}
