/**
 * An absolute URL on this site for links that leave it (mail). Taken from configuration, never from the request's
 * Host header, which a client writes (a reset link pointing at an attacker's host is the classic "reset poisoning").
 */
export function publicUrl(path: string, env: Record<string, string | undefined> = process.env): string {
  const base = env.KAISETSU_PUBLIC_URL || env.AUTH_URL || `http://localhost:${env.PORT || "3000"}`;
  return new URL(path, base.endsWith("/") ? base : `${base}/`).toString();
}
