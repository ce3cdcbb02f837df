// The speaker screen: an editor gives a speaker names and aliases per language; the names then
// find the speaker everywhere, conflicts with another speaker's names and stale edits are refused
// with a clear message, and every save is audited.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { disconnectDb, prisma } from "../../db";
import { runActionAs } from "../../auth/authorized";
import type { CurrentUser } from "../../auth/current-user";
import { createTestUser } from "../../testing/users";
import { createTestSpeaker } from "../../testing/speakers";
import { resolveSpeaker } from "../../import/resolve-speaker";
import { storedSpeakers } from "../../import/stored-speakers";
import { updateSpeakerNamesAction } from "../speakers.actions";

after(disconnectDb);

let editor: CurrentUser;
before(async () => {
  editor = await createTestUser("EDITOR");
});

async function speaker() {
  const tag = randomBytes(3).toString("hex");
  const name = `Anatoly Viktorov ${tag}`;
  const { id } = await createTestSpeaker({ name, aliases: ["Viktorov"], country: "Russia" });
  return { id, name, tag };
}

test("an editor adds the Russian name and aliases: typed in Cyrillic, it finds the same speaker", async () => {
  const s = await speaker();
  const cyrillic = `Анатолий Викторов ${s.tag}`;
  const saved = await runActionAs(updateSpeakerNamesAction, editor, {
    speakerId: s.id,
    version: 1,
    names: [
      { language: "en", name: s.name, aliases: "Viktorov, the ambassador" },
      { language: "RU", name: ` ${cyrillic} `, aliases: "Викторов, посол, посол , дипломат" },
    ],
  });
  assert.ok(saved.ok, JSON.stringify(saved));
  assert.deepEqual(saved.data, { id: s.id, version: 2 });
  const names = await prisma.speakerName.findMany({
    where: { speakerId: s.id },
    orderBy: { language: "asc" },
  });
  assert.deepEqual(
    names.map((n) => [n.language, n.name, n.aliases]),
    [
      ["en", s.name, ["Viktorov", "the ambassador"]],
      ["ru", cyrillic, ["Викторов", "посол", "дипломат"]],
    ],
  );
  const found = await resolveSpeaker(
    "",
    { name: cyrillic.toUpperCase(), language: "ru" },
    storedSpeakers,
  );
  assert.equal(found.id, s.id);
  assert.deepEqual(found.ref.aliases.slice(0, 3), ["Викторов", "посол", "дипломат"]);
  const audit = await prisma.auditLog.findFirstOrThrow({
    where: { entityId: s.id, action: "speaker.editNames" },
  });
  assert.equal(audit.actorId, editor.id);
  assert.equal((audit.after as { version: number }).version, 2);
});

test("refused with a message naming the problem, nothing written: another speaker's name, no display name, two names in one language, a stale version, a viewer", async () => {
  const a = await speaker();
  const b = await speaker();
  const before = await prisma.speakerName.findMany({ where: { speakerId: b.id } });
  const taken = await runActionAs(updateSpeakerNamesAction, editor, {
    speakerId: b.id,
    version: 1,
    names: [
      { language: "en", name: b.name, aliases: "" },
      { language: "de", name: a.name.toLowerCase(), aliases: "" },
    ],
  });
  assert.equal(taken.ok, false);
  assert.ok(
    !taken.ok && taken.fieldErrors?.["names.1.name"]?.[0]?.includes(`already a name of ${a.name}`),
  );

  const withoutDisplay = await runActionAs(updateSpeakerNamesAction, editor, {
    speakerId: b.id,
    version: 1,
    names: [{ language: "en", name: "Someone Else Entirely", aliases: "" }],
  });
  assert.ok(
    !withoutDisplay.ok && /Keep ".*", the speaker's display name/.test(withoutDisplay.error),
  );

  const twice = await runActionAs(updateSpeakerNamesAction, editor, {
    speakerId: b.id,
    version: 1,
    names: [
      { language: "en", name: b.name, aliases: "" },
      { language: "en", name: "Another", aliases: "" },
    ],
  });
  assert.ok(
    !twice.ok && twice.fieldErrors?.["names.1.language"]?.[0]?.includes("one name per language"),
  );

  const unknownLanguage = await runActionAs(updateSpeakerNamesAction, editor, {
    speakerId: b.id,
    version: 1,
    names: [{ language: "qq", name: b.name, aliases: "" }],
  });
  assert.ok(
    !unknownLanguage.ok &&
      unknownLanguage.fieldErrors?.["names.0.language"]?.[0]?.includes(
        '"qq" is not a language code',
      ),
  );

  const stale = await runActionAs(updateSpeakerNamesAction, editor, {
    speakerId: b.id,
    version: 7,
    names: [{ language: "en", name: b.name, aliases: "x" }],
  });
  assert.ok(!stale.ok && stale.code === "CONFLICT", JSON.stringify(stale));

  const viewer = await createTestUser("VIEWER");
  const refused = await runActionAs(updateSpeakerNamesAction, viewer, {
    speakerId: b.id,
    version: 1,
    names: [{ language: "en", name: b.name, aliases: "x" }],
  });
  assert.ok(!refused.ok && refused.code === "FORBIDDEN");

  assert.deepEqual(await prisma.speakerName.findMany({ where: { speakerId: b.id } }), before);
  assert.equal((await prisma.speaker.findUniqueOrThrow({ where: { id: b.id } })).version, 1);
});
