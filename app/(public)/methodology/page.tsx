import { SafeMarkdown } from "@/components/verdicts/safe-markdown";
import { cachedSettings } from "@/lib/publishing/public-cache";
import "@/components/publishing/publishing.css";

export const metadata = { title: "Methodology" };
// Set by an admin in settings; cached data refreshes within five minutes of a change.
export const dynamic = "force-dynamic";

export default async function MethodologyPage() {
  const settings = await cachedSettings();
  return (
    <article className="check">
      <h1>How {settings.organizationName} checks claims</h1>
      <SafeMarkdown className="analysis" demoteHeadings>
        {settings.methodology}
      </SafeMarkdown>
    </article>
  );
}
