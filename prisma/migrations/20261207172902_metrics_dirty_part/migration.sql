-- A dirty day names the part of its rollups that is out of date, so a hint seen rebuilds only the help sessions of
-- the day and a survey answered only its contacts (server/domain/metrics/metrics-rollup.ts).
ALTER TABLE "MetricsDirtyDay" ADD COLUMN "part" TEXT NOT NULL DEFAULT 'contacts';
-- Marks written before this migration meant the whole day.
INSERT INTO "MetricsDirtyDay" ("day", "part") SELECT "day", 'sessions' FROM "MetricsDirtyDay";
ALTER TABLE "MetricsDirtyDay" ALTER COLUMN "part" DROP DEFAULT,
  ADD CONSTRAINT "MetricsDirtyDay_part_check" CHECK ("part" IN ('contacts', 'sessions'));

-- Written by hand from here: the triggers of migration metrics-rollups, each now saying which part it marks.

CREATE FUNCTION metrics_mark_day(at timestamp, parts text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "MetricsDirtyDay" ("day", "part") SELECT metrics_day(at), p FROM unnest(parts) p WHERE at IS NOT NULL
$$;

-- A session seen on a new day: its earlier days counted it as a one-day session and must be recomputed.
CREATE OR REPLACE FUNCTION metrics_touch_session(key text, at timestamp) RETURNS void LANGUAGE plpgsql AS $$
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
  INSERT INTO "MetricsDirtyDay" ("day", "part")
    SELECT g::date, 'sessions' FROM generate_series(span."firstDay", span."lastDay", interval '1 day') g;
  UPDATE "HelpSessionSpan" SET "firstDay" = LEAST("firstDay", d), "lastDay" = GREATEST("lastDay", d)
    WHERE "sessionKey" = key;
END
$$;

-- A chat, hint impression or article view: the parts its trigger names (TG_ARGV) of its own day, and its session
-- seen that day.
CREATE OR REPLACE FUNCTION metrics_fact_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM metrics_mark_day(OLD."createdAt", TG_ARGV); END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM metrics_mark_day(NEW."createdAt", TG_ARGV);
    PERFORM metrics_touch_session(NEW."sessionKey", NEW."createdAt");
  END IF;
  RETURN NULL;
END
$$;

DROP TRIGGER "Chat_metrics_insert_delete" ON "Chat";
CREATE TRIGGER "Chat_metrics_insert_delete" AFTER INSERT OR DELETE ON "Chat"
  FOR EACH ROW EXECUTE FUNCTION metrics_fact_changed('contacts', 'sessions');
DROP TRIGGER "Chat_metrics_update" ON "Chat";
-- Only the columns the metrics read: a new message (lastSeq) or a context change marks nothing.
CREATE TRIGGER "Chat_metrics_update" AFTER UPDATE ON "Chat" FOR EACH ROW
  WHEN ((OLD."kind", OLD."channel", OLD."sessionKey", OLD."operatorId", OLD."createdAt", OLD."queuedAt",
         OLD."assignedAt", OLD."operatorSince", OLD."firstResponseAt", OLD."firstResponderId", OLD."closedAt",
         OLD."missedById", OLD."passedOverIds")
    IS DISTINCT FROM (NEW."kind", NEW."channel", NEW."sessionKey", NEW."operatorId", NEW."createdAt", NEW."queuedAt",
         NEW."assignedAt", NEW."operatorSince", NEW."firstResponseAt", NEW."firstResponderId", NEW."closedAt",
         NEW."missedById", NEW."passedOverIds"))
  EXECUTE FUNCTION metrics_fact_changed('contacts', 'sessions');
DROP TRIGGER "HintImpression_metrics" ON "HintImpression";
CREATE TRIGGER "HintImpression_metrics" AFTER INSERT OR DELETE ON "HintImpression"
  FOR EACH ROW EXECUTE FUNCTION metrics_fact_changed('sessions');
DROP TRIGGER "HelpArticleView_metrics" ON "HelpArticleView";
CREATE TRIGGER "HelpArticleView_metrics" AFTER INSERT OR DELETE ON "HelpArticleView"
  FOR EACH ROW EXECUTE FUNCTION metrics_fact_changed('sessions');

-- Surveys, follow-ups and self-service contacts are read by the contacts' rollups only.
CREATE OR REPLACE FUNCTION metrics_mark_contact_day(chat text, contact text) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "MetricsDirtyDay" ("day", "part")
    SELECT metrics_day(c."createdAt"), 'contacts' FROM "Chat" c WHERE c."id" = chat
    UNION ALL
    SELECT metrics_day(s."createdAt"), 'contacts' FROM "SelfServiceContact" s WHERE s."id" = contact
$$;

CREATE OR REPLACE FUNCTION metrics_contact_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM metrics_mark_day(OLD."createdAt", ARRAY['contacts']); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM metrics_mark_day(NEW."createdAt", ARRAY['contacts']); END IF;
  RETURN NULL;
END
$$;

DROP FUNCTION metrics_mark_day(timestamp);
