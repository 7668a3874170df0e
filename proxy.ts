import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/security-headers";

// Runs before every page: a fresh CSP nonce per request. Authorization is not decided here: every use case checks
// the user itself (see lib/permissions.ts), so a route the matcher misses is still protected.
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
  return response;
}

export const config = {
  // Not for server action calls (a POST with a Next-Action header): their reply is data, not a page, so a nonce and a
  // CSP are of no use there, and skipping the proxy saves each answer a run of it.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)", missing: [{ type: "header", key: "next-action" }] }],
};
