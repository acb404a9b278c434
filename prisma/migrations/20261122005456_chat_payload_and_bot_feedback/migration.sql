-- AlterTable
ALTER TABLE "Chat" ADD COLUMN     "botHelped" BOOLEAN;

-- AlterTable
ALTER TABLE "ChatMessage" ADD COLUMN     "payload" JSONB;

