-- CreateIndex
CREATE INDEX "HelpSessionSpan_lastDay_idx" ON "HelpSessionSpan"("lastDay");

