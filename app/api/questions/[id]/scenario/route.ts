import { z } from "zod";
import { requestNow } from "@/lib/request-context";
import { getSessionUser } from "@/lib/auth/session";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { getI18n } from "@/lib/i18n/server";
import type { NetsimMessages } from "@/lib/i18n/messages/netsim";
import type { ScenarioResponse } from "@/lib/netsim-ui/dto";
import { findPlayerScenario } from "@/lib/server/netsim/get-player-scenario";
import { requesterFrom } from "@/lib/server/quiz/requester-from";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ id: z.string().regex(/^[a-z]+-\d{4}$/) });
/** Absent (null), or a non-negative 31-bit integer written in digits. */
const seedSchema = z
  .string()
  .regex(/^\d{1,10}$/)
  .transform(Number)
  .pipe(z.number().int().max(0x7fffffff))
  .nullable();

// The answer depends on who asks (their graded answers, their running exam): never stored by a cache. Every reply
// carries the simulator's texts in the reader's language (the player's chunk holds no messages of its own).
type Body = ScenarioResponse extends infer R ? (R extends unknown ? Omit<R, "messages"> : never) : never;
const replyIn =
  (messages: NetsimMessages) =>
  (body: Body, status = 200) =>
    Response.json({ ...body, messages } as ScenarioResponse, {
      status,
      headers: { "Cache-Control": "private, no-store", Vary: "Cookie" },
    });

/**
 * A question's scenario for the step-through player, with the simulator page's locks (findPlayerScenario): 200 with
 * the scenario and choices (never the key) once the requester's own answer is graded; 403 `locked` with the reason
 * (no graded answer, or the question is in their running mock exam); 404 for an unknown question or one without a
 * scenario; 400 for a malformed id. A read: it writes nothing (not even an overdue exam's expiry).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { locale, t } = await getI18n();
  const reply = replyIn(t.netsim);
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return reply({ error: "invalid-id" }, 400);
  // ?seed=N asks for a variant (類題) of the question, under the same lock.
  const seed = seedSchema.safeParse(new URL(request.url).searchParams.get("seed"));
  if (!seed.success) return reply({ error: "invalid-seed" }, 400);
  try {
    const user = await getSessionUser();
    const found = await findPlayerScenario(
      await requesterFrom(user),
      parsed.data.id,
      locale,
      await requestNow(),
      seed.data,
    );
    if (!found) return reply({ error: "not-found" }, 404);
    if (found.status === "none") return reply({ error: "no-scenario" }, 404);
    if (found.status === "locked") return reply({ error: "locked", reason: found.reason }, 403);
    return reply({ ...found, locale });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return reply({ error: "unavailable" }, 503);
    throw error;
  }
}
