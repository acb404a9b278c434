-- CreateEnum
CREATE TYPE "OutboxReceipt" AS ENUM ('DELIVERED', 'UNDELIVERED');

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "providerRef" TEXT,
ADD COLUMN     "receipt" "OutboxReceipt",
ADD COLUMN     "receiptAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "OutboxMessage_providerRef_idx" ON "OutboxMessage"("providerRef");

