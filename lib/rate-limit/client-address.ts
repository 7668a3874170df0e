// The client's address for rate limits (issue #10, finding 4). Pure: headers in, address out.
//
// The app server (scripts/serve.ts) puts the TCP peer's address in x-kaisetsu-peer-address, overwriting whatever a
// client sent. X-Forwarded-For is written by the client unless a proxy we trust rewrote it, so it is read only when
// configured:
//   KAISETSU_TRUSTED_PROXIES=10.0.0.5,10.0.0.6   peers that are our proxies: walk X-Forwarded-For from the right,
//                                                skipping trusted addresses; the first other one is the client
//   KAISETSU_TRUSTED_PROXY_HOPS=1                 that many proxies in front: the client is that many entries from
//                                                the right (each proxy appends the address it saw)
// Neither set: the peer address, whatever X-Forwarded-For says.

export const peerAddressHeader = "x-kaisetsu-peer-address";

type HeaderReader = { get(name: string): string | null };
type TrustConfig = {
  KAISETSU_TRUSTED_PROXIES?: string;
  KAISETSU_TRUSTED_PROXY_HOPS?: string;
  [name: string]: string | undefined;
};

function normalize(address: string): string {
  const trimmed = address.trim();
  return trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

export function clientAddress(headers: HeaderReader, env: TrustConfig = process.env): string {
  // Without our server in front (next dev), Next.js fills X-Forwarded-For from the socket when the client sent none.
  const peer =
    normalize(headers.get(peerAddressHeader) ?? headers.get("x-forwarded-for")?.split(",").at(-1) ?? "") || "unknown";
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map(normalize).filter(Boolean);
  const hops = Number(env.KAISETSU_TRUSTED_PROXY_HOPS ?? 0);
  if (Number.isInteger(hops) && hops > 0) return forwarded.at(-hops) ?? peer;
  const trusted = new Set((env.KAISETSU_TRUSTED_PROXIES ?? "").split(",").map(normalize).filter(Boolean));
  if (trusted.size === 0 || !trusted.has(peer)) return peer;
  for (let i = forwarded.length - 1; i >= 0; i--) {
    const hop = forwarded[i] as string;
    if (!trusted.has(hop)) return hop;
  }
  return forwarded[0] ?? peer;
}
