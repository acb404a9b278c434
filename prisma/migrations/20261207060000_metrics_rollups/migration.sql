-- CreateTable
CREATE TABLE "MetricsDay" (
    "day" DATE NOT NULL,
    "kind" TEXT NOT NULL,
    "channel" "ChatChannel" NOT NULL,
    "chats" INTEGER NOT NULL,
    "escalated" INTEGER NOT NULL,
    "unanswered" INTEGER NOT NULL,
    "rated" INTEGER NOT NULL,
    "scoreSum" INTEGER NOT NULL,
    "score5" INTEGER NOT NULL,
    "score45" INTEGER NOT NULL,
    "npsAnswers" INTEGER NOT NULL,
    "npsPromoters" INTEGER NOT NULL,
    "npsDetractors" INTEGER NOT NULL,
    "cesAnswers" INTEGER NOT NULL,
    "cesSum" INTEGER NOT NULL,
    "cesEasy" INTEGER NOT NULL,
    "fcrAnswers" INTEGER NOT NULL,
    "fcrYes" INTEGER NOT NULL,
    "hourChats" INTEGER[],
    "reviewInvited" INTEGER NOT NULL,
    "reviewClicked" INTEGER NOT NULL,
    "followUps" INTEGER NOT NULL,
    "followUpsClosed" INTEGER NOT NULL,
    "followUpsClosedLate" INTEGER NOT NULL,
    "compensated" INTEGER NOT NULL,
    "compensationKopecks" BIGINT NOT NULL,

    CONSTRAINT "MetricsDay_pkey" PRIMARY KEY ("day","kind","channel")
);

-- CreateTable
CREATE TABLE "MetricsOperatorDay" (
    "day" DATE NOT NULL,
    "staffId" TEXT NOT NULL,
    "handled" INTEGER NOT NULL,
    "handlingCount" INTEGER NOT NULL,
    "handlingMs" BIGINT NOT NULL,
    "answeredRows" INTEGER NOT NULL,
    "answeredCount" INTEGER NOT NULL,
    "answeredMs" BIGINT NOT NULL,
    "ratingRows" INTEGER NOT NULL,
    "rated" INTEGER NOT NULL,
    "scoreSum" INTEGER NOT NULL,
    "score45" INTEGER NOT NULL,
    "cesAnswers" INTEGER NOT NULL,
    "cesSum" INTEGER NOT NULL,
    "fcrAnswers" INTEGER NOT NULL,
    "fcrYes" INTEGER NOT NULL,

    CONSTRAINT "MetricsOperatorDay_pkey" PRIMARY KEY ("day","staffId")
);

-- CreateTable
CREATE TABLE "MetricsDayCount" (
    "day" DATE NOT NULL,
    "figure" TEXT NOT NULL,
    "key" TEXT NOT NULL DEFAULT '',
    "bucket" INTEGER NOT NULL DEFAULT 0,
    "chats" INTEGER NOT NULL,
    "totalMs" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "MetricsDayCount_pkey" PRIMARY KEY ("day","figure","key","bucket")
);

-- CreateTable
CREATE TABLE "MetricsContainmentDay" (
    "day" DATE NOT NULL,
    "sessions" INTEGER NOT NULL,
    "contained" INTEGER NOT NULL,

    CONSTRAINT "MetricsContainmentDay_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "MetricsSessionDay" (
    "day" DATE NOT NULL,
    "sessionKey" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL,
    "reached" BOOLEAN NOT NULL,

    CONSTRAINT "MetricsSessionDay_pkey" PRIMARY KEY ("day","sessionKey")
);

-- CreateTable
CREATE TABLE "HelpSessionSpan" (
    "sessionKey" TEXT NOT NULL,
    "firstDay" DATE NOT NULL,
    "lastDay" DATE NOT NULL,

    CONSTRAINT "HelpSessionSpan_pkey" PRIMARY KEY ("sessionKey")
);

-- CreateTable
CREATE TABLE "MetricsDirtyDay" (
    "id" BIGSERIAL NOT NULL,
    "day" DATE NOT NULL,

    CONSTRAINT "MetricsDirtyDay_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MetricsDirtyDay_day_idx" ON "MetricsDirtyDay"("day");


-- Written by hand from here: what Prisma's schema cannot say.

-- The Moscow day of a stored UTC time (the zone has no daylight saving).
CREATE FUNCTION metrics_day(at timestamp) RETURNS date LANGUAGE sql STABLE AS $$
  SELECT (at AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Moscow')::date
$$;

-- Always appended, never merged into an existing row: a refresh deletes only the marks it read, so a mark
-- written while it recomputed survives for the next one.
CREATE FUNCTION metrics_mark_day(at timestamp) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "MetricsDirtyDay" ("day") SELECT metrics_day(at) WHERE at IS NOT NULL
$$;

-- A session seen on a new day: its earlier days counted it as a one-day session and must be recomputed.
CREATE FUNCTION metrics_touch_session(key text, at timestamp) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  d date := metrics_day(at);
  span "HelpSessionSpan"%ROWTYPE;
BEGIN
  IF key IS NULL THEN RETURN; END IF;
  -- The usual case, a session seen again the same day, takes no row lock.
  SELECT * INTO span FROM "HelpSessionSpan" WHERE "sessionKey" = key;
  IF FOUND AND d >= span."firstDay" AND d <= span."lastDay" THEN RETURN; END IF;
  INSERT INTO "HelpSessionSpan" ("sessionKey", "firstDay", "lastDay") VALUES (key, d, d)
    ON CONFLICT ("sessionKey") DO NOTHING;
  IF FOUND THEN RETURN; END IF;
  SELECT * INTO span FROM "HelpSessionSpan" WHERE "sessionKey" = key FOR UPDATE;
  IF d >= span."firstDay" AND d <= span."lastDay" THEN RETURN; END IF;
  INSERT INTO "MetricsDirtyDay" ("day")
    SELECT g::date FROM generate_series(span."firstDay", span."lastDay", interval '1 day') g;
  UPDATE "HelpSessionSpan" SET "firstDay" = LEAST("firstDay", d), "lastDay" = GREATEST("lastDay", d)
    WHERE "sessionKey" = key;
END
$$;

-- A chat, hint impression or article view: its own day, and its session seen that day.
CREATE FUNCTION metrics_fact_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM metrics_mark_day(OLD."createdAt"); END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM metrics_mark_day(NEW."createdAt");
    PERFORM metrics_touch_session(NEW."sessionKey", NEW."createdAt");
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Chat_metrics_insert_delete" AFTER INSERT OR DELETE ON "Chat"
  FOR EACH ROW EXECUTE FUNCTION metrics_fact_changed();
-- Only the columns the metrics read: a new message (lastSeq) or a context change marks nothing.
CREATE TRIGGER "Chat_metrics_update" AFTER UPDATE ON "Chat" FOR EACH ROW
  WHEN ((OLD."kind", OLD."channel", OLD."sessionKey", OLD."operatorId", OLD."createdAt", OLD."queuedAt",
         OLD."assignedAt", OLD."operatorSince", OLD."firstResponseAt", OLD."firstResponderId", OLD."closedAt",
         OLD."missedById", OLD."passedOverIds")
    IS DISTINCT FROM (NEW."kind", NEW."channel", NEW."sessionKey", NEW."operatorId", NEW."createdAt", NEW."queuedAt",
         NEW."assignedAt", NEW."operatorSince", NEW."firstResponseAt", NEW."firstResponderId", NEW."closedAt",
         NEW."missedById", NEW."passedOverIds"))
  EXECUTE FUNCTION metrics_fact_changed();

-- A self-service contact's survey and follow-up count on the contact's day, as the scans do.
CREATE FUNCTION metrics_mark_contact_day(chat text, contact text) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "MetricsDirtyDay" ("day")
    SELECT metrics_day(c."createdAt") FROM "Chat" c WHERE c."id" = chat
    UNION ALL
    SELECT metrics_day(s."createdAt") FROM "SelfServiceContact" s WHERE s."id" = contact
$$;

CREATE FUNCTION metrics_chat_child_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM metrics_mark_contact_day(OLD."chatId", OLD."selfServiceContactId"); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM metrics_mark_contact_day(NEW."chatId", NEW."selfServiceContactId"); END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Rating_metrics" AFTER INSERT OR UPDATE OR DELETE ON "Rating"
  FOR EACH ROW EXECUTE FUNCTION metrics_chat_child_changed();
CREATE TRIGGER "FollowUp_metrics" AFTER INSERT OR UPDATE OR DELETE ON "FollowUp"
  FOR EACH ROW EXECUTE FUNCTION metrics_chat_child_changed();

CREATE FUNCTION metrics_review_click_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM metrics_mark_contact_day(r."chatId", r."selfServiceContactId") FROM "Rating" r
    WHERE r."id" = CASE WHEN TG_OP = 'DELETE' THEN OLD."ratingId" ELSE NEW."ratingId" END;
  RETURN NULL;
END
$$;

CREATE TRIGGER "ReviewClick_metrics" AFTER INSERT OR DELETE ON "ReviewClick"
  FOR EACH ROW EXECUTE FUNCTION metrics_review_click_changed();

-- A contact deleted takes its rating and follow-up along (cascade), which then find no contact to mark: it marks
-- its own day.
CREATE FUNCTION metrics_contact_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM metrics_mark_day(OLD."createdAt"); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM metrics_mark_day(NEW."createdAt"); END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "SelfServiceContact_metrics" AFTER INSERT OR DELETE OR UPDATE OF "createdAt" ON "SelfServiceContact"
  FOR EACH ROW EXECUTE FUNCTION metrics_contact_changed();

CREATE TRIGGER "HintImpression_metrics" AFTER INSERT OR DELETE ON "HintImpression"
  FOR EACH ROW EXECUTE FUNCTION metrics_fact_changed();
CREATE TRIGGER "HelpArticleView_metrics" AFTER INSERT OR DELETE ON "HelpArticleView"
  FOR EACH ROW EXECUTE FUNCTION metrics_fact_changed();

-- Exact percentiles and SLA cut-offs read one bucket of raw values over the period (metrics-rollup.ts).
CREATE INDEX "Chat_firstResponse_bucket_idx" ON "Chat"
  ((ceil(EXTRACT(EPOCH FROM ("firstResponseAt" - "queuedAt")))::int), "createdAt")
  WHERE "queuedAt" IS NOT NULL AND "firstResponseAt" IS NOT NULL;
CREATE INDEX "Chat_handling_bucket_idx" ON "Chat"
  ((ceil(EXTRACT(EPOCH FROM ("closedAt" - "assignedAt")) / 60)::int), "createdAt")
  WHERE "assignedAt" IS NOT NULL AND "closedAt" IS NOT NULL;
-- Escalated chats still waiting for a reply: whether they are missed depends on "now", read live.
CREATE INDEX "Chat_waiting_idx" ON "Chat" ("createdAt")
  WHERE "queuedAt" IS NOT NULL AND "firstResponseAt" IS NULL AND "closedAt" IS NULL;
-- Open follow-ups: overdue against "now", read live.
CREATE INDEX "FollowUp_open_due_idx" ON "FollowUp" ("dueAt") WHERE "resolvedAt" IS NULL;

-- Existing data: every session's span, and every day with facts marked for the first refresh.
INSERT INTO "HelpSessionSpan" ("sessionKey", "firstDay", "lastDay")
  SELECT k, MIN(d), MAX(d) FROM (
    SELECT "sessionKey" AS k, metrics_day("createdAt") AS d FROM "HintImpression"
    UNION ALL SELECT "sessionKey", metrics_day("createdAt") FROM "HelpArticleView"
    UNION ALL SELECT "sessionKey", metrics_day("createdAt") FROM "Chat" WHERE "sessionKey" IS NOT NULL
  ) s GROUP BY k;
INSERT INTO "MetricsDirtyDay" ("day")
  SELECT metrics_day("createdAt") FROM "Chat"
  UNION SELECT metrics_day("createdAt") FROM "HintImpression"
  UNION SELECT metrics_day("createdAt") FROM "HelpArticleView"
  UNION SELECT metrics_day("createdAt") FROM "SelfServiceContact";
