-- AlterTable
ALTER TABLE "ChannelContact" ADD COLUMN     "lastInboundAt" TIMESTAMP(3);

