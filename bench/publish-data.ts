// Data for the publishing bench and for trying the public pages by hand: a reviewer, some
// published fact-checks (through the real use case) and bulk claims for export timing.
import { prisma, sql } from "../lib/db";
import { publishVerdict } from "../lib/publishing/publish-verdict";
import { createApprovedClaim } from "../lib/testing/published";
import { createTestUser } from "../lib/testing/users";
import { readyToPublish } from "../lib/testing/publish-checklist";

export async function seedPublishedChecks(count: number): Promise<string[]> {
  const reviewer = await createTestUser("REVIEWER", "Bench Reviewer");
  await readyToPublish();
  const slugs: string[] = [];
  for (let i = 0; i < count; i++) {
    const { claim } = await createApprovedClaim({
      author: reviewer,
      speakerName: `Bench Speaker ${i % 5}`,
      ratingLabel: ["True", "Mostly true", "Half true", "Mostly false", "False", "Unverifiable"][
        i % 6
      ],
    });
    slugs.push((await publishVerdict({ user: reviewer, claimId: claim.id })).slug);
  }
  return slugs;
}

/** Bulk claims with verdicts and two sources each, written in set-based SQL (seconds, not minutes). */
export async function seedBulkClaims(count: number): Promise<void> {
  const author = await prisma.user.findFirstOrThrow({ where: { role: "REVIEWER" } });
  const rating = await prisma.rating.findFirstOrThrow({ where: { label: "Half true" } });
  await sql.begin(async (tx) => {
    await tx`insert into speakers (id, name) values (gen_random_uuid(), 'Bulk Speaker') on conflict (name) do nothing`;
    await tx`
      insert into articles (id, outlet, title, url, "publishedAt", text, "contentHash", "speakerId")
      select gen_random_uuid(), 'Bulk Outlet', 'Bulk article', 'https://news.example.org/bulk', date '2026-01-01',
             'bulk', 'bulk-article', s.id from speakers s where s.name = 'Bulk Speaker'
      on conflict ("contentHash") do nothing`;
    await tx`
      insert into claims (id, slug, "articleId", "speakerId", quote, "startOffset", "endOffset", "canonicalText", kind, score, reasons, status, "updatedAt")
      select gen_random_uuid(), 'bulk-' || g || '-' || substr(md5(random()::text), 1, 6), a.id, a."speakerId",
             'The budget grew by ' || g || ' percent, he said, "and more".', 0, 10,
             'The budget grew by ' || g || ' percent', 'QUANTITY', 0.5, '{}', 'APPROVED', now()
        from generate_series(1, ${count}) g, articles a where a."contentHash" = 'bulk-article'`;
    await tx`
      insert into verdicts (id, "claimId", "ratingId", conclusion, analysis, "authorId", revision, "updatedAt")
      select gen_random_uuid(), c.id, ${rating.id}::uuid, 'Partly right: the budget grew, but by less.', 'Analysis text.', ${author.id}::uuid, 1, now()
        from claims c where c.slug like 'bulk-%' and not exists (select 1 from verdicts v where v."claimId" = c.id)`;
    await tx`
      insert into sources (id, "claimId", url, title, publisher, "accessedAt", position, "createdById", "updatedAt")
      select gen_random_uuid(), c.id, 'https://stats.example.org/budget/' || n, 'Budget table ' || n, 'Treasury', date '2026-02-01', n, ${author.id}::uuid, now()
        from claims c, generate_series(1, 2) n where c.slug like 'bulk-%'`;
  });
}
