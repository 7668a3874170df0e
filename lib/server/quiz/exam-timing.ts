// How long a mock exam lasts: the exam's minutes (plus the extension when asked for), scaled to a shorter exam.

/** Minutes for `size` questions: a shorter exam keeps the full exam's pace, rounded up to whole minutes. */
export function examMinutes(
  exam: { questionCount: number; minutes: number; extensionMinutes: number },
  size: number,
  isExtended: boolean,
): number {
  const full = exam.minutes + (isExtended ? exam.extensionMinutes : 0);
  if (size >= exam.questionCount) return full;
  return Math.max(1, Math.ceil((full * size) / exam.questionCount));
}

/** The sizes offered for a shorter mock exam, below the full size. */
export function shortExamSizes(questionCount: number): number[] {
  return [5, 10, 20, 30].filter((size) => size < questionCount);
}
