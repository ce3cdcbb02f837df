-- CreateTable
CREATE TABLE "security_events" (
    "id" BIGSERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "userId" UUID,
    "actorId" UUID,
    "email" TEXT,
    "ip" TEXT,
    "detail" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "security_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "security_events_createdAt_idx" ON "security_events"("createdAt");

-- CreateIndex
CREATE INDEX "security_events_email_createdAt_idx" ON "security_events"("email", "createdAt");

-- CreateIndex
CREATE INDEX "security_events_ip_createdAt_idx" ON "security_events"("ip", "createdAt");
