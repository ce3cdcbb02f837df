import { defineAction } from "../auth/authorized";
import { speakerNamesSchema } from "./speaker.schema";
import { updateSpeakerNames } from "./update-speaker-names";

export const updateSpeakerNamesAction = defineAction({
  name: "speaker.editNames",
  permission: "speaker:edit",
  schema: speakerNamesSchema,
  handler: (user, data) => updateSpeakerNames({ user, ...data }),
  revalidate: ["/speakers", ["/speakers/[id]", "page"]],
});
