-- AlterTable
ALTER TABLE "Chat" ADD COLUMN     "firstResponderId" TEXT,
ADD COLUMN     "missedById" TEXT;

-- AlterTable
ALTER TABLE "Rating" ADD COLUMN     "operatorId" TEXT;

-- AddForeignKey
ALTER TABLE "Chat" ADD CONSTRAINT "Chat_firstResponderId_fkey" FOREIGN KEY ("firstResponderId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Chat" ADD CONSTRAINT "Chat_missedById_fkey" FOREIGN KEY ("missedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_operatorId_fkey" FOREIGN KEY ("operatorId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Backfill, best effort from what the rows already say (plain SQL: runs on PGlite and PostgreSQL).
-- The first answer: the author of the chat's first visible operator message.
UPDATE "Chat" c SET "firstResponderId" = m."operatorId"
FROM (
  SELECT DISTINCT ON ("chatId") "chatId", "operatorId"
  FROM "ChatMessage"
  WHERE "author" = 'OPERATOR' AND NOT "isInternal" AND "operatorId" IS NOT NULL
  ORDER BY "chatId", "seq"
) m
WHERE m."chatId" = c."id" AND c."firstResponseAt" IS NOT NULL;

-- Nothing changes a chat's operator after the close, so the rated operator is the chat's operator.
UPDATE "Rating" r SET "operatorId" = c."operatorId" FROM "Chat" c WHERE c."id" = r."chatId";

-- Chats closed before operatorSince existed: their only known take is the first one.
UPDATE "Chat" SET "operatorSince" = "assignedAt"
WHERE "closedAt" IS NOT NULL AND "operatorId" IS NOT NULL AND "operatorSince" IS NULL;

-- A missed dialog's follow-up was opened when it became missed: the chat's operator is charged if they
-- already held it then. Operators who were passed over stay in "passedOverIds".
UPDATE "Chat" c SET "missedById" = c."operatorId"
FROM "FollowUp" f
WHERE f."chatId" = c."id" AND c."isMissed" AND c."operatorSince" <= f."createdAt";
