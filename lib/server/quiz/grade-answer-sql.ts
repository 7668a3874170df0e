import { createHash } from "node:crypto";
import type { CardRow } from "@/lib/review/fsrs";

// The practice answer as ONE statement (one round trip): it checks ownership, grades the selection against the stored
// key, records it idempotently, counts it on the round (closing the round with its score at the last answer), and
// returns the key and explanations only when the item is graded. Plain SQL text with positional parameters, so the use
// case (through Prisma) and bench/quiz-load.ts (the "minimal statement on raw pg" baseline) run the very same statement.
//
// Concurrency (READ COMMITTED): the item's UPDATE re-checks `"gradedAt" IS NULL` on the newest row version, so of two
// concurrent copies of one answer exactly one grades it; the round's counter UPDATE serializes on the round's row and
// re-reads it, so of two concurrent answers to the last two items exactly one sees `"gradedCount" + 1 = total`.
// A counter, not a recount: a statement's snapshot could not see the other answer's item.
//
// Integrity: the `feedback` column (key and explanations) is NULL unless the item was graded before or by this statement,
// and always NULL while the question sits in the requester's running mock exam (nothing is graded then either); so is
// `misconceptions` (the tags name wrong choices, so they reveal part of the key), which is also NULL for a right answer.
// `letters` and `choose` are public (the question page shows them); they let the caller explain a refused selection.

/**
 * $1 attempt id, $2 position, $3 requester user id (or null), $4 requester cookie hash (or null), $5 selection sorted,
 * $6 now (ISO), $7 the key of the variant (類題) the item served, derived on the server from (question id, seed), or
 * null for the question as written (graded against Choice.isCorrect), $8 whether the caller has derived the item's
 * variant (false on the first run: a variant item is then left ungraded and returned with its seed, `needsVariantKey`,
 * so the caller derives its key and runs the statement again with $8 true; a seed whose variant cannot be derived
 * any more is served, and so graded, as written). A plain question costs one round trip; a variant three.
 * $9 the digest of a signed-in action's session id (Session.sessionToken) or null, $10 the idle timeout and $11 the
 * touch interval in seconds (lib/server/accounts/sessions.ts), $12 the real time the session is checked at (ISO; not
 * $6, the request clock, which a test clock may move: sessions live in real time, as getSessionUser checks them): with
 * $9, the requester is that live session's user (authentication in the same round trip; $3 is then null), and the
 * row's `requesterId` says who that was.
 */
export const GRADE_ANSWER_SQL = `
WITH live_session AS (
  -- Authentication folded in (a signed-in action passes its session cookie's id digest, $9, not a user): the live
  -- session's user, as findSessionUser decides it (not past its expiry, used within the idle timeout $10 seconds).
  SELECT s."userId", s."lastSeenAt" FROM "Session" s
  WHERE $9::text IS NOT NULL AND s."sessionToken" = $9::text AND s.expires > $12::timestamp(3)
    AND s."lastSeenAt" > $12::timestamp(3) - make_interval(secs => $10::int)
),
touched AS (
  -- Its last use, written at most every $11 seconds (as findSessionUser does; runs whether or not the answer grades).
  UPDATE "Session" s SET "lastSeenAt" = $12::timestamp(3)
  FROM live_session l
  WHERE s."sessionToken" = $9::text AND l."lastSeenAt" <= $12::timestamp(3) - make_interval(secs => $11::int)
  RETURNING 1
),
requester AS (SELECT coalesce((SELECT "userId" FROM live_session), $3::text) AS "userId"),
target AS (
  SELECT i."attemptId", i.position, i."questionId", i."gradedAt", i.selected, i."isCorrect", a.mode::text AS mode, q.choose,
    i."variantSeed",
    -- A variant (類題) is graded only against the key the caller derived for it ($7); without one, the caller derives it.
    (i."variantSeed" IS NOT NULL AND NOT $8::boolean) AS "needsVariantKey",
    (SELECT array_agg(c.letter ORDER BY c.position) FROM "Choice" c WHERE c."questionId" = i."questionId") AS letters,
    coalesce($7::text[], (SELECT coalesce(array_agg(c.letter) FILTER (WHERE c."isCorrect"), '{}') FROM "Choice" c WHERE c."questionId" = i."questionId")) AS key,
    -- While the requester's own mock exam holding this question runs, practice neither grades it nor shows its key.
    (r."userId" IS NOT NULL AND EXISTS (
      SELECT 1 FROM "AttemptItem" e JOIN "Attempt" ea ON ea.id = e."attemptId"
      WHERE e."questionId" = i."questionId" AND ea."userId" = r."userId" AND ea.mode = 'EXAM' AND ea.status = 'IN_PROGRESS'
    )) AS "inRunningExam",
    r."userId" AS "requesterId"
  FROM "AttemptItem" i
  JOIN "Attempt" a ON a.id = i."attemptId"
  JOIN "Question" q ON q.id = i."questionId"
  CROSS JOIN requester r
  WHERE i."attemptId" = $1 AND i.position = $2
    AND CASE WHEN a."userId" IS NOT NULL THEN a."userId" = r."userId" ELSE a."anonKeyHash" = $4::text END
),
graded AS (
  UPDATE "AttemptItem" i
  SET selected = $5::text[], "isCorrect" = ($5::text[] <@ t.key AND t.key <@ $5::text[]), "answeredAt" = $6::timestamp(3), "gradedAt" = $6::timestamp(3)
  FROM target t
  WHERE i."attemptId" = t."attemptId" AND i.position = t.position AND i."gradedAt" IS NULL
    AND t.mode = 'PRACTICE'
    AND NOT t."inRunningExam"
    AND NOT t."needsVariantKey"
    AND cardinality($5::text[]) = t.choose
    AND $5::text[] <@ t.letters
    AND cardinality($5::text[]) = (SELECT count(DISTINCT letter) FROM unnest($5::text[]) AS letter)
  RETURNING i.selected, i."isCorrect"
),
counted AS (
  UPDATE "Attempt" a
  SET "gradedCount" = a."gradedCount" + 1,
      correct = CASE WHEN a.status = 'IN_PROGRESS' THEN coalesce(a.correct, 0) + g."isCorrect"::int ELSE a.correct END,
      status = CASE WHEN a.status = 'IN_PROGRESS' AND a."gradedCount" + 1 >= coalesce(a.total, (SELECT count(*) FROM "AttemptItem" WHERE "attemptId" = $1)) THEN 'SUBMITTED'::"AttemptStatus" ELSE a.status END,
      "finishedAt" = CASE WHEN a.status = 'IN_PROGRESS' AND a."gradedCount" + 1 >= coalesce(a.total, (SELECT count(*) FROM "AttemptItem" WHERE "attemptId" = $1)) THEN $6::timestamp(3) ELSE a."finishedAt" END
  FROM graded g
  WHERE a.id = $1
  RETURNING a.status
)
SELECT
  t."requesterId", t."questionId", t.mode, t.choose, t.letters, t."inRunningExam", t."variantSeed", t."needsVariantKey",
  (g.selected IS NOT NULL) AS "gradedNow",
  (t."gradedAt" IS NOT NULL) AS "gradedBefore",
  coalesce(g.selected, t.selected) AS selected,
  coalesce(g."isCorrect", t."isCorrect") AS "isCorrect",
  (SELECT count(*) FROM counted)::int AS counted,
  CASE WHEN NOT t."inRunningExam" AND NOT t."needsVariantKey" AND (g.selected IS NOT NULL OR t."gradedAt" IS NOT NULL) THEN (
    SELECT json_build_object(
      'hasScenario', q."hasScenario",
      'texts', (SELECT coalesce(json_agg(json_build_object('lang', qt.lang, 'explanationHtml', qt."explanationHtml", 'references', qt.references) ORDER BY qt.lang), '[]') FROM "QuestionText" qt WHERE qt."questionId" = q.id),
      'choices', (SELECT coalesce(json_agg(json_build_object('letter', c.letter, 'isCorrect', c."isCorrect",
          'texts', (SELECT coalesce(json_agg(json_build_object('lang', ct.lang, 'explanationHtml', ct."explanationHtml") ORDER BY ct.lang), '[]') FROM "ChoiceText" ct WHERE ct."choiceId" = c.id)
        ) ORDER BY c.position), '[]') FROM "Choice" c WHERE c."questionId" = q.id)
    ) FROM "Question" q WHERE q.id = t."questionId"
  ) END AS feedback,
  -- The misconceptions behind the wrong choices picked, for a wrong answer only (graded: isCorrect is NULL before).
  CASE WHEN NOT t."inRunningExam" AND NOT t."needsVariantKey" AND coalesce(g."isCorrect", t."isCorrect") = false THEN (
    SELECT coalesce(json_agg(json_build_object('letter', cm.letter, 'id', m.id, 'nameJa', m."nameJa", 'nameEn', m."nameEn",
        'explanationJa', m."explanationJa", 'explanationEn', m."explanationEn") ORDER BY cm.letter), '[]')
    FROM "ChoiceMisconception" cm JOIN "Misconception" m ON m.id = cm."misconceptionId"
    WHERE cm."questionId" = t."questionId" AND cm.letter = ANY(coalesce(g.selected, t.selected)) AND NOT cm.letter = ANY(t.key)
  ) END AS misconceptions,
  -- The signed-in requester's review card of the question as it was before this answer (the spaced-review step that
  -- follows needs it: read here, so that step is one write). Dates as epoch milliseconds (the columns hold UTC).
  CASE WHEN t."requesterId" IS NOT NULL AND NOT t."inRunningExam" AND NOT t."needsVariantKey" THEN (
    SELECT json_build_object('due', (extract(epoch FROM rc.due) * 1000)::float8, 'stability', rc.stability,
        'difficulty', rc.difficulty, 'scheduledDays', rc."scheduledDays", 'learningSteps', rc."learningSteps",
        'reps', rc.reps, 'lapses', rc.lapses, 'state', rc.state,
        'lastReview', (extract(epoch FROM rc."lastReview") * 1000)::float8, 'wrongCount', rc."wrongCount",
        'isLeech', rc."isLeech")
    FROM "ReviewCard" rc WHERE rc."userId" = t."requesterId" AND rc."questionId" = t."questionId"
  ) END AS "reviewCard"
FROM target t LEFT JOIN graded g ON true`;

/**
 * The statement as a NAMED prepared statement: each pooled connection parses and plans it once, then only binds and
 * executes it (the name carries a hash of the text, so a changed statement is prepared afresh).
 */
export function gradeAnswerQuery(params: GradeAnswerParams): { name: string; text: string; values: GradeAnswerParams } {
  return { name: STATEMENT_NAME, text: GRADE_ANSWER_SQL, values: params };
}
const STATEMENT_NAME = `kaisetsu_grade_answer_${createHash("sha256").update(GRADE_ANSWER_SQL).digest("hex").slice(0, 12)}`;

export type GradeAnswerParams = [
  attemptId: string,
  position: number,
  userId: string | null,
  anonKeyHash: string | null,
  selected: string[],
  at: string,
  variantKey: string[] | null,
  variantResolved: boolean,
  sessionDigest: string | null,
  idleSeconds: number,
  touchEverySeconds: number,
  sessionCheckedAt: string,
];

/** The key and explanation texts as the statement returns them (all languages; the caller picks one). */
export type StoredFeedback = {
  hasScenario: boolean;
  texts: { lang: string; explanationHtml: string; references: unknown }[];
  choices: { letter: string; isCorrect: boolean; texts: { lang: string; explanationHtml: string }[] }[];
};

/** A misconception tagged on a wrong choice the candidate picked, in both languages (the caller picks one). */
export type StoredMisconception = {
  letter: string;
  id: string;
  nameJa: string;
  nameEn: string;
  explanationJa: string;
  explanationEn: string;
};

/** The requester's review card before this answer, as the statement returns it (dates in epoch milliseconds). */
export type StoredReviewCard = Omit<CardRow, "due" | "lastReview"> & {
  due: number;
  lastReview: number | null;
  wrongCount: number;
  isLeech: boolean;
};

export type GradeAnswerRow = {
  /** The signed-in requester: $3, or the user of the live session $9; null when signed out (or the session is not live). */
  requesterId: string | null;
  questionId: string;
  mode: string;
  choose: number;
  letters: string[];
  inRunningExam: boolean;
  /** The variant (類題) the item served, or null for the question as written. */
  variantSeed: number | null;
  /** A variant item and no key given ($7 null): nothing was graded; derive the variant's key and run again. */
  needsVariantKey: boolean;
  gradedNow: boolean;
  gradedBefore: boolean;
  selected: string[];
  isCorrect: boolean | null;
  counted: number;
  feedback: StoredFeedback | null;
  misconceptions: StoredMisconception[] | null;
  /** Signed-in requester only: their card of the question before this answer (null: none yet). */
  reviewCard: StoredReviewCard | null;
};
