// Slack URLs follow the webhook target rule (lib/webhooks/webhook-target.ts): http(s), no
// credentials, public addresses unless an admin allows private networks for webhooks.
import "server-only";
import { invalid } from "../auth/errors";
import { getWebhookSettings } from "../webhooks/webhook-settings";
import { WebhookTargetError, assertWebhookTarget } from "../webhooks/webhook-target";

/** Throws a field error on `field` when `url` (non-empty) may not receive Slack messages. */
export async function assertSlackTarget(url: string, field: string): Promise<void> {
  if (!url) return;
  const { allowPrivateTargets } = await getWebhookSettings();
  try {
    await assertWebhookTarget(url, allowPrivateTargets);
  } catch (err) {
    if (!(err instanceof WebhookTargetError)) throw err;
    const message = `Slack URL: ${err.message}`;
    throw invalid(message, { [field]: [message] });
  }
}
