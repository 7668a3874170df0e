// Checks on a request before Next.js decodes it (issue #10, findings 7 and 8), so bad input gets a 4xx with a clear
// message instead of a 500 from deep inside the framework. Pure: the app server's gate (scripts/lib/request-gate.ts)
// and the proxy (proxy.ts) hand in what they read.

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

// React's reply encoding marks special values with a leading "$". Plain values any part may hold: an escaped "$",
// undefined, NaN, ±Infinity, -0, dates, big integers, and a FormData's field prefix ($K, empty when it has no fields).
const plainMarker = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n-?\d+$|K[0-9a-f]*$)/;
// References to another numbered part of a multipart reply: outlined values, promises, Maps, Sets, blobs, iterators.
const partReference = /^\$[@QWBi]?([0-9a-f]+)$/;

/** A "$" marker the decoder would choke on: unknown, or a reference to a part the request does not have. */
function badMarker(value: unknown, hasPart: (id: number) => boolean): string | null {
  if (typeof value === "string") {
    if (!value.startsWith("$") || plainMarker.test(value)) return null;
    const reference = partReference.exec(value);
    return reference?.[1] && hasPart(Number.parseInt(reference[1], 16)) ? null : value;
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      const bad = badMarker(item, hasPart);
      if (bad !== null) return bad;
    }
  } else if (value !== null && typeof value === "object") {
    for (const item of Object.values(value)) {
      const bad = badMarker(item, hasPart);
      if (bad !== null) return bad;
    }
  }
  return null;
}

/**
 * A part of an action's arguments the decoder can take: JSON, not nested absurdly deep, and with no marker it cannot
 * resolve (`hasPart` says which other parts exist: none for a text/plain body).
 */
export function jsonProblem(text: string, hasPart: (id: number) => boolean = () => false): RequestProblem | null {
  if (jsonDepth(text) > maxJsonDepth)
    return { status: 400, message: `The request nests deeper than ${maxJsonDepth} levels.` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { status: 400, message: "The request body is not valid JSON." };
  }
  const bad = badMarker(value, hasPart);
  return bad === null
    ? null
    : { status: 400, message: `The request holds a value that cannot be decoded (${bad.slice(0, 20)}).` };
}

/** Content types a server action is sent with: text/plain (fetch with encoded arguments), multipart and URL-encoded forms. */
export function actionContentTypeProblem(contentType: string | null): RequestProblem | null {
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "text/plain" || type === "multipart/form-data" || type === "application/x-www-form-urlencoded")
    return null;
  return {
    status: 415,
    message: "A server action takes text/plain, multipart/form-data or application/x-www-form-urlencoded.",
  };
}

/**
 * What a server action's request says before its body is read: a cross-site one is refused with 403 (Next.js would
 * throw a 500), a mistyped one with 415.
 */
export function actionHeaderProblem(headers: HeaderReader): RequestProblem | null {
  if (isCrossSite(headers)) return { status: 403, message: "Cross-site requests are refused." };
  return actionContentTypeProblem(headers.get("content-type"));
}

/**
 * A server action's whole body (at most maxBodyBytes, the reader's limit), checked as the decoder will read it:
 * a text/plain body is one JSON reply; a multipart body holds React's reply parts, numbered fields of JSON.
 */
export async function actionBodyProblem(contentType: string, body: Uint8Array): Promise<RequestProblem | null> {
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "text/plain") return jsonProblem(new TextDecoder().decode(body));
  if (type !== "multipart/form-data") return null;
  const form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } })
    .formData()
    .catch(() => null);
  if (!form) return { status: 400, message: "The multipart body cannot be read." };
  const hasPart = (id: number) => form.has(String(id));
  for (const [name, value] of form)
    if (/^\d+$/.test(name) && typeof value === "string") {
      const problem = jsonProblem(value, hasPart);
      if (problem) return problem;
    }
  return null;
}
