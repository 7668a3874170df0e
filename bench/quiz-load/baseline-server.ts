// The baseline for bench/quiz-load.ts: a minimal node:http handler running the SAME use case as the practice answer
// server action (app/practice/actions.ts → answerPracticeAndReview: grading, then the review step for a signed-in
// learner) with the same steps around it as lib/action.ts: the language (cookie, else Accept-Language), the session
// (as the action reads it with `session: "in-use-case"`: Auth.js's cookie decrypted, its session id handed to the use
// case, whose grading statement checks it; nothing without the cookie), the zod schema, the requester (hashed
// practice cookie), the request's clock. Same Prisma client and pg pool (lib/db.ts). Nothing else: no React, no RSC
// encoding, no routing. So when the use case gets cheaper, both do.
import { register } from "node:module";
import http from "node:http";

register("./baseline-hooks.mjs", import.meta.url);
const { AppError } = await import("../../lib/errors");
const { errorText } = await import("../../lib/i18n/error-text");
const { isLocale, localeCookie, localeFromAcceptLanguage } = await import("../../lib/i18n/locales");
const { answerSchema } = await import("../../lib/quiz/schemas");
const { decode } = await import("next-auth/jwt");
const { answerPracticeAndReview } = await import("../../lib/server/review/answer-practice-and-review");
const { ANON_PRACTICE_COOKIE, hashAnonToken } = await import("../../lib/server/quiz/anon-practice-token");

function cookiesOf(cookieHeader: string | undefined): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (cookieHeader ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name) jar.set(name, decodeURIComponent(value.join("=")));
  }
  return jar;
}

/** The session id in the cookie, as getSessionReference reads it (that reads Next's cookies(), only inside Next). */
const SESSION_COOKIE = "authjs.session-token";
async function sessionIdOf(jar: Map<string, string>): Promise<string | null> {
  const value = jar.get(SESSION_COOKIE);
  if (!value) return null;
  const secret = process.env.AUTH_SECRET as string;
  const token = await decode({ token: value, secret: [secret], salt: SESSION_COOKIE }).catch(() => null);
  return typeof token?.sid === "string" ? token.sid : null;
}

async function readBody(request: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const server = http.createServer(async (request, response) => {
  const send = (status: number, body: unknown) => {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(JSON.stringify(body));
  };
  try {
    if (request.method !== "POST" || request.url !== "/answer") return send(404, { ok: false, message: "not found" });
    const jar = cookiesOf(request.headers.cookie);
    const chosen = jar.get(localeCookie);
    const locale = isLocale(chosen) ? chosen : localeFromAcceptLanguage(request.headers["accept-language"]);
    try {
      const sessionId = await sessionIdOf(jar);
      const parsed = answerSchema.safeParse(JSON.parse(await readBody(request)));
      if (!parsed.success) return send(200, { ok: false, message: "invalid input" });
      const token = jar.get(ANON_PRACTICE_COOKIE);
      const session = sessionId ? { id: sessionId, at: new Date() } : null;
      const requester = { userId: null, anonKeyHash: token ? hashAnonToken(token) : null, session };
      send(200, { ok: true, data: await answerPracticeAndReview(requester, parsed.data, locale, new Date()) });
    } catch (error) {
      if (error instanceof AppError) return send(200, { ok: false, message: errorText(error, locale) });
      throw error;
    }
  } catch (error) {
    console.error(error);
    send(500, { ok: false, message: "unexpected" });
  }
});

server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log("ready"));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
