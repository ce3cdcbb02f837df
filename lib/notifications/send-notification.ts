// Sends one queued notification (a graphile-worker job): an email through SMTP_URL (nodemailer)
// or a Slack-compatible {text} POST. Throwing makes the queue retry with backoff.
import "server-only";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import nodemailer from "nodemailer";
import { prisma } from "../db";
import { getWebhookSettings } from "../webhooks/webhook-settings";
import { isIP } from "node:net";
import {
  WebhookTargetError,
  checkedLookup,
  isPrivateAddress,
  parseWebhookUrl,
} from "../webhooks/webhook-target";
import { WEBHOOK_TIMEOUT_MS } from "../webhooks/webhook-queue";
import type { NotificationJob } from "./notification-queue";
import { getTeamSlackSettings } from "./team-slack";
import { getNotificationPreferences } from "./notification-preferences";

export interface SendContext {
  /** The desk's public address, for links to the claim and the account page. */
  siteUrl: string;
}

const claimLink = (job: NotificationJob, siteUrl: string) =>
  job.claimId ? new URL(`/claims/${job.claimId}`, siteUrl).toString() : siteUrl;

export async function sendEmail(job: NotificationJob, { siteUrl }: SendContext): Promise<void> {
  const smtpUrl = process.env.SMTP_URL;
  if (!smtpUrl || !job.userId) return; // email was switched off after the job was queued
  const user = await prisma.user.findUnique({ where: { id: job.userId } });
  if (!user?.active) return;
  const transport = nodemailer.createTransport(smtpUrl);
  try {
    await transport.sendMail({
      from: process.env.SMTP_FROM ?? "Claimdesk <claimdesk@localhost>",
      to: { name: user.name, address: user.email },
      subject: job.text.length > 150 ? `${job.text.slice(0, 149)}…` : job.text,
      text: [
        job.text,
        "",
        `Open the claim: ${claimLink(job, siteUrl)}`,
        "",
        `Choose which notifications you get: ${new URL("/account", siteUrl)}`,
      ].join("\n"),
    });
  } finally {
    transport.close();
  }
}

export async function sendSlack(job: NotificationJob, { siteUrl }: SendContext): Promise<void> {
  const url = job.userId
    ? (await getNotificationPreferences(job.userId)).slackUrl
    : (await getTeamSlackSettings()).teamSlackUrl;
  if (!url) return; // removed since the job was queued
  const { allowPrivateTargets } = await getWebhookSettings();
  const body = JSON.stringify({ text: `${job.text}\n<${claimLink(job, siteUrl)}|Open the claim>` });
  let status: number;
  try {
    status = await postJson(parseWebhookUrl(url), body, allowPrivateTargets);
  } catch (err) {
    // A target the rule refuses stays refused: retrying cannot help.
    if (!(err instanceof WebhookTargetError)) throw err;
    console.error(`[notifications] Slack message not sent: ${err.message}`);
    return;
  }
  if (status < 200 || status >= 300) throw new Error(`Slack webhook answered ${status}`);
}

/** POSTs through the webhook target rule's lookup (the address checked is the one connected to). */
function postJson(url: URL, body: string, allowPrivate: boolean): Promise<number> {
  // An address literal is not looked up, so it is checked here.
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (!allowPrivate && isIP(host) && isPrivateAddress(host)) {
    return Promise.reject(new WebhookTargetError(`${host} is a private-network address.`));
  }
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "content-length": String(Buffer.byteLength(body)),
      },
      lookup: checkedLookup(allowPrivate) as never,
      timeout: WEBHOOK_TIMEOUT_MS,
    });
    req.on("response", (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("timeout", () => req.destroy(new Error(`No answer within ${WEBHOOK_TIMEOUT_MS} ms.`)));
    req.on("error", reject);
    req.end(body);
  });
}
