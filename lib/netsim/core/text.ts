/** Small helpers for the Japanese and English sentences attached to every step. */
import { ipToString, type IpAddress } from './address';
import { formatPortSet, size, type PortSet } from './port-set';
import type { Text } from './trace';

export const tx = (ja: string, en: string): Text => ({ ja, en });

export function ports(p: PortSet | null): string {
  return p === null ? '-' : formatPortSet(p);
}

export function ip(a: IpAddress): string {
  return ipToString(a);
}

export function dirJa(dir: 'inbound' | 'outbound'): string {
  return dir === 'inbound' ? 'インバウンド' : 'アウトバウンド';
}

/** A port set short enough for a sentence: "252 ports in 63 ranges (1096-1099, 2120-2123, …)" for long sets. */
export function portsBrief(p: PortSet): string {
  if (p.length <= 4) return formatPortSet(p);
  return `${size(p)} ports in ${p.length} ranges (${formatPortSet(p.slice(0, 2))}, …)`;
}
