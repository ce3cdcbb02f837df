// Desk home numbers: claims by status and rating, weekly throughput, what waits longest for review.
import "server-only";
import { prisma, sql } from "../db";

const WEEKS = 12;

export async function getDeskDashboard() {
  const [byStatus, byRatingId, ratings, weekly, waiting] = await Promise.all([
    prisma.claim.groupBy({ by: ["status"], _count: { _all: true } }),
    prisma.verdict.groupBy({ by: ["ratingId"], _count: { _all: true } }),
    prisma.rating.findMany({ orderBy: { position: "asc" } }),
    sql<{ week: Date; taken: number; published: number }[]>`
      with weeks as (
        select generate_series(date_trunc('week', now()) - ${WEEKS - 1} * interval '1 week', date_trunc('week', now()), interval '1 week') as week
      )
      select w.week,
             count(a.id) filter (where a.action = 'claim.take')::int as taken,
             count(a.id) filter (where a.action = 'claim.publish')::int as published
        from weeks w
        left join audit_log a on a."createdAt" >= w.week and a."createdAt" < w.week + interval '1 week'
                             and a.action in ('claim.take', 'claim.publish')
       group by w.week order by w.week`,
    prisma.claim.findMany({
      where: { status: "IN_REVIEW" },
      orderBy: { updatedAt: "asc" },
      take: 10,
      select: {
        id: true,
        canonicalText: true,
        updatedAt: true,
        speaker: { select: { name: true } },
      },
    }),
  ]);
  const ratingCounts = new Map(byRatingId.map((g) => [g.ratingId, g._count._all]));
  return {
    byStatus: byStatus.map((s) => ({ status: s.status, count: s._count._all })),
    byRating: [
      ...ratings.map((r) => ({ label: r.label, count: ratingCounts.get(r.id) ?? 0 })),
      ...(ratingCounts.has(null)
        ? [{ label: "Not rated yet", count: ratingCounts.get(null)! }]
        : []),
    ],
    weekly: weekly.map((w) => ({ week: w.week, taken: w.taken, published: w.published })),
    waiting,
  };
}
