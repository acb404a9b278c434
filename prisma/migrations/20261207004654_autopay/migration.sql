-- CreateEnum
CREATE TYPE "AutopayTrigger" AS ENUM ('THRESHOLD', 'MONTHLY');

-- CreateEnum
CREATE TYPE "AutopayRunStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'DECLINED', 'CANCELLED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NoticeKind" ADD VALUE 'AUTOPAY_MADE';
ALTER TYPE "NoticeKind" ADD VALUE 'AUTOPAY_DECLINED';

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "methodId" TEXT;

-- CreateTable
CREATE TABLE "PaymentMethod" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "PaymentMethod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Autopay" (
    "accountId" TEXT NOT NULL,
    "methodId" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL,
    "threshold" INTEGER,
    "topUpAmount" INTEGER,
    "monthlyCharge" BOOLEAN NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Autopay_pkey" PRIMARY KEY ("accountId")
);

-- CreateTable
CREATE TABLE "AutopayRun" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "trigger" "AutopayTrigger" NOT NULL,
    "cycle" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "status" "AutopayRunStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AutopayRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PaymentMethod_accountId_removedAt_idx" ON "PaymentMethod"("accountId", "removedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Autopay_methodId_key" ON "Autopay"("methodId");

-- CreateIndex
CREATE INDEX "AutopayRun_status_nextAttemptAt_idx" ON "AutopayRun"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "AutopayRun_accountId_createdAt_idx" ON "AutopayRun"("accountId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AutopayRun_accountId_trigger_cycle_key" ON "AutopayRun"("accountId", "trigger", "cycle");

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_methodId_fkey" FOREIGN KEY ("methodId") REFERENCES "PaymentMethod"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentMethod" ADD CONSTRAINT "PaymentMethod_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "SubscriberAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Autopay" ADD CONSTRAINT "Autopay_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "SubscriberAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Autopay" ADD CONSTRAINT "Autopay_methodId_fkey" FOREIGN KEY ("methodId") REFERENCES "PaymentMethod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AutopayRun" ADD CONSTRAINT "AutopayRun_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "SubscriberAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

