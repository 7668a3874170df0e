// The baseline for bench/quiz-load.ts: a minimal node:http handler doing the same database work as the practice
// answer server action — it calls the very same use case (answerPracticeQuestion) with the same requester rules
// (hashed practice cookie), zod schema and Prisma client, and nothing else: no React, no RSC encoding, no routing.
import { register } from "node:module";
import http from "node:http";

register("./baseline-hooks.mjs", import.meta.url);
const { AppError } = await import("../../lib/errors");
const { answerSchema } = await import("../../lib/quiz/schemas");
const { answerPracticeQuestion } = await import("../../lib/server/quiz/answer-practice-question");
const { ANON_PRACTICE_COOKIE, hashAnonToken } = await import("../../lib/server/quiz/anon-practice-token");

function tokenFrom(cookieHeader: string | undefined): string | null {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === ANON_PRACTICE_COOKIE) return decodeURIComponent(value.join("="));
  }
  return null;
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
    const parsed = answerSchema.safeParse(JSON.parse(await readBody(request)));
    if (!parsed.success) return send(200, { ok: false, message: "invalid input" });
    const token = tokenFrom(request.headers.cookie);
    const requester = { userId: null, anonKeyHash: token ? hashAnonToken(token) : null };
    send(200, { ok: true, data: await answerPracticeQuestion(requester, parsed.data, "ja", new Date()) });
  } catch (error) {
    if (error instanceof AppError) return send(200, { ok: false, message: error.message });
    console.error(error);
    send(500, { ok: false, message: "unexpected" });
  }
});

server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log("ready"));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
