-- CreateTable
CREATE TABLE "published_pages" (
    "id" UUID NOT NULL,
    "publicationId" UUID NOT NULL,
    "revision" INTEGER NOT NULL,
    "html" TEXT NOT NULL,
    "etag" TEXT NOT NULL,
    "renderedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "published_pages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "published_pages_publicationId_revision_key" ON "published_pages"("publicationId", "revision");

-- AddForeignKey
ALTER TABLE "published_pages" ADD CONSTRAINT "published_pages_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "publications"("id") ON DELETE CASCADE ON UPDATE CASCADE;
