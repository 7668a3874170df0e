/**
 * ICMP has message types, not ports: the parameters a sentence about an ICMP packet uses instead of a port
 * (echo request: type 8, IPv6 128; echo reply: type 0, IPv6 129).
 */
import type { FactValue } from "./fact";
import type { Proto } from "./walk-state";

export function isIcmp(proto: Proto): boolean {
  return proto === "icmp" || proto === "icmpv6";
}

/** `{ icmpNumber, isEchoRequest | isEchoReply | isOtherIcmp }` for an ICMP packet, `{}` for TCP and UDP. */
export function icmpParams(p: { proto: Proto; icmpType?: number }): Record<string, FactValue> {
  if (!isIcmp(p.proto) || p.icmpType === undefined) return {};
  const t = p.icmpType;
  if (t === 8 || t === 128) return { icmpNumber: t, isEchoRequest: true };
  if (t === 0 || t === 129) return { icmpNumber: t, isEchoReply: true };
  return { icmpNumber: t, isOtherIcmp: true };
}
