// The team's Slack-compatible incoming webhook (Admin → Settings): every notification's change
// is posted there once, whoever receives it.
import "server-only";
import { z } from "zod";
import { prisma, type Tx } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { storeSetting } from "../settings/store-setting";
import { assertSlackTarget } from "./slack-target";
import type { TeamSlackSettings } from "./team-slack.schema";

const KEY = "notifications";
const stored = z.object({ teamSlackUrl: z.string() });

export async function getTeamSlackSettings(
  db: Pick<Tx, "setting"> = prisma,
): Promise<TeamSlackSettings> {
  const row = await db.setting.findUnique({ where: { key: KEY } });
  const parsed = stored.safeParse(row?.value);
  return { teamSlackUrl: parsed.success ? parsed.data.teamSlackUrl : "" };
}

export async function saveTeamSlackSettings(options: {
  user: CurrentUser;
  settings: TeamSlackSettings;
}): Promise<TeamSlackSettings> {
  const { user, settings } = options;
  await assertSlackTarget(settings.teamSlackUrl, "teamSlackUrl");
  await prisma.$transaction(async (tx) =>
    storeSetting(tx, {
      user,
      key: KEY,
      action: "notifications.teamSlack",
      before: await getTeamSlackSettings(tx),
      value: settings,
    }),
  );
  return settings;
}
