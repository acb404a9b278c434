-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN     "dailyReportOptIn" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Rating" ADD COLUMN     "cesScore" INTEGER,
ADD COLUMN     "dismissedAt" TIMESTAMP(3),
ADD COLUMN     "npsAt" TIMESTAMP(3),
ADD COLUMN     "resolved" BOOLEAN,
ADD COLUMN     "respondent" TEXT,
ADD COLUMN     "reviewInvitedAt" TIMESTAMP(3),
ALTER COLUMN "score" DROP NOT NULL;

-- AlterTable
ALTER TABLE "FollowUp" ADD COLUMN     "dueAt" TIMESTAMP(3),
ADD COLUMN     "ledgerEntryId" TEXT,
ADD COLUMN     "notifiedAt" TIMESTAMP(3),
ADD COLUMN     "outcome" TEXT,
ADD COLUMN     "state" TEXT NOT NULL DEFAULT 'OPEN',
ADD COLUMN     "takenById" TEXT;

-- CreateTable
CREATE TABLE "ReviewPlatform" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewPlatform_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewClick" (
    "id" TEXT NOT NULL,
    "ratingId" TEXT NOT NULL,
    "platformId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewClick_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DailyReportDispatch" (
    "day" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DailyReportDispatch_pkey" PRIMARY KEY ("day")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReviewClick_ratingId_platformId_key" ON "ReviewClick"("ratingId", "platformId");

-- CreateIndex
CREATE INDEX "Rating_respondent_npsAt_idx" ON "Rating"("respondent", "npsAt");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUp_ledgerEntryId_key" ON "FollowUp"("ledgerEntryId");

-- AddForeignKey
ALTER TABLE "ReviewClick" ADD CONSTRAINT "ReviewClick_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "Rating"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewClick" ADD CONSTRAINT "ReviewClick_platformId_fkey" FOREIGN KEY ("platformId") REFERENCES "ReviewPlatform"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_takenById_fkey" FOREIGN KEY ("takenById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_ledgerEntryId_fkey" FOREIGN KEY ("ledgerEntryId") REFERENCES "LedgerEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Follow-ups raised before states and due times: closed ones are resolved, the others are due a day after they were raised.
UPDATE "FollowUp" SET "state" = 'RESOLVED' WHERE "resolvedAt" IS NOT NULL;
UPDATE "FollowUp" SET "dueAt" = "createdAt" + interval '24 hours' WHERE "dueAt" IS NULL;
