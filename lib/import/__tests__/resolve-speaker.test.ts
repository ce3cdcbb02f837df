// One way to resolve the speaker: the web form, the CLI (prepareArticleImport) and a claim added
// by hand agree, and each brings the aliases and country the database already has.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { disconnectDb } from "../../db";
import { createTestSpeaker } from "../../testing/speakers";
import { fromSpeakerChoice, resolveSpeaker } from "../resolve-speaker";
import { storedSpeakers } from "../stored-speakers";
import { prepareArticleImport } from "../prepare-article-import";

after(disconnectDb);

async function storedMayor() {
  const tag = randomBytes(3).toString("hex");
  const surname = [...randomBytes(6)]
    .map((b, i) => String.fromCharCode((i ? 97 : 65) + (b % 26)))
    .join("");
  const name = `Dana ${surname}`;
  await createTestSpeaker({ name, aliases: ["the harbour chief"], country: "Norway" });
  const text = `“Riverton has built 1,200 homes since 2020 and will finish 800 more next year,” ${name} said on Tuesday. “Unemployment fell by 3 per cent last year,” the harbour chief added. “We will open two new schools in 2027,” ${surname} said.`;
  const path = join(mkdtempSync(join(tmpdir(), "speaker-")), `holt-${tag}.txt`);
  writeFileSync(path, text);
  return { name, text, path };
}

test("a typed name: web form, CLI and added claim resolve the same speaker, with the stored aliases", async () => {
  const { name, text, path } = await storedMayor();
  const web = await resolveSpeaker(
    text,
    fromSpeakerChoice({ speakerId: "", speakerName: name, speakerTitle: "", speakerAliases: "" }),
    storedSpeakers,
  );
  const cli = await prepareArticleImport({ path, speakerName: name, speakers: storedSpeakers });
  assert.ok(web.id);
  assert.deepEqual(cli.metadata.speaker, web.ref);
  assert.ok(web.ref.aliases.includes("the harbour chief"));
  assert.equal(web.ref.country, "Norway");
  const byId = await resolveSpeaker("", { id: web.id! }, storedSpeakers);
  assert.equal(byId.ref.name, name);
  assert.ok(byId.ref.aliases.includes("the harbour chief"));
});

test("no name: the person quoted most, completed from the database the same way on both paths", async () => {
  const { name, text, path } = await storedMayor();
  const web = await resolveSpeaker(text, {}, storedSpeakers);
  const cli = await prepareArticleImport({ path, speakers: storedSpeakers });
  assert.equal(web.ref.name, name);
  assert.deepEqual(cli.metadata.speaker, web.ref);
  assert.equal(web.ref.country, "Norway");
  // A dry run reads no database: the text alone.
  const dry = await prepareArticleImport({ path });
  assert.equal(dry.metadata.speaker.name, name);
  assert.ok(!dry.metadata.speaker.aliases.includes("the harbour chief"));
});
