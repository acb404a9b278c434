-- CreateEnum
CREATE TYPE "CollectionReason" AS ENUM ('NEGATIVE_BEFORE_CHARGE', 'BLOCK_SOON');

-- CreateTable
CREATE TABLE "CollectionReminder" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "reason" "CollectionReason" NOT NULL,
    "amountAtRisk" INTEGER NOT NULL,
    "forecastAt" TIMESTAMP(3) NOT NULL,
    "sentById" TEXT,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CollectionReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CollectionReminder_accountId_sentAt_idx" ON "CollectionReminder"("accountId", "sentAt");

-- CreateIndex
CREATE INDEX "CollectionReminder_sentAt_idx" ON "CollectionReminder"("sentAt");

-- AddForeignKey
ALTER TABLE "CollectionReminder" ADD CONSTRAINT "CollectionReminder_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "SubscriberAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionReminder" ADD CONSTRAINT "CollectionReminder_sentById_fkey" FOREIGN KEY ("sentById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

