-- CreateTable
CREATE TABLE "SelfServiceEvent" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "errorCode" TEXT,
    "page" TEXT,
    "details" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SelfServiceEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HelpArticleView" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "accountId" TEXT,
    "sessionKey" TEXT NOT NULL,
    "query" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HelpArticleView_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SelfServiceEvent_accountId_createdAt_idx" ON "SelfServiceEvent"("accountId", "createdAt");

-- CreateIndex
CREATE INDEX "HelpArticleView_articleId_createdAt_idx" ON "HelpArticleView"("articleId", "createdAt");

-- CreateIndex
CREATE INDEX "HelpArticleView_createdAt_idx" ON "HelpArticleView"("createdAt");

-- AddForeignKey
ALTER TABLE "SelfServiceEvent" ADD CONSTRAINT "SelfServiceEvent_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "SubscriberAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpArticleView" ADD CONSTRAINT "HelpArticleView_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "HelpArticle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

