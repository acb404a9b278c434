-- Ledger texts become a code plus parameters, rendered in the reader's language.
-- Rows written before keep their sentence, unchanged, as LEGACY_TEXT, so the new
-- columns start nullable, are filled, and only then does textCode become required.
ALTER TABLE "LedgerEntry" ADD COLUMN "textCode" TEXT,
ADD COLUMN "textParams" JSONB;

UPDATE "LedgerEntry" SET "textCode" = 'LEGACY_TEXT', "textParams" = jsonb_build_object('text', "description");

ALTER TABLE "LedgerEntry" ALTER COLUMN "textCode" SET NOT NULL;

ALTER TABLE "LedgerEntry" DROP COLUMN "description";
