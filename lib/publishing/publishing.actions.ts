// Publishing mutations behind the one gate (session → verdict:publish → zod); each changes the
// public page of its check and the publishing desk.
import { defineAction, type RevalidateTarget } from "../auth/authorized";
import { correctVerdict } from "./correct-verdict";
import { publishVerdict } from "./publish-verdict";
import { correctSchema, publishSchema, unpublishSchema } from "./publishing.schema";
import { unpublishVerdict } from "./unpublish-verdict";

const PUBLISHING_DESK: RevalidateTarget[] = ["/publish"];
const publicCheck = (result: { slug: string }) => [result.slug];

export const publishVerdictAction = defineAction({
  name: "publishVerdict",
  move: "publish",
  schema: publishSchema,
  handler: (user, data) => publishVerdict({ user, ...data }),
  revalidate: PUBLISHING_DESK,
  publicChecks: publicCheck,
});

export const correctVerdictAction = defineAction({
  name: "correctVerdict",
  permission: "verdict:publish",
  schema: correctSchema,
  handler: (user, data) => correctVerdict({ user, ...data }),
  revalidate: PUBLISHING_DESK,
  publicChecks: publicCheck,
});

export const unpublishVerdictAction = defineAction({
  name: "unpublishVerdict",
  move: "unpublish",
  schema: unpublishSchema,
  handler: (user, data) => unpublishVerdict({ user, ...data }),
  revalidate: PUBLISHING_DESK,
  publicChecks: publicCheck,
});
