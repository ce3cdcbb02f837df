// Test and benchmark setup: an admin fills in the publish checklist (lib/settings/publish-checklist.ts)
// through the real use cases, as a newsroom does once before its first publish.
import "server-only";
import { prisma } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { saveRatingScale } from "../ratings/save-rating-scale";
import { ensureRatingScale } from "../seed/ensure-rating-scale";
import { getSettings } from "../settings/get-settings";
import { saveSettings } from "../settings/save-settings";

export async function completePublishChecklist(
  admin: CurrentUser,
  siteUrl?: string,
): Promise<void> {
  await ensureRatingScale();
  const current = await getSettings();
  await saveSettings({
    user: admin,
    settings: {
      ...current,
      organizationName: "Checkpoint Desk",
      organizationUrl: "https://checkpoint.test",
      organizationLogoUrl: "https://checkpoint.test/logo.png",
      siteUrl: siteUrl ?? current.siteUrl,
      methodology: `${current.methodology.trim()}\n\nChecked by the Checkpoint Desk team.`,
    },
  });
  const ratings = await prisma.rating.findMany({ orderBy: { position: "asc" } });
  await saveRatingScale({
    user: admin,
    ratings: ratings.map((r) => ({
      id: r.id,
      label: r.label,
      value: r.value,
      description: r.description ?? "",
      active: r.active,
    })),
  });
}

/** The checklist completed by a fresh test admin. */
export async function readyToPublish(siteUrl?: string): Promise<void> {
  const { createTestUser } = await import("./users");
  await completePublishChecklist(await createTestUser("ADMIN"), siteUrl);
}
