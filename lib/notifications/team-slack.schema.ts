import { z } from "zod";
import { slackUrlSchema } from "./notification-preferences.schema";

export const teamSlackSettingsSchema = z.object({ teamSlackUrl: slackUrlSchema });
export type TeamSlackSettings = z.infer<typeof teamSlackSettingsSchema>;
