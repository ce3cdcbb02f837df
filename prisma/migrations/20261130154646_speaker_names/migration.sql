-- CreateTable
CREATE TABLE "speaker_names" (
    "id" UUID NOT NULL,
    "speakerId" UUID NOT NULL,
    "language" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "speaker_names_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "speaker_names_normalized_key" ON "speaker_names"("normalized");

-- CreateIndex
CREATE UNIQUE INDEX "speaker_names_speakerId_language_key" ON "speaker_names"("speakerId", "language");

-- AddForeignKey
ALTER TABLE "speaker_names" ADD CONSTRAINT "speaker_names_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "speakers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Each speaker's name and aliases become their first name row, in the language of its script
-- (normalised as lib/import/speaker-name.ts does; a name equal to another speaker's once
-- normalised keeps only its display name).
INSERT INTO "speaker_names" ("id", "speakerId", "language", "name", "normalized", "aliases")
SELECT gen_random_uuid(), "id",
       CASE WHEN "name" ~ '[А-Яа-яЁё]' THEN 'ru' ELSE 'en' END,
       "name",
       lower(translate(regexp_replace(btrim("name"), '\s+', ' ', 'g'), 'Ёё', 'Ее')),
       COALESCE("aliases", ARRAY[]::TEXT[])
FROM "speakers"
ON CONFLICT DO NOTHING;

-- AlterTable
ALTER TABLE "speakers" DROP COLUMN "aliases",
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
