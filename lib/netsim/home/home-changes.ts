import type { Change, Scenario } from '../schema';

/** Home-router changes; returns a reason when one cannot be applied. */
export function applyHome(s: Scenario, c: Change): string | null {
  void s; void c;
  return 'unknown change';
}
