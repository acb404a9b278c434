-- AlterTable
ALTER TABLE "Banner" ADD COLUMN     "imagePhoneId" TEXT;

