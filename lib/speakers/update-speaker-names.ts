// The speaker screen saves a speaker's names per language and their aliases: all rows replaced in
// one transaction, conditional on the version the editor saw, with an audit row. The display name
// stays one of the names (published pages and exports carry it); a name another speaker already
// has is refused naming them, since "find by any name" must find one person.
import "server-only";
import { transaction } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { conflict, invalid, notFound } from "../auth/errors";
import { writeAudit } from "../audit/write-audit";
import { splitAliases } from "../import/import.schema";
import { normalizeSpeakerName, uniqueAliases } from "../import/speaker-name";
import type { SpeakerNamesValues } from "./speaker.schema";

export interface UpdateSpeakerNamesOptions extends SpeakerNamesValues {
  user: CurrentUser;
}

export async function updateSpeakerNames({
  user,
  speakerId,
  version,
  names,
}: UpdateSpeakerNamesOptions) {
  const rows = names.map((n) => ({
    language: n.language,
    name: n.name.replace(/\s+/g, " "),
    normalized: normalizeSpeakerName(n.name),
    aliases: uniqueAliases(splitAliases(n.aliases)),
  }));
  return transaction(async (tx) => {
    const speaker = await tx.speaker.findUnique({
      where: { id: speakerId },
      select: { name: true, names: { select: { language: true, name: true, aliases: true } } },
    });
    if (!speaker) throw notFound("Speaker");
    const display = rows.findIndex((r) => r.normalized === normalizeSpeakerName(speaker.name));
    if (display === -1) {
      const message = `Keep "${speaker.name}", the speaker's display name, among the names`;
      throw invalid(message, { names: [message] });
    }
    const taken = await tx.speakerName.findMany({
      where: { normalized: { in: rows.map((r) => r.normalized) }, speakerId: { not: speakerId } },
      select: { normalized: true, speaker: { select: { name: true } } },
    });
    if (taken.length > 0) {
      const i = rows.findIndex((r) => r.normalized === taken[0]!.normalized);
      const message = `"${rows[i]!.name}" is already a name of ${taken[0]!.speaker.name}`;
      throw invalid(message, { [`names.${i}.name`]: [message] });
    }
    const updated = await tx.speaker.updateMany({
      where: { id: speakerId, version },
      data: { version: { increment: 1 } },
    });
    if (updated.count === 0)
      throw conflict("The speaker's names were changed meanwhile; reload the page and try again.");
    await tx.speakerName.deleteMany({ where: { speakerId } });
    await tx.speakerName.createMany({ data: rows.map((r) => ({ ...r, speakerId })) });
    await writeAudit(tx, {
      actorId: user.id,
      action: "speaker.editNames",
      entityType: "speaker",
      entityId: speakerId,
      before: { names: speaker.names, version },
      after: { names: rows.map(({ normalized: _n, ...r }) => r), version: version + 1 },
    });
    return { id: speakerId, version: version + 1 };
  });
}
