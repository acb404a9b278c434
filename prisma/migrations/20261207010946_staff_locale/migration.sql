-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'ru';

