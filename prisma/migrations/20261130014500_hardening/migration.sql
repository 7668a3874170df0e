-- Forum posts are rendered and analysed once, when written: the excerpt and the simulator links are stored.
ALTER TABLE "Post" ADD COLUMN "excerpt" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Post" ADD COLUMN "simulatorLinks" JSONB NOT NULL DEFAULT '[]';
-- Posts written before this migration: a plain excerpt without Markdown parsing (their cards come back when edited).
UPDATE "Post" SET "excerpt" = CASE
  WHEN char_length(btrim(regexp_replace("bodyMd", '\s+', ' ', 'g'))) > 140
    THEN left(btrim(regexp_replace("bodyMd", '\s+', ' ', 'g')), 139) || '…'
  ELSE btrim(regexp_replace("bodyMd", '\s+', ' ', 'g')) END;

-- One accepted answer per thread, enforced by the database (concurrent accepts cannot leave two).
UPDATE "Post" p SET "isAccepted" = false
  WHERE p."isAccepted" AND EXISTS (
    SELECT 1 FROM "Post" q WHERE q."threadId" = p."threadId" AND q."isAccepted" AND (q."createdAt", q."id") > (p."createdAt", p."id"));
CREATE UNIQUE INDEX "Post_one_accepted_per_thread" ON "Post"("threadId") WHERE "isAccepted";

-- The thread's post count is derived from the posts (it drifted under concurrent deletes and hides).
UPDATE "Thread" t SET "postCount" = (
  SELECT count(*) FROM "Post" p WHERE p."threadId" = t."id" AND p."deletedAt" IS NULL AND p."hiddenAt" IS NULL);

-- Idle session timeout: a session ends when it has not been used for 12 hours.
ALTER TABLE "Session" ADD COLUMN "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
