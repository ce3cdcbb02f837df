import { notFound } from "next/navigation";
import Link from "next/link";
import { RatingScaleForm } from "@/components/admin/rating-scale-form";
import { SettingsForm } from "@/components/admin/settings-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listRatings } from "@/lib/ratings/list-ratings";
import { getSettings } from "@/lib/settings/get-settings";
import { TwoFactorRequirementForm } from "@/components/admin/two-factor-requirement-form";
import { twoFactorRequired } from "@/lib/two-factor/two-factor-requirement";
import { getPublishChecklist } from "@/lib/settings/publish-checklist";
import { PublishChecklist } from "@/components/admin/publish-checklist";
import { TeamSlackForm } from "@/components/admin/team-slack-form";
import { getTeamSlackSettings } from "@/lib/notifications/team-slack";

export const metadata = { title: "Settings" };

export default async function AdminSettingsPage() {
  const user = await getCurrentUser();
  if (!can(user?.role, "settings:manage")) notFound();
  const [settings, ratings, requireTwoFactor, checklist, teamSlack] = await Promise.all([
    getSettings(),
    listRatings(),
    twoFactorRequired(),
    getPublishChecklist(),
    getTeamSlackSettings(),
  ]);
  return (
    <>
      <p className="muted small">
        <Link href="/admin">← Admin</Link>
      </p>
      <h1>Settings</h1>
      <PublishChecklist items={checklist} />
      <h2>Rating scale</h2>
      <RatingScaleForm
        ratings={ratings.map((r) => ({
          id: r.id,
          label: r.label,
          value: r.value,
          description: r.description ?? "",
          active: r.active,
        }))}
      />
      <h2>Organisation and methodology</h2>
      <SettingsForm settings={settings} />
      <h2>Sign-in security</h2>
      <TwoFactorRequirementForm required={requireTwoFactor} />
      <h2>Team notifications</h2>
      <TeamSlackForm teamSlackUrl={teamSlack.teamSlackUrl} />
    </>
  );
}
