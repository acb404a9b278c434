-- CreateEnum
CREATE TYPE "PromisedPaymentStatus" AS ENUM ('ACTIVE', 'OVERDUE', 'REPAID');

-- AlterTable
ALTER TABLE "LedgerEntry" ADD COLUMN     "promisedPaymentId" TEXT;

-- CreateTable
CREATE TABLE "PromisedPayment" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "fee" INTEGER NOT NULL,
    "repaid" INTEGER NOT NULL DEFAULT 0,
    "status" "PromisedPaymentStatus" NOT NULL DEFAULT 'ACTIVE',
    "takenAt" TIMESTAMP(3) NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "idempotencyKey" TEXT NOT NULL,

    CONSTRAINT "PromisedPayment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PromisedPayment_idempotencyKey_key" ON "PromisedPayment"("idempotencyKey");

-- CreateIndex
CREATE INDEX "PromisedPayment_accountId_takenAt_idx" ON "PromisedPayment"("accountId", "takenAt");

-- CreateIndex
CREATE INDEX "PromisedPayment_status_dueAt_idx" ON "PromisedPayment"("status", "dueAt");

-- CreateIndex
CREATE INDEX "LedgerEntry_promisedPaymentId_idx" ON "LedgerEntry"("promisedPaymentId");

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_promisedPaymentId_fkey" FOREIGN KEY ("promisedPaymentId") REFERENCES "PromisedPayment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromisedPayment" ADD CONSTRAINT "PromisedPayment_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "SubscriberAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

