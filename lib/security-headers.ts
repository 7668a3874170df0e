/**
 * The Content-Security-Policy for one response. Scripts run only with this request's nonce (Next.js puts it on its own
 * scripts when it reads the policy from the request), so injected markup cannot run script even if sanitizing failed.
 * Inline style attributes stay allowed: the SVG diagrams and React set them, and they cannot run code.
 */
export function contentSecurityPolicy(nonce: string, { isDev = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
