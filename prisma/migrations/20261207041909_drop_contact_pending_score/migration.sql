-- AlterTable
ALTER TABLE "ChannelContact" DROP COLUMN "pendingScore";

