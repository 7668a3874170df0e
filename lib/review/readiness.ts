// "If the exam were today": an expected scaled score with a range, from the domain weights and the learner's recall.
// AWS does not publish its scaling, so this is an estimate and every screen that shows it says so.

/** Per domain: its weight (percent), the recall probability of each question seen, and how many it has in the bank. */
export type DomainRecall = { slug: string; weight: number; recalls: number[]; bankSize: number };

export type Readiness = {
  score: number;
  low: number;
  high: number;
  /** Questions seen across the domains: below MIN_SEEN the range is wide and the screen says so. */
  seen: number;
  byDomain: { slug: string; expected: number }[];
};

/** What an unseen question is worth: a guess among four choices is 0.25; 0.5 reflects a learner who studied some. */
const PRIOR = 0.5;
/** How many questions' worth of weight the prior carries in each domain. */
const PRIOR_WEIGHT = 4;
export const MIN_SEEN = 10;
const EXAM_QUESTIONS = 65;
const Z90 = 1.645;

function toScaled(fraction: number): number {
  return Math.round(100 + 900 * Math.min(1, Math.max(0, fraction)));
}

/**
 * Expected share right per domain = (sum of recall + prior) / (seen + prior weight); the exam's share is the
 * weight-averaged one, mapped linearly onto 100–1000. The 90% range adds the sampling of a 65-question exam to the
 * uncertainty of each domain's estimate (wider when few questions were seen).
 */
export function estimateReadiness(domains: DomainRecall[]): Readiness {
  const totalWeight = domains.reduce((sum, domain) => sum + domain.weight, 0) || 1;
  let expected = 0;
  let variance = 0;
  const byDomain = domains.map((domain) => {
    const share = domain.weight / totalWeight;
    const p =
      (domain.recalls.reduce((sum, recall) => sum + recall, 0) + PRIOR * PRIOR_WEIGHT) /
      (domain.recalls.length + PRIOR_WEIGHT);
    const questions = EXAM_QUESTIONS * share;
    expected += share * p;
    // Sampling of the exam's questions, plus the estimate's own spread (as a share of the exam).
    variance +=
      (questions * p * (1 - p)) / EXAM_QUESTIONS ** 2 +
      (share ** 2 * p * (1 - p)) / (domain.recalls.length + PRIOR_WEIGHT);
    return { slug: domain.slug, expected: p };
  });
  const spread = Z90 * Math.sqrt(variance);
  return {
    score: toScaled(expected),
    low: toScaled(expected - spread),
    high: toScaled(expected + spread),
    seen: domains.reduce((sum, domain) => sum + domain.recalls.length, 0),
    byDomain,
  };
}
