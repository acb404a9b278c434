-- AlterTable
ALTER TABLE "Chat" ADD COLUMN     "operatorSince" TIMESTAMP(3);

