// Several app servers on one PostgreSQL: two `next start` processes on the built app, behind a small round-robin
// proxy on loopback (written here: each request goes to the next server in turn, and says which one answered).
// Shows that what a user relies on lives in PostgreSQL, not in one process: a session opened on one server is
// honoured, and revoked, on the other; an exam's autosave written through one is read through the other; its
// deadline (on the shared test clock) ends it on both; the sign-in rate limit counts attempts made on either.
import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => null }));
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { startExam } from "@/lib/server/quiz/start-exam";
import { startAppServer, type AppServer } from "../../scripts/lib/app-server";
import { ensureBuild, root } from "../../scripts/lib/build";
import { findFreePort } from "../../scripts/lib/embedded-postgres";
import { createQuizBank, deleteQuizBank, setClockOffset, testNow, type QuizBank } from "./quiz-fixtures";

// The e2e build folder of `npm test`: built here once, reused by the browser tests that run after.
const DIST_DIR = process.env.E2E_DIST_DIR ?? ".next-e2e";
const EMAIL = "multi-server@example.test";
const PASSWORD = "a long enough passphrase";
const MINUTE = 60_000;

type Proxy = { url: string; servedBy: string[]; close: () => Promise<void> };

/** A round-robin reverse proxy: request n goes to backend n mod 2; the reply carries `x-backend: A|B`. */
async function startProxy(backends: { name: string; url: string }[]): Promise<Proxy> {
  let next = 0;
  const servedBy: string[] = [];
  const server = http.createServer((request, response) => {
    const backend = backends[next++ % backends.length] as { name: string; url: string };
    servedBy.push(backend.name);
    const target = new URL(backend.url);
    // Headers pass unchanged, Host included: the servers see the proxy's address, as behind a real load balancer.
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: request.method, path: request.url, headers: request.headers },
      (reply) => {
        response.writeHead(reply.statusCode ?? 502, { ...reply.headers, "x-backend": backend.name });
        reply.pipe(response);
      },
    );
    upstream.on("error", (error) => {
      response.writeHead(502);
      response.end(String(error));
    });
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    servedBy,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A browser's cookie jar, reduced to what this test needs: name=value pairs, deleted when a reply expires them. */
class Browser {
  cookies = new Map<string, string>();
  constructor(readonly baseUrl: string) {}

  async request(
    pathname: string,
    init: RequestInit = {},
  ): Promise<{ status: number; backend: string; location: string; body: string }> {
    const headers = new Headers(init.headers);
    headers.set("cookie", [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    const response = await fetch(`${this.baseUrl}${pathname}`, { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const [name = "", ...value] = pair.split("=");
      const isExpired = attributes.some(
        (attribute) => /^\s*max-age=0\s*$/i.test(attribute) || /^\s*expires=thu, 01 jan 1970/i.test(attribute),
      );
      if (isExpired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.join("="));
    }
    return {
      status: response.status,
      backend: response.headers.get("x-backend") ?? "",
      location: response.headers.get("location") ?? "",
      body: await response.text(),
    };
  }

  /** Auth.js's credentials sign-in, as the sign-in form posts it (CSRF token first). */
  async signIn(email: string, password: string): Promise<{ status: number; backend: string; location: string }> {
    const csrf = JSON.parse((await this.request("/api/auth/csrf")).body) as { csrfToken: string };
    const form = new URLSearchParams({ csrfToken: csrf.csrfToken, email, password, callbackUrl: `${this.baseUrl}/` });
    return this.request("/api/auth/callback/credentials", {
      method: "POST",
      body: form,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
  }

  async signOut(): Promise<void> {
    const csrf = JSON.parse((await this.request("/api/auth/csrf")).body) as { csrfToken: string };
    await this.request("/api/auth/signout", {
      method: "POST",
      body: new URLSearchParams({ csrfToken: csrf.csrfToken, callbackUrl: `${this.baseUrl}/` }),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
  }

  /** Calls a server action the way the browser does: a POST to the page with the action's id. */
  async action(pagePath: string, actionId: string, input: unknown): Promise<{ backend: string; body: string }> {
    const reply = await this.request(pagePath, {
      method: "POST",
      body: JSON.stringify([input]),
      headers: {
        "next-action": actionId,
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
        origin: this.baseUrl,
      },
    });
    expect(reply.status).toBe(200);
    return reply;
  }
}

function actionId(exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(root, DIST_DIR, "server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string }> };
  const entry = Object.entries(manifest.node).find(([, action]) => action.exportedName === exportedName);
  if (!entry) throw new Error(`${exportedName} is not in the build's server reference manifest`);
  return entry[0];
}

/** Whether a page's RSC payload (JSON inside a script string, quotes escaped) says item 0 holds `letters`. */
const showsSelected = (html: string, letters: string[]) =>
  html.replace(/\\"/g, '"').includes(`"selected":${JSON.stringify(letters)}`);

let servers: AppServer[] = [];
let proxy: Proxy;
let bank: QuizBank;
let userId: string;

beforeAll(async () => {
  ensureBuild(DIST_DIR);
  bank = await createQuizBank("ms");
  userId = (
    await db.user.create({ data: { email: EMAIL, name: "Multi Server", passwordHash: await hashPassword(PASSWORD) } })
  ).id;
  const env = {
    DATABASE_URL: process.env.DATABASE_URL,
    AUTH_SECRET: "multi-server-secret-multi-server-secret",
    AUTH_TRUST_HOST: "true",
    NODE_ENV: "production",
    KAISETSU_TEST_HOOKS: "1",
    DATABASE_POOL_SIZE: "4",
  };
  const ports = [await findFreePort(), await findFreePort()];
  servers = await Promise.all(ports.map((port) => startAppServer({ port, distDir: DIST_DIR, isQuiet: true, env })));
  proxy = await startProxy(servers.map((server, index) => ({ name: index === 0 ? "A" : "B", url: server.url })));
}, 20 * MINUTE);

afterAll(async () => {
  await proxy?.close();
  await Promise.all(servers.map((server) => server.stop()));
  await setClockOffset(0);
  if (bank) await deleteQuizBank(bank);
  await db.rateLimit.deleteMany({ where: { key: { contains: "multi-server" } } });
  await db.user.deleteMany({ where: { email: EMAIL } });
});

describe("two app servers on one PostgreSQL behind a round-robin proxy", () => {
  it("honours a session on both servers, and a sign-out on one ends it on the other", async () => {
    const browser = new Browser(proxy.url);
    const signedIn = await browser.signIn(EMAIL, PASSWORD);
    expect(signedIn.status).toBe(302);
    expect(signedIn.location).not.toMatch(/error/);
    const pages = [await browser.request("/history"), await browser.request("/history")];
    expect(pages.map((page) => page.backend).sort()).toEqual(["A", "B"]);
    for (const page of pages) {
      expect(page.status).toBe(200);
      expect(page.body).toContain("Multi Server");
    }
    const stolen = new Map(browser.cookies); // the session cookie as it was, kept by someone after the sign-out
    await browser.signOut();
    expect(await db.session.count({ where: { userId } })).toBe(0);
    browser.cookies = stolen;
    const after = [await browser.request("/history"), await browser.request("/history")];
    expect(after.map((page) => page.backend).sort()).toEqual(["A", "B"]);
    for (const page of after) {
      expect(page.body).not.toContain("Multi Server");
      expect(page.body).toContain("/signin?callbackUrl=%2Fhistory"); // the page's "sign in to see your history"
    }
  });

  it("saves an exam answer through one server and shows it through the other; the deadline ends the exam on both", async () => {
    const browser = new Browser(proxy.url);
    expect((await browser.signIn(EMAIL, PASSWORD)).location).not.toMatch(/error/);
    const attemptId = await startExam(
      { userId, anonKeyHash: null },
      { examId: bank.examId, size: 3, isExtended: false },
      await testNow(),
    );
    const save = actionId("saveExamAnswerAction");
    const examPath = `/exam/${attemptId}`;

    const first = await browser.action(examPath, save, { attemptId, position: 0, selected: ["A"] });
    const readBack = await browser.request(examPath);
    expect(readBack.backend).not.toBe(first.backend);
    expect(showsSelected(readBack.body, ["A"])).toBe(true);
    const second = await browser.action(examPath, save, { attemptId, position: 0, selected: ["B"] });
    const readAgain = await browser.request(examPath);
    expect(readAgain.backend).not.toBe(second.backend);
    expect(showsSelected(readAgain.body, ["B"])).toBe(true);
    expect(
      (await db.attemptItem.findUniqueOrThrow({ where: { attemptId_position: { attemptId, position: 0 } } })).selected,
    ).toEqual(["B"]);

    // Past the deadline on the shared clock: a save is refused on whichever server gets it, and both show the report.
    await setClockOffset(3 * 60 * MINUTE);
    const late = [
      await browser.action(examPath, save, { attemptId, position: 1, selected: ["A"] }),
      await browser.action(examPath, save, { attemptId, position: 1, selected: ["A"] }),
    ];
    expect(late.map((reply) => reply.backend).sort()).toEqual(["A", "B"]);
    for (const reply of late) expect(reply.body).toMatch(/"ok":false/);
    expect(
      (await db.attemptItem.findUniqueOrThrow({ where: { attemptId_position: { attemptId, position: 1 } } })).selected,
    ).toEqual([]);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).status).toBe("EXPIRED");
    const reports = [await browser.request(examPath), await browser.request(examPath)];
    expect(reports.map((page) => page.backend).sort()).toEqual(["A", "B"]);
    for (const page of reports) expect(page.body).toContain('data-testid="raw-score"');
    await setClockOffset(0);
  });

  it("counts sign-in attempts made on either server against one limit", async () => {
    const browser = new Browser(proxy.url);
    const email = "nobody-multi-server@example.test";
    const backends = new Set<string>();
    // signInPerEmail allows 10 attempts per window; every sign-in is a CSRF GET then a POST, so the POSTs alternate too.
    for (let attempt = 1; attempt <= 10; attempt++) {
      const reply = await browser.signIn(email, "wrong password, wrong password");
      backends.add(reply.backend);
      expect(reply.location).toMatch(/error=CredentialsSignin/);
      expect(reply.location).not.toMatch(/rate_limited/);
      await browser.request("/api/health"); // shifts the round robin, so the next POST goes to the other server
    }
    expect([...backends].sort()).toEqual(["A", "B"]);
    const refused = await browser.signIn(email, "wrong password, wrong password");
    expect(refused.location).toMatch(/code=rate_limited/);
    await browser.request("/api/health");
    const refusedToo = await browser.signIn(email, PASSWORD);
    expect(refusedToo.location).toMatch(/code=rate_limited/);
    expect(new Set([refused.backend, refusedToo.backend]).size).toBe(2);
  });
});
