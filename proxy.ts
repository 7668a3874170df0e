import { NextResponse, type NextRequest } from "next/server";
import {
  actionContentTypeProblem,
  isCrossSite,
  jsonProblem,
  maxBodyBytes,
  type RequestProblem,
} from "@/lib/request-checks";
import { contentSecurityPolicy } from "@/lib/security-headers";

function refuse(problem: RequestProblem): NextResponse {
  return NextResponse.json({ ok: false, message: problem.message }, { status: problem.status });
}

/**
 * A server action's request, checked before Next.js decodes it (issue #10, finding 7): a cross-site one is refused
 * with 403 (Next.js would throw a 500), an oversized, malformed or mistyped body with 413/400/415.
 */
async function actionProblem(request: NextRequest): Promise<RequestProblem | null> {
  if (isCrossSite(request.headers)) return { status: 403, message: "Cross-site requests are refused." };
  const typeProblem = actionContentTypeProblem(request.headers.get("content-type"));
  if (typeProblem) return typeProblem;
  const type = request.headers.get("content-type") ?? "";
  // Next.js buffers the body for the proxy, so reading a clone leaves it intact for the action.
  if (type.startsWith("multipart/form-data")) {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    if (!form) return { status: 400, message: "The multipart body cannot be read." };
    // React's reply parts: numbered fields holding JSON.
    const hasPart = (id: number) => form.has(String(id));
    for (const [name, value] of form)
      if (/^\d+$/.test(name) && typeof value === "string") {
        const problem = jsonProblem(value, hasPart);
        if (problem) return problem;
      }
    return null;
  }
  const text = await request.clone().text();
  if (text.length > maxBodyBytes)
    return { status: 413, message: `The request body is larger than ${maxBodyBytes} bytes.` };
  return type.startsWith("text/plain") ? jsonProblem(text) : null;
}

// Runs before every page: a fresh CSP nonce per request, HSTS over HTTPS, and the checks of server-action requests.
// Authorization is not decided here: every use case checks the user itself (see lib/permissions.ts), so a route the
// matcher misses is still protected.
export async function proxy(request: NextRequest) {
  if (request.method === "POST" && request.headers.has("next-action")) {
    const problem = await actionProblem(request);
    if (problem) return refuse(problem);
    // An action's reply is data, not a page: no nonce or CSP to compute for it.
    return NextResponse.next();
  }
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
  // Server action calls too: their bodies are checked above before Next.js decodes them (the checks cost each answer a
  // little; the bad-input table in e2e/bad-input.spec.ts depends on them).
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
