// Plain data shapes this domain's use cases return and its components render: no server imports, so the browser
// side may import them.
import type { Readiness } from "@/lib/review/readiness";
import type { TaskLabelKey, TaskStatementId } from "@/lib/review/task-statements";

export type ReviewStats = {
  /** Right answers among reviews of questions already in review (not first answers), last 30 days. */
  retention: { correct: number; total: number } | null;
  /** Questions due on each of the next 7 days, today first (overdue included today). */
  forecast: number[];
  cards: number;
  leeches: number;
};

export type TaskMastery = {
  task: TaskStatementId;
  labelKey: TaskLabelKey;
  domain: string;
  /** Live questions of this task in the bank. */
  total: number;
  seen: number;
  /** Mean FSRS recall of the questions seen (a day after the last answer at the earliest); null when none seen. */
  recall: number | null;
};

export type Mastery = { examId: string; tasks: TaskMastery[]; readiness: Readiness };

/** A wrong choice the learner picked, named by the misconception it plays on (content/misconceptions.yaml). */
export type MisconceptionNote = { letter: string; id: string; name: string; explanation: string };

export type MisconceptionSummary = {
  id: string;
  name: string;
  explanation: string;
  questionCount: number;
  timesPicked: number;
};

export type ExamTrendPoint = {
  attemptId: string;
  finishedAt: Date;
  scaled: number;
  correct: number;
  total: number;
  domains: Record<string, number>;
};

export type ExamTrend = { domains: { slug: string; title: string }[]; points: ExamTrendPoint[] };
