// `npm start` on an empty database: the seed interviews land in the review queue.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { disconnectDb, prisma } from "../../db";
import { normalise } from "../../import/eval/score";
import { loadSeedManifest } from "../../import/seed-manifest";
import { seedDatabase } from "../seed-database";

after(disconnectDb);

const MUST_BE_QUEUED = {
  "the $2 billion trade figure": "bilateral trade in 2025 amounted to more than $2 billion",
  "the denial of arms to Hamas": "in the case of Hamas, we are not doing that",
  "two million Russian speakers (2023)": "two million citizens of Israel who speak Russian",
  "two million Russian speakers (2026)": "about two million Israelis speak Russian",
};

test("seeding fills the queue with the seed claims, once", async () => {
  const first = await seedDatabase({
    adminEmail: "seed-test@claimdesk.test",
    adminPassword: "seed-test-password-1",
  });
  assert.equal(first.articlesImported, 5);
  assert.ok(first.claimsQueued > 50, `claims queued: ${first.claimsQueued}`);

  const titles = (await loadSeedManifest()).articles.map((a) => a.title);
  const seedClaims = { article: { title: { in: titles } }, speaker: { name: "Anatoly Viktorov" } };
  const claims = await prisma.claim.findMany({ where: seedClaims });
  assert.equal(claims.length, first.claimsQueued);
  for (const [what, fragment] of Object.entries(MUST_BE_QUEUED)) {
    const found = claims.filter((c) => normalise(c.quote).includes(normalise(fragment)));
    assert.equal(found.length, 1, `${what} is one claim`);
    assert.equal(found[0]!.status, "QUEUED", `${what} is queued`);
  }
  const [jpost] = claims.filter((c) =>
    normalise(c.quote).includes(normalise(MUST_BE_QUEUED["two million Russian speakers (2023)"])),
  );
  const [ynet] = claims.filter((c) =>
    normalise(c.quote).includes(normalise(MUST_BE_QUEUED["two million Russian speakers (2026)"])),
  );
  assert.equal(ynet!.repeatOfId, jpost!.id, "the 2026 statement repeats the 2023 one");

  const second = await seedDatabase({
    adminEmail: "seed-test@claimdesk.test",
    adminPassword: "seed-test-password-1",
  });
  assert.equal(second.articlesImported, 0);
  assert.equal(await prisma.claim.count({ where: seedClaims }), claims.length);
});
