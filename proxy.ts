import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/security-headers";

// Runs before every page: a fresh CSP nonce per request and HSTS over HTTPS. Not for server-action calls (see the
// matcher): their bodies are checked before Next.js decodes them by the app server's gate (scripts/lib/request-gate.ts,
// issue #10 finding 7), and an action's reply is data, not a page, with no nonce or CSP to compute.
// Authorization is not decided here: every use case checks the user itself (see lib/permissions.ts), so a route the
// matcher misses is still protected.
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, { isDev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  // Lets server components (the language switch) return the reader to the page they are on.
  requestHeaders.set("x-kaisetsu-path", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  // Served over HTTPS (directly, or by a TLS-terminating proxy): browsers keep to HTTPS for a year (ASVS 9.1.1).
  const protocol =
    request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? request.nextUrl.protocol.replace(":", "");
  if (protocol === "https") response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

export const config = {
  // Not server-action calls: running Next.js's proxy machinery for them (a web Request, a cloned body stream, a second
  // routing pass) cost each practice answer more CPU than grading it (issue #16). The gate checks them instead; the
  // bad-input table in e2e/bad-input.spec.ts holds it to that.
  matcher: [
    { source: "/((?!_next/static|_next/image|favicon.ico).*)", missing: [{ type: "header", key: "next-action" }] },
  ],
};
