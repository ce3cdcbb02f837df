-- CreateEnum
CREATE TYPE "ClaimMedium" AS ENUM ('TV', 'RADIO', 'VIDEO', 'SOCIAL', 'SPEECH', 'OTHER');

-- CreateEnum
CREATE TYPE "DecisionAction" AS ENUM ('accept', 'dismiss', 'clip', 'add', 'edit');

-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "mediaTimestamp" TEXT,
ADD COLUMN     "medium" "ClaimMedium",
ADD COLUMN     "outlet" TEXT,
ADD COLUMN     "saidOn" DATE,
ADD COLUMN     "url" TEXT,
ALTER COLUMN "articleId" DROP NOT NULL,
ALTER COLUMN "startOffset" DROP NOT NULL,
ALTER COLUMN "endOffset" DROP NOT NULL;

-- CreateTable
CREATE TABLE "claim_decisions" (
    "id" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" UUID NOT NULL,
    "claimId" UUID,
    "articleId" UUID,
    "speakerId" UUID NOT NULL,
    "action" "DecisionAction" NOT NULL,
    "dismissReason" "DismissReason",
    "quote" TEXT NOT NULL,
    "startOffset" INTEGER,
    "endOffset" INTEGER,
    "context" TEXT,
    "canonicalBefore" TEXT,
    "canonicalAfter" TEXT,
    "score" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "claim_decisions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "claim_decisions_createdAt_idx" ON "claim_decisions"("createdAt");

-- CreateIndex
CREATE INDEX "claim_decisions_claimId_idx" ON "claim_decisions"("claimId");

-- CreateIndex
CREATE INDEX "claim_decisions_articleId_idx" ON "claim_decisions"("articleId");

-- AddForeignKey
ALTER TABLE "claim_decisions" ADD CONSTRAINT "claim_decisions_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_decisions" ADD CONSTRAINT "claim_decisions_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "claims"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_decisions" ADD CONSTRAINT "claim_decisions_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_decisions" ADD CONSTRAINT "claim_decisions_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "speakers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
