-- CreateEnum
CREATE TYPE "ContactPrompt" AS ENUM ('LINK_LOGIN', 'LINK_CODE', 'RATING_COMMENT');

-- AlterTable
ALTER TABLE "ChannelContact" ADD COLUMN     "accountId" TEXT,
ADD COLUMN     "linkedAt" TIMESTAMP(3),
ADD COLUMN     "prompt" "ContactPrompt",
ADD COLUMN     "promptChatId" TEXT,
ADD COLUMN     "promptUntil" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ChannelChat" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "InboundUpdate" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastAttemptAt" TIMESTAMP(3),
ADD COLUMN     "lastError" TEXT;

-- CreateTable
CREATE TABLE "ContactLinkCode" (
    "id" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactLinkCode_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContactLinkCode_contactId_createdAt_idx" ON "ContactLinkCode"("contactId", "createdAt");

-- CreateIndex
CREATE INDEX "ContactLinkCode_accountId_idx" ON "ContactLinkCode"("accountId");

-- CreateIndex
CREATE INDEX "ChannelContact_accountId_idx" ON "ChannelContact"("accountId");

-- CreateIndex
CREATE INDEX "ChannelChat_active_relayedSeq_idx" ON "ChannelChat"("active", "relayedSeq");

-- CreateIndex
CREATE INDEX "InboundUpdate_processedAt_lastAttemptAt_idx" ON "InboundUpdate"("processedAt", "lastAttemptAt");

-- AddForeignKey
ALTER TABLE "ChannelContact" ADD CONSTRAINT "ChannelContact_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "SubscriberAccount"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactLinkCode" ADD CONSTRAINT "ContactLinkCode_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "ChannelContact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactLinkCode" ADD CONSTRAINT "ContactLinkCode_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "SubscriberAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Chats that ended before the relay read only active rows are settled: nothing more is asked of them
UPDATE "ChannelChat" SET "active" = false
 WHERE "chatId" IN (SELECT "id" FROM "Chat" WHERE "state" IN ('CLOSED', 'RATED'));

-- Updates stored but never processed had their webhook's attempt
UPDATE "InboundUpdate" SET "attempts" = 1, "lastAttemptAt" = "receivedAt" WHERE "processedAt" IS NULL;
