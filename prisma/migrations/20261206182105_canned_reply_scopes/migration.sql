-- DropIndex
DROP INDEX "CannedResponse_shortcut_key";

-- AlterTable
ALTER TABLE "CannedResponse" ADD COLUMN     "ownerId" TEXT,
ADD COLUMN     "scope" TEXT NOT NULL DEFAULT 'shared',
ADD COLUMN     "title" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- Existing replies were typed with their slash and had no title: the composer adds the slash, the shortcut names them.
UPDATE "CannedResponse" SET "shortcut" = lower(ltrim("shortcut", '/')), "title" = lower(ltrim("shortcut", '/'));

-- CreateIndex
CREATE INDEX "CannedResponse_ownerId_idx" ON "CannedResponse"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "CannedResponse_scope_shortcut_key" ON "CannedResponse"("scope", "shortcut");

-- AddForeignKey
ALTER TABLE "CannedResponse" ADD CONSTRAINT "CannedResponse_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

