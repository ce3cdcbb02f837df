import { defineAction } from "../auth/authorized";
import { saveSettings } from "./save-settings";
import { settingsFormSchema } from "./settings.schema";

export const saveSettingsAction = defineAction({
  name: "settings.save",
  permission: "settings:manage",
  schema: settingsFormSchema,
  handler: (user, data) => saveSettings({ user, settings: data }),
  // Organisation name and methodology show on every page.
  revalidate: [["/", "layout"]],
});
