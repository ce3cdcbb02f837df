import { notFound } from "next/navigation";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listWebhookEndpoints } from "@/lib/webhooks/list-webhook-endpoints";
import { getWebhookSettings } from "@/lib/webhooks/webhook-settings";
import { WebhookEndpointForm } from "@/components/admin/webhook-endpoint-form";
import { WebhookSettingsForm } from "@/components/admin/webhook-settings-form";
import { DeleteEndpointButton, RedeliverButton } from "@/components/admin/webhook-buttons";
import { formatDateTime } from "@/lib/dates/format-date";

export const metadata = { title: "Webhooks" };

export default async function AdminWebhooksPage() {
  const user = await getCurrentUser();
  if (!can(user?.role, "webhook:manage")) notFound();
  const [endpoints, settings] = await Promise.all([listWebhookEndpoints(), getWebhookSettings()]);
  return (
    <>
      <p className="muted small">
        <Link href="/admin">← Admin</Link>
      </p>
      <h1>Webhooks</h1>
      <p className="muted">
        Signed per Standard Webhooks (<code>webhook-id</code>, <code>webhook-timestamp</code>,{" "}
        <code>webhook-signature</code>). A failed delivery is retried with exponential backoff;
        every attempt of one event carries the same <code>webhook-id</code>, so receivers can drop
        repeats.
      </p>
      <h2>Add an endpoint</h2>
      <WebhookEndpointForm />
      <h2>Targets</h2>
      <WebhookSettingsForm allowPrivateTargets={settings.allowPrivateTargets} />
      <h2>Endpoints</h2>
      {endpoints.length === 0 && <p className="muted">No endpoints yet.</p>}
      {endpoints.map((endpoint) => (
        <section key={endpoint.id} aria-label={`Endpoint ${endpoint.url}`}>
          <h3>
            <code>{endpoint.url}</code>
          </h3>
          <p className="small">Events: {endpoint.events.join(", ")}</p>
          <DeleteEndpointButton endpointId={endpoint.id} url={endpoint.url} />
          <table>
            <caption className="sr-only">Delivery log of {endpoint.url}</caption>
            <thead>
              <tr>
                <th>Event</th>
                <th>webhook-id</th>
                <th>Status</th>
                <th>Attempts</th>
                <th>Response</th>
                <th>Last change</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {endpoint.deliveries.map((d) => (
                <tr key={d.id} data-testid={`delivery-${d.id}`}>
                  <td>{d.event.type}</td>
                  <td>
                    <code className="small">{d.event.id}</code>
                  </td>
                  <td>{d.status.toLowerCase()}</td>
                  <td>{d.attempts}</td>
                  <td>{d.responseCode ?? d.lastError ?? "—"}</td>
                  <td>{formatDateTime(d.updatedAt)}</td>
                  <td>
                    <RedeliverButton deliveryId={d.id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
