-- CreateEnum
CREATE TYPE "OperatorPresence" AS ENUM ('ONLINE', 'AWAY', 'OFFLINE');

-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN     "presence" "OperatorPresence" NOT NULL DEFAULT 'OFFLINE',
ADD COLUMN     "presenceSeenAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Chat" ADD COLUMN     "passedOverIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "sessionKey" TEXT;

-- CreateIndex
CREATE INDEX "Chat_sessionKey_idx" ON "Chat"("sessionKey");

