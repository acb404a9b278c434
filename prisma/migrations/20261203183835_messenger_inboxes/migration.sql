-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "chatMessageId" TEXT,
ADD COLUMN     "inboxId" TEXT,
ADD COLUMN     "orderKey" TEXT,
ADD COLUMN     "payload" JSONB,
ADD COLUMN     "sequence" SERIAL NOT NULL,
ALTER COLUMN "channel" DROP NOT NULL;

-- CreateTable
CREATE TABLE "Inbox" (
    "id" TEXT NOT NULL,
    "channel" "ChatChannel" NOT NULL,
    "name" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "sealedSecrets" TEXT NOT NULL,
    "tokenHint" TEXT NOT NULL,
    "lastWebhookAt" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Inbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelContact" (
    "id" TEXT NOT NULL,
    "inboxId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "name" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'ru',
    "visitorToken" TEXT NOT NULL,
    "unreachableAt" TIMESTAMP(3),
    "pendingScore" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChannelContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelChat" (
    "chatId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "relayedSeq" INTEGER NOT NULL DEFAULT 0,
    "ratingPromptedAt" TIMESTAMP(3),

    CONSTRAINT "ChannelChat_pkey" PRIMARY KEY ("chatId")
);

-- CreateTable
CREATE TABLE "InboundUpdate" (
    "id" TEXT NOT NULL,
    "inboxId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "event" JSONB NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),

    CONSTRAINT "InboundUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ChannelContact_visitorToken_key" ON "ChannelContact"("visitorToken");

-- CreateIndex
CREATE UNIQUE INDEX "ChannelContact_inboxId_externalId_key" ON "ChannelContact"("inboxId", "externalId");

-- CreateIndex
CREATE INDEX "ChannelChat_contactId_idx" ON "ChannelChat"("contactId");

-- CreateIndex
CREATE UNIQUE INDEX "InboundUpdate_inboxId_externalId_key" ON "InboundUpdate"("inboxId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_chatMessageId_key" ON "OutboxMessage"("chatMessageId");

-- CreateIndex
CREATE INDEX "OutboxMessage_orderKey_status_sequence_idx" ON "OutboxMessage"("orderKey", "status", "sequence");

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_inboxId_fkey" FOREIGN KEY ("inboxId") REFERENCES "Inbox"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelContact" ADD CONSTRAINT "ChannelContact_inboxId_fkey" FOREIGN KEY ("inboxId") REFERENCES "Inbox"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelChat" ADD CONSTRAINT "ChannelChat_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "ChannelContact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboundUpdate" ADD CONSTRAINT "InboundUpdate_inboxId_fkey" FOREIGN KEY ("inboxId") REFERENCES "Inbox"("id") ON DELETE CASCADE ON UPDATE CASCADE;

