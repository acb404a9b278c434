-- The chat's channel becomes the real one. Nothing ever fed MESSENGER (no inbox existed), so rows with it are
-- hand-made or test data: they become TELEGRAM, the messenger the first inbox adapter speaks.
BEGIN;
CREATE TYPE "ChatChannel_new" AS ENUM ('WEB', 'MOBILE_WEB', 'TELEGRAM', 'VK', 'VIBER', 'FACEBOOK');
ALTER TABLE "Chat" ALTER COLUMN "channel" DROP DEFAULT;
ALTER TABLE "Chat" ALTER COLUMN "channel" TYPE "ChatChannel_new"
  USING (CASE WHEN "channel"::text = 'MESSENGER' THEN 'TELEGRAM' ELSE "channel"::text END)::"ChatChannel_new";
ALTER TYPE "ChatChannel" RENAME TO "ChatChannel_old";
ALTER TYPE "ChatChannel_new" RENAME TO "ChatChannel";
DROP TYPE "ChatChannel_old";
ALTER TABLE "Chat" ALTER COLUMN "channel" SET DEFAULT 'WEB';
COMMIT;
