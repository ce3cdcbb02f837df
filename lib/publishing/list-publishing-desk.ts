// The desk's publishing screen: approved verdicts waiting to go out, and what is live.
import "server-only";
import { prisma } from "../db";

export async function listPublishingDesk() {
  const include = {
    speaker: { select: { name: true } },
    verdict: { select: { conclusion: true, rating: { select: { label: true } } } },
    publication: { select: { slug: true, status: true, updatedAt: true, unpublishedReason: true } },
  } as const;
  const [approved, live] = await Promise.all([
    prisma.claim.findMany({
      where: { status: "APPROVED" },
      include,
      orderBy: { updatedAt: "asc" },
      take: 100,
    }),
    prisma.claim.findMany({
      where: { status: "PUBLISHED" },
      include,
      orderBy: { updatedAt: "desc" },
      take: 100,
    }),
  ]);
  return { approved, live };
}
