import { notFound, redirect } from "next/navigation";
import { AddClaimForm } from "@/components/claims/add-claim-form";
import "@/components/import/import.css";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listSpeakers } from "@/lib/import/list-speakers";

export const metadata = { title: "Add a claim" };

export default async function AddClaimPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  if (!can(user.role, "claim:triage")) notFound();
  return (
    <>
      <h1>Add a claim said outside an article</h1>
      <p className="muted">
        Something said on TV, radio, in a video, a social media post or a speech. It goes straight
        to the queue, with a check-worthiness score like the claims found in articles.
      </p>
      <AddClaimForm speakers={await listSpeakers()} />
    </>
  );
}
