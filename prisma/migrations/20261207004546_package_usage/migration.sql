-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NoticeKind" ADD VALUE 'PACKAGE_USAGE';
ALTER TYPE "NoticeKind" ADD VALUE 'CHANGE_CONFIRMED';

-- AlterTable
ALTER TABLE "Option" ADD COLUMN     "extraMb" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "extraMinutes" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "extraSms" INTEGER NOT NULL DEFAULT 0;

