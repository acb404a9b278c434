-- CreateIndex
CREATE INDEX "AuditLogEntry_entityType_entityId_createdAt_idx" ON "AuditLogEntry"("entityType", "entityId", "createdAt");

