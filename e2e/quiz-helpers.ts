// Shared by the quiz specs: the answer key from the database (tests must know it; the browser must not), the test
// clock, and screenshots.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { setTestClockOffset } from "../lib/testing/test-clock";
import { testDb } from "./fixtures/db";

/** Moves every app server's clock to real time + offset, without sleeping (the one implementation: lib/testing). */
export async function setServerClockOffset(offsetMs: number): Promise<void> {
  await setTestClockOffset(testDb(), offsetMs);
}

export type ItemKey = {
  position: number;
  questionId: string;
  choose: number;
  key: string[];
  wrong: string[];
  secrets: string[];
};

/** HTML as plain text: tags and entities become spaces, runs of space one. */
function plainText(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&[a-z#0-9]+;/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A distinctive run of text, to search for in HTML and RSC payloads. */
function textSnippet(html: string): string {
  return plainText(html).slice(0, 24);
}

/** Each item of an attempt with its key, a wrong answer of the right size, and explanation snippets. */
export async function itemKeys(attemptId: string): Promise<ItemKey[]> {
  const items = await testDb().attemptItem.findMany({
    where: { attemptId },
    orderBy: { position: "asc" },
    select: {
      position: true,
      questionId: true,
      question: {
        select: {
          choose: true,
          texts: { select: { stemHtml: true, explanationHtml: true } },
          choices: {
            orderBy: { position: "asc" },
            select: { letter: true, isCorrect: true, texts: { select: { html: true, explanationHtml: true } } },
          },
        },
      },
    },
  });
  return items.map((item) => {
    const key = item.question.choices.filter((choice) => choice.isCorrect).map((choice) => choice.letter);
    const others = item.question.choices.filter((choice) => !choice.isCorrect).map((choice) => choice.letter);
    const wrong = [...others.slice(0, 1), ...key.slice(0, item.question.choose - 1)].sort();
    // What the page shows before grading (stem and choices), as plain text: a snippet found there is no secret (an
    // explanation may open with the service a choice names).
    const shown = [
      ...item.question.texts.map((text) => plainText(text.stemHtml)),
      ...item.question.choices.flatMap((choice) => choice.texts.map((text) => plainText(text.html))),
    ].join("\n");
    const secrets = [
      ...item.question.texts.map((text) => textSnippet(text.explanationHtml)),
      ...item.question.choices.flatMap((choice) => choice.texts.map((text) => textSnippet(text.explanationHtml))),
    ].filter((snippet) => snippet.length >= 8 && !shown.includes(snippet));
    return { position: item.position, questionId: item.questionId, choose: item.question.choose, key, wrong, secrets };
  });
}

export function letterIndex(letter: string): number {
  return letter.charCodeAt(0) - "A".charCodeAt(0);
}

/** Full-page screenshot into e2e/.artifacts/ (git-ignored), for a human to look at. */
export async function snap(page: Page, name: string): Promise<void> {
  const dir = path.join(import.meta.dirname, ".artifacts");
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/**
 * Records the body of every server action reply the page receives (POST with a Next-Action header). Routed through
 * the test, so the body is kept even when the page navigates right after (a redirecting action).
 */
export async function recordActionReplies(page: Page): Promise<string[]> {
  const bodies: string[] = [];
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    const response = await route.fetch();
    const body = await response.text();
    bodies.push(body);
    await route.fulfill({ response, body });
  });
  return bodies;
}

/** The computed top margin of the first element `locator` finds (spacing checks: "starts at its card's padding"). */
export function firstMarginTop(locator: Locator): Promise<string> {
  return locator.first().evaluate((element) => getComputedStyle(element).marginTop);
}
