// Plain data shapes this domain's use cases return and its components render: no server imports, so the browser
// side may import them.

/** One answer set ("B,D") and how many chose it; `isKey` marks the official key. */
export type AnswerSetCount = { letters: string[]; count: number; share: number; isKey: boolean };

export type CommunityAnswers = {
  /** What candidates chose when graded (practice, single questions and exams), one row per answer set. */
  graded: { total: number; sets: AnswerSetCount[] };
  /** What forum posts state ("I think the answer is …"), each author's latest live statement counted once. */
  stated: { total: number; sets: AnswerSetCount[] };
  /** The stated sets' favourite, when at least `minSupporters` agree on it. */
  communityTop: string[] | null;
  key: string[];
};
