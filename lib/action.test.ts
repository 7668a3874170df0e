// The action wrapper's error classification (issue #10, findings 5 and 7): a database outage is "temporarily
// unavailable, retrying" (never "please sign in"), pool exhaustion (P2028) is retryable, JSON sent to a form action is
// invalid input, and a bug still throws.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

const session = vi.hoisted(() => ({
  lookup: async (): Promise<unknown> => null,
  reference: async (): Promise<unknown> => ({ user: null }),
}));
vi.mock("@/lib/auth/session", () => ({
  getSessionUser: () => session.lookup(),
  getSessionReference: () => session.reference(),
}));
vi.mock("@/lib/i18n/server", () => ({ getLocale: async () => "en" }));

import { createAction, createFormAction } from "@/lib/action";
import { DatabaseUnavailableError } from "@/lib/db-errors";

const schema = z.object({ n: z.number() });
const prismaError = (code: string, message: string) =>
  Object.assign(new Error(message), { name: "PrismaClientKnownRequestError", code });

describe("createAction", () => {
  it("leaves the session to a use case that checks it itself: the cookie's session id, no user read", async () => {
    session.lookup = async () => {
      throw new Error("the user must not be read for this action");
    };
    session.reference = async () => ({ sessionId: "s1" });
    const action = createAction({ schema, session: "in-use-case" }, async (input, context) => ({
      n: input.n,
      session: context.session,
      locale: context.locale,
    }));
    expect(await action({ n: 1 })).toEqual({ ok: true, data: { n: 1, session: { sessionId: "s1" }, locale: "en" } });
    expect(await action({ n: "x" })).toMatchObject({ ok: false, fieldErrors: { n: [expect.any(String)] } });
    session.reference = async () => {
      throw new DatabaseUnavailableError();
    };
    expect(await action({ n: 1 })).toMatchObject({ ok: false, isRetryable: true });
  });

  beforeEach(() => {
    session.lookup = async () => ({ id: "u1", name: "u", role: "USER" });
    session.reference = async () => ({ user: null });
  });

  it("reports an unreadable session as unavailable and retryable, not as signed out", async () => {
    session.lookup = async () => {
      throw new DatabaseUnavailableError();
    };
    const action = createAction({ schema, requireUser: true }, async () => "never");
    expect(await action({ n: 1 })).toEqual({
      ok: false,
      message: "The server cannot reach its database for the moment. Retrying automatically.",
      isRetryable: true,
    });
  });

  it("reports PostgreSQL down (P1001) and pool exhaustion (P2028) in the use case as retryable", async () => {
    for (const error of [
      prismaError("P1001", "Can't reach database server"),
      prismaError("P2028", "Transaction API error: Unable to start a transaction in the given time."),
    ]) {
      const action = createAction({ schema, requireUser: true }, async () => {
        throw error;
      });
      expect(await action({ n: 1 })).toMatchObject({ ok: false, isRetryable: true });
    }
  });

  it("still says sign in when there is no session, and still throws bugs", async () => {
    session.lookup = async () => null;
    expect(await createAction({ schema, requireUser: true }, async () => 1)({ n: 1 })).toEqual({
      ok: false,
      message: "Please sign in to do this.",
    });
    session.lookup = async () => ({ id: "u1", name: "u", role: "USER" });
    await expect(
      createAction({ schema }, async () => {
        throw new TypeError("bug");
      })({ n: 1 }),
    ).rejects.toThrow("bug");
  });

  it("a form action given anything but FormData answers invalid input", async () => {
    const formAction = createFormAction(
      createAction({ schema: z.object({ n: z.string() }) }, async (input) => input.n),
    );
    expect(await formAction(null, { questionId: "saa-0001", body: "x" } as unknown as FormData)).toEqual({
      ok: false,
      message: "Please check what you entered.",
    });
    const form = new FormData();
    form.set("n", "7");
    expect(await formAction(null, form)).toEqual({ ok: true, data: "7" });
  });
});
