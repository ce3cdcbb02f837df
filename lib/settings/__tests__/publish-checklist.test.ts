import { after, test } from "node:test";
import assert from "node:assert/strict";
import { disconnectDb } from "../../db";
import { runActionAs } from "../../auth/authorized";
import { ActionError } from "../../auth/errors";
import { createTestUser } from "../../testing/users";
import { createApprovedClaim } from "../../testing/published";
import { completePublishChecklist } from "../../testing/publish-checklist";
import { publishVerdict } from "../../publishing/publish-verdict";
import { publishVerdictAction } from "../../publishing/publishing.actions";
import { checklistOf, getPublishChecklist } from "../publish-checklist";
import { getSettings } from "../get-settings";
import { saveSettings } from "../save-settings";
import { DEFAULT_SETTINGS } from "../settings.schema";

after(disconnectDb);

test("a fresh install's settings are all placeholders", () => {
  const items = checklistOf(DEFAULT_SETTINGS, {}, false);
  assert.deepEqual(
    items.map((i) => [i.key, i.done]),
    [
      ["organizationName", false],
      ["organizationUrl", false],
      ["organizationLogoUrl", false],
      [
        "siteUrl",
        process.env.PUBLIC_SITE_URL ? !/example\./.test(process.env.PUBLIC_SITE_URL) : false,
      ],
      ["methodology", false],
      ["ratingScale", false],
    ],
  );
});

test("publishing is refused on the server while an item is a placeholder, naming it", async () => {
  const admin = await createTestUser("ADMIN");
  const reviewer = await createTestUser("REVIEWER");
  await completePublishChecklist(admin);
  assert.ok((await getPublishChecklist()).every((i) => i.done));

  // The logo and the organisation's website go back to placeholders.
  const filled = await getSettings();
  await saveSettings({
    user: admin,
    settings: {
      ...filled,
      organizationLogoUrl: "",
      organizationUrl: "https://claimdesk.example.org",
    },
  });
  const { claim } = await createApprovedClaim({ author: reviewer });
  const refused = await runActionAs(publishVerdictAction, reviewer, { claimId: claim.id });
  assert.equal(refused.ok, false);
  assert.ok(!refused.ok);
  assert.match(refused.error, /Admin → Settings: organisation website, organisation logo\./);
  await assert.rejects(publishVerdict({ user: reviewer, claimId: claim.id }), (err: unknown) => {
    assert.ok(err instanceof ActionError);
    assert.equal(err.status, 400);
    return true;
  });

  await saveSettings({ user: admin, settings: filled });
  const published = await runActionAs(publishVerdictAction, reviewer, { claimId: claim.id });
  assert.ok(published.ok);
});
