-- CreateEnum
CREATE TYPE "NoticeKind" AS ENUM ('LOW_BALANCE', 'DEBT_BLOCK', 'PROMISED_PAYMENT_DUE');

-- CreateTable
CREATE TABLE "Notice" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "kind" "NoticeKind" NOT NULL,
    "params" JSONB,
    "dedupeKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoticeSetting" (
    "accountId" TEXT NOT NULL,
    "kind" "NoticeKind" NOT NULL,
    "enabled" BOOLEAN NOT NULL,
    "sms" BOOLEAN NOT NULL,
    "email" BOOLEAN NOT NULL,

    CONSTRAINT "NoticeSetting_pkey" PRIMARY KEY ("accountId","kind")
);

-- CreateIndex
CREATE INDEX "Notice_accountId_createdAt_idx" ON "Notice"("accountId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notice_accountId_kind_dedupeKey_key" ON "Notice"("accountId", "kind", "dedupeKey");

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "SubscriberAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeSetting" ADD CONSTRAINT "NoticeSetting_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "SubscriberAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

