-- AlterTable
ALTER TABLE "Rating" ADD COLUMN     "selfServiceContactId" TEXT,
ALTER COLUMN "chatId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "FollowUp" ADD COLUMN     "selfServiceContactId" TEXT,
ALTER COLUMN "chatId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "SelfServiceContact" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "failedEventId" TEXT NOT NULL,
    "succeededEventId" TEXT NOT NULL,
    "errorCode" TEXT,
    "page" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SelfServiceContact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SelfServiceContact_succeededEventId_key" ON "SelfServiceContact"("succeededEventId");

-- CreateIndex
CREATE INDEX "SelfServiceContact_accountId_createdAt_idx" ON "SelfServiceContact"("accountId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_selfServiceContactId_key" ON "Rating"("selfServiceContactId");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUp_selfServiceContactId_key" ON "FollowUp"("selfServiceContactId");

-- AddForeignKey
ALTER TABLE "SelfServiceContact" ADD CONSTRAINT "SelfServiceContact_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "SubscriberAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_selfServiceContactId_fkey" FOREIGN KEY ("selfServiceContactId") REFERENCES "SelfServiceContact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_selfServiceContactId_fkey" FOREIGN KEY ("selfServiceContactId") REFERENCES "SelfServiceContact"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A rating and a follow-up are about exactly one contact: a chat or a self-service contact.
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_one_contact" CHECK (("chatId" IS NULL) <> ("selfServiceContactId" IS NULL));
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_one_contact" CHECK (("chatId" IS NULL) <> ("selfServiceContactId" IS NULL));
