/**
 * MAP-E port set (RFC 7597 §5.1): with PSID offset a, PSID length k and m = 16 - a - k, the CE may use
 * ports (A << (16 - a)) | (PSID << m) | j for A = 1 .. 2^a - 1 (A = 0 excluded, so 0-1023 are never used
 * with the default a = 6 [VERIFY §5.1]) and j = 0 .. 2^m - 1. Returned as intervals (H-6).
 */
import { portSetFrom, type PortSet } from "../core/port-set";

export function mapEPortSet(psidOffset: number, psidLength: number, psid: number): PortSet {
  const m = 16 - psidOffset - psidLength;
  const ranges = [];
  const first = psidOffset > 0 ? 1 : 0;
  for (let a = first; a < 2 ** psidOffset; a++) {
    const from = a * 2 ** (16 - psidOffset) + psid * 2 ** m;
    ranges.push({ from, to: from + 2 ** m - 1 });
  }
  return portSetFrom(ranges);
}
