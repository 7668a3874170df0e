/** Small helpers for the Japanese and English sentences attached to every step. */
import { ipToString, type IpAddress } from './address';
import { formatPortSet, type PortSet } from './port-set';
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
