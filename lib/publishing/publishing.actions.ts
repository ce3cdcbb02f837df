// Publishing mutations behind the one gate (session → verdict:publish → zod). The "use server"
// forwarders in app/(desk)/publish/actions.ts also revalidate the public pages.
import { defineAction } from "../auth/authorized";
import { correctVerdict } from "./correct-verdict";
import { publishVerdict } from "./publish-verdict";
import { correctSchema, publishSchema, unpublishSchema } from "./publishing.schema";
import { unpublishVerdict } from "./unpublish-verdict";

export const publishVerdictAction = defineAction({
  name: "publishVerdict",
  permission: "verdict:publish",
  schema: publishSchema,
  handler: (user, data) => publishVerdict({ user, ...data }),
});

export const correctVerdictAction = defineAction({
  name: "correctVerdict",
  permission: "verdict:publish",
  schema: correctSchema,
  handler: (user, data) => correctVerdict({ user, ...data }),
});

export const unpublishVerdictAction = defineAction({
  name: "unpublishVerdict",
  permission: "verdict:publish",
  schema: unpublishSchema,
  handler: (user, data) => unpublishVerdict({ user, ...data }),
});
