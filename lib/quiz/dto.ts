// Plain data shapes this domain's use cases return and its components render: no server imports, so the browser
// side may import them.
import type { Locale } from "@/lib/i18n/locales";
import type { PublicQuestion } from "@/lib/bank/dto";

/** The key and every explanation of a question: what a candidate sees AFTER grading, never before. */
export type GradedQuestion = {
  questionId: string;
  lang: Locale;
  keyLetters: string[];
  explanationHtml: string;
  references: { title: string; url: string }[];
  hasScenario: boolean;
  choices: { letter: string; isCorrect: boolean; explanationHtml: string }[];
  /** Set when the item served a variant (類題): the texts and key above are the variant's. */
  variantSeed?: number;
};

/** One graded item as shown to its owner: the key plus what they chose. */
export type Feedback = GradedQuestion & { position: number; selected: string[]; isCorrect: boolean };

export type ExamOption = {
  id: string;
  title: string;
  questionCount: number;
  minutes: number;
  extensionMinutes: number;
  sizes: { size: number; minutes: number }[];
  /** The fixed mock sets (模擬試験 N) and how often this learner has started each. */
  sets: { number: number; takenCount: number }[];
};

/** Every question of the exam as the report lists it; `status` drives the filters (wrong, unanswered, flagged, right). */
export type ReportItem = {
  position: number;
  questionId: string;
  domainTitle: string;
  status: "right" | "wrong" | "unanswered";
  isFlagged: boolean;
};

export type ExamReport = {
  attemptId: string;
  examId: string;
  /** From the start to the submission (or the deadline), and the time allowed. */
  timeUsedMs: number;
  minutesAllowed: number;
  items: ReportItem[];
  examTitle: string;
  /** The fixed mock set taken (模擬試験 N); null for a random draw. */
  setNumber: number | null;
  status: "SUBMITTED" | "EXPIRED";
  correct: number;
  total: number;
  passingScore: number;
  scaledEstimate: number;
  domains: { slug: string; title: string; correct: number; total: number }[];
  wrong: { position: number; questionId: string; domainTitle: string }[];
};

export type PracticeItemSummary = {
  position: number;
  questionId: string;
  isGraded: boolean;
  isCorrect: boolean | null;
};

export type PracticeRound = {
  attemptId: string;
  examId: string;
  items: PracticeItemSummary[];
  /** The question on screen, or null for the summary (every question answered and none asked for). */
  current: { position: number; question: PublicQuestion; feedback: Feedback | null } | null;
};

export type ExamSession = {
  attemptId: string;
  examTitle: string;
  deadlineAt: string; // ISO
  serverNow: string; // ISO: the client counts down from the server's time, not its own clock
  questions: PublicQuestion[];
  items: { position: number; selected: string[]; isFlagged: boolean }[];
};
