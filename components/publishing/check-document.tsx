// The whole HTML document of a published fact-check: what Next's root and public layouts and the
// page's metadata gave it, with the site's stylesheet inlined so the stored bytes stay complete
// after a redeploy (Next's /_next/static names change with every build).
import type { PublishedCheck } from "@/lib/publishing/get-published-check";
import { CheckArticle } from "./check-article";
import { PublicHeader } from "./public-header";

const SITE = "Claimdesk";

export function CheckDocument({ check, css }: { check: PublishedCheck; css: string }) {
  const title = `${check.rating?.label ?? "Fact-check"}: ${check.canonicalText}`;
  const description = check.conclusion;
  return (
    <html lang="en">
      {/* biome-ignore lint/style/noHeadElement: rendered outside Next (react-dom/server), so no next/head */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${SITE}`}</title>
        <meta name="description" content={description} />
        <link rel="canonical" href={check.pageUrl} />
        <meta property="og:type" content="article" />
        <meta property="og:url" content={check.pageUrl} />
        <meta property="og:title" content={title} />
        <meta property="og:description" content={description} />
        <meta property="og:site_name" content={check.organizationName} />
        <meta
          property="article:published_time"
          content={new Date(check.firstPublishedAt).toISOString()}
        />
        <meta property="article:modified_time" content={new Date(check.updatedAt).toISOString()} />
        <meta name="twitter:card" content="summary" />
        <meta name="twitter:title" content={title} />
        <meta name="twitter:description" content={description} />
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: our own stylesheet files, read from the checkout */}
        <style dangerouslySetInnerHTML={{ __html: css }} />
      </head>
      <body>
        <PublicHeader />
        <main>
          <CheckArticle check={check} />
        </main>
      </body>
    </html>
  );
}
