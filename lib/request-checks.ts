// Checks on a request before Next.js decodes it (issue #10, findings 7 and 8), so bad input gets a 4xx with a clear
// message instead of a 500 from deep inside the framework. Pure: the proxy (proxy.ts) hands in what it read.

export const maxBodyBytes = 1024 * 1024;
/** React's reply encoding nests a few levels per argument; nothing the app sends comes near this. */
export const maxJsonDepth = 32;

export type RequestProblem = { status: 400 | 403 | 413 | 415; message: string };

type HeaderReader = { get(name: string): string | null };

/**
 * A state-changing request from another site: the browser says so (Sec-Fetch-Site: cross-site) or its Origin names
 * another host than the one it was sent to. Requests without either header (curl, old browsers) are not browsers
 * carrying someone's cookies across sites, so they pass (the session cookie is SameSite=Lax anyway).
 */
export function isCrossSite(headers: HeaderReader): boolean {
  if (headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = headers.get("origin");
  if (!origin) return false;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  try {
    return origin === "null" || new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** The deepest nesting of arrays and objects in a JSON text, counted in one pass without parsing. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let isInString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (isInString) {
      if (char === 92 /* \ */) i++;
      else if (char === 34 /* " */) isInString = false;
    } else if (char === 34) isInString = true;
    else if (char === 91 /* [ */ || char === 123 /* { */) deepest = Math.max(deepest, ++depth);
    else if (char === 93 /* ] */ || char === 125 /* } */) depth--;
  }
  return deepest;
}

/** A JSON text the action decoder can take: it parses, and is not nested absurdly deep. */
export function jsonProblem(text: string): RequestProblem | null {
  if (jsonDepth(text) > maxJsonDepth) return { status: 400, message: `The request nests deeper than ${maxJsonDepth} levels.` };
  try {
    JSON.parse(text);
    return null;
  } catch {
    return { status: 400, message: "The request body is not valid JSON." };
  }
}

/** Content types a server action is sent with: text/plain (fetch with encoded arguments), multipart and URL-encoded forms. */
export function actionContentTypeProblem(contentType: string | null): RequestProblem | null {
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "text/plain" || type === "multipart/form-data" || type === "application/x-www-form-urlencoded") return null;
  return { status: 415, message: "A server action takes text/plain, multipart/form-data or application/x-www-form-urlencoded." };
}
