// The exam report's numbers: raw score, the per-domain breakdown and an ESTIMATED scaled score.

export type GradedItem = { domainId: string; isCorrect: boolean };
export type DomainScore = { domainId: string; correct: number; total: number };

/** Correct / total per domain, in the order of `domainIds` (domains without questions are kept with total 0). */
export function scoreByDomain(items: readonly GradedItem[], domainIds: readonly string[]): DomainScore[] {
  return domainIds.map((domainId) => {
    const mine = items.filter((item) => item.domainId === domainId);
    return { domainId, correct: mine.filter((item) => item.isCorrect).length, total: mine.length };
  });
}

/**
 * The raw share of questions that we assume sits at the pass line. AWS does not publish it: the real exam reports a
 * scaled score (100–1000, pass at 720) from a compensatory model with 15 unscored items and per-form equating,
 * none of which we can reproduce. 72% raw is the commonly assumed equivalent of 720; treat it as a guess.
 */
export const ASSUMED_CUT_RATIO = 0.72;
const SCALE_MIN = 100;
const SCALE_MAX = 1000;

/**
 * An ESTIMATE of the scaled score, piecewise linear through three anchors:
 *   0 correct → 100,  ASSUMED_CUT_RATIO of the questions correct → passingScore (720),  all correct → 1000.
 * So a raw score at the assumed cut maps exactly to the pass line, and the scale is monotonic either side of it.
 * The UI must present it as an estimate, never as the score AWS would give.
 */
export function estimateScaledScore(
  correct: number,
  total: number,
  passingScore: number,
  cutRatio = ASSUMED_CUT_RATIO,
): number {
  if (total <= 0) return SCALE_MIN;
  const ratio = Math.min(Math.max(correct / total, 0), 1);
  const scaled =
    ratio <= cutRatio
      ? SCALE_MIN + ((passingScore - SCALE_MIN) * ratio) / cutRatio
      : passingScore + ((SCALE_MAX - passingScore) * (ratio - cutRatio)) / (1 - cutRatio);
  return Math.round(scaled);
}

/** Percentage for display, 0 when there is nothing to divide. */
export function percent(correct: number, total: number): number {
  return total > 0 ? Math.round((correct / total) * 100) : 0;
}
