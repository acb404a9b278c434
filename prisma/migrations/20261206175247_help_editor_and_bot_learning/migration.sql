-- CreateEnum
CREATE TYPE "BotQuestionOutcome" AS ENUM ('ANSWERED', 'NOTHING_FOUND', 'NOT_HELPED', 'HANDED_OVER');

-- AlterTable
ALTER TABLE "HelpArticle" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "HelpArticleVersion" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "bodyEn" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "isPublished" BOOLEAN NOT NULL,
    "authorStaffId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HelpArticleVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HelpArticleOldSlug" (
    "slug" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HelpArticleOldSlug_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "BotQuestion" (
    "id" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "outcome" "BotQuestionOutcome" NOT NULL,
    "handoverReason" TEXT,
    "linkedArticleId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BotQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BotAnswerLink" (
    "normalized" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BotAnswerLink_pkey" PRIMARY KEY ("normalized")
);

-- CreateIndex
CREATE UNIQUE INDEX "HelpArticleVersion_articleId_version_key" ON "HelpArticleVersion"("articleId", "version");

-- CreateIndex
CREATE INDEX "HelpArticleOldSlug_articleId_idx" ON "HelpArticleOldSlug"("articleId");

-- CreateIndex
CREATE INDEX "BotQuestion_chatId_createdAt_idx" ON "BotQuestion"("chatId", "createdAt");

-- CreateIndex
CREATE INDEX "BotQuestion_normalized_idx" ON "BotQuestion"("normalized");

-- CreateIndex
CREATE INDEX "BotQuestion_createdAt_idx" ON "BotQuestion"("createdAt");

-- CreateIndex
CREATE INDEX "BotAnswerLink_articleId_idx" ON "BotAnswerLink"("articleId");

-- AddForeignKey
ALTER TABLE "HelpArticleVersion" ADD CONSTRAINT "HelpArticleVersion_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "HelpArticle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpArticleOldSlug" ADD CONSTRAINT "HelpArticleOldSlug_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "HelpArticle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BotAnswerLink" ADD CONSTRAINT "BotAnswerLink_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "HelpArticle"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The help search's document, one expression per language, indexed so the search stays fast at 10,000 articles.
-- server/domain/help/search-document.ts writes the same expressions: the planner uses an index only for an identical one.
CREATE INDEX "HelpArticle_search_ru_idx" ON "HelpArticle" USING GIN ((setweight(to_tsvector('russian'::regconfig, "title"), 'A') || setweight(to_tsvector('russian'::regconfig, "body"), 'B')));
CREATE INDEX "HelpArticle_search_en_idx" ON "HelpArticle" USING GIN ((setweight(to_tsvector('english'::regconfig, "titleEn"), 'A') || setweight(to_tsvector('english'::regconfig, "bodyEn"), 'B')));

-- Articles written before the editor start their history at version 1.
INSERT INTO "HelpArticleVersion" ("id", "articleId", "version", "slug", "title", "titleEn", "body", "bodyEn", "category", "isPublished", "createdAt")
SELECT 'v1-' || "id", "id", 1, "slug", "title", "titleEn", "body", "bodyEn", "category", "isPublished", "updatedAt" FROM "HelpArticle";
