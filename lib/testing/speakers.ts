// Test helper: a stored speaker written as the importer writes them (speakers + speaker_names).
import "server-only";
import { transaction } from "../db";
import { prismaRunner, upsertSpeaker, type SpeakerFields } from "../import/upsert-speaker";

/** `aliases` go with the display name (English unless `language` says otherwise). */
export function createTestSpeaker(
  fields: Omit<SpeakerFields, "names"> & {
    aliases?: string[];
    language?: string;
    names?: SpeakerFields["names"];
  },
) {
  const { aliases = [], language = "en", names = [], ...rest } = fields;
  return transaction((tx) =>
    upsertSpeaker(prismaRunner(tx), {
      ...rest,
      names: [{ language, name: fields.name, aliases }, ...names],
    }),
  );
}
