import { test, after } from "node:test";
import assert from "node:assert/strict";
import { disconnectDb } from "../../db";
import { runActionAs } from "../../auth/authorized";
import { createTestUser } from "../../testing/users";
import { saveSettingsAction } from "../settings.actions";
import { getSettings } from "../get-settings";

after(disconnectDb);

test("settings: primary sources may not exceed the minimum; saved settings are read back", async () => {
  const admin = await createTestUser("ADMIN");
  const current = await getSettings();
  const bad = await runActionAs(saveSettingsAction, admin, {
    ...current,
    minSources: 1,
    minPrimarySources: 2,
  });
  assert.equal(bad.ok ? "ok" : bad.code, "INVALID");
  const badUrl = await runActionAs(saveSettingsAction, admin, {
    ...current,
    organizationUrl: "javascript:alert(1)",
  });
  assert.equal(badUrl.ok ? "ok" : badUrl.code, "INVALID");
  const ok = await runActionAs(saveSettingsAction, admin, {
    ...current,
    minSources: 3,
    organizationName: "Desk <b>One</b>",
  });
  assert.equal(ok.ok, true);
  const saved = await getSettings();
  assert.equal(saved.minSources, 3);
  assert.equal(saved.organizationName, "Desk <b>One</b>");
  assert.equal((await runActionAs(saveSettingsAction, admin, current)).ok, true);
});
