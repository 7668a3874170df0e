/** A task's colour on the mastery map, from its recall (0–1, null when nothing was answered yet). */
export type MasteryLevel = "none" | "low" | "mid" | "high";

/** The recall as the tile prints it: a whole percent. */
export function recallPercent(recall: number): number {
  return Math.round(recall * 100);
}

/**
 * Red under 60 %, yellow from 60 % to under 80 %, green from 80 %, as the legend says: judged on the percent the
 * tile shows, so a tile reading "60%" is never red (0.596 printed as 60 % used to be).
 */
export function masteryLevel(recall: number | null): MasteryLevel {
  if (recall === null) return "none";
  const percent = recallPercent(recall);
  if (percent < 60) return "low";
  if (percent < 80) return "mid";
  return "high";
}
