-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "expiresAt" TIMESTAMP(3);

