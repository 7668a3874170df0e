import type { BankQuestion } from "../parse/load-bank";
import { problemAt, type Problem } from "../parse/problem";

/**
 * Hosts whose pages a question may cite. The check runs offline (CI has no network), so "bad link" means malformed,
 * not https, or not documentation we trust: a new host is added here on purpose, in review.
 */
export const DOCUMENTATION_HOSTS: readonly string[] = [
  "docs.aws.amazon.com",
  "aws.amazon.com",
  "repost.aws",
  "www.rfc-editor.org",
  "datatracker.ietf.org",
  "learn.microsoft.com",
  "kernel.org",
  "www.kernel.org",
  "docs.kernel.org",
  "man7.org",
  "developer.mozilla.org",
  "www.iana.org",
];

/** Why a link is not acceptable, or null when it is: well-formed https on a documentation host (mailto is allowed in text). */
export function findLinkProblem(url: string, options: { isMailtoAllowed: boolean }): string | null {
  if (options.isMailtoAllowed && /^mailto:[^@\s]+@[^@\s]+$/.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `bad link "${url}": not a complete URL (write https://…)`;
  }
  if (parsed.protocol !== "https:") return `bad link "${url}": only https:// links are allowed`;
  if (parsed.username || parsed.password) return `bad link "${url}": a link must not carry a user name or password`;
  if (!DOCUMENTATION_HOSTS.includes(parsed.hostname)) {
    return `bad link "${url}": ${parsed.hostname} is not a documentation host (${DOCUMENTATION_HOSTS.slice(0, 3).join(", ")}, …; see lib/content/check/check-links.ts)`;
  }
  return null;
}

/** Checks the references and the body links of every file of the bank. */
export function checkLinks(questions: readonly BankQuestion[]): Problem[] {
  const problems: Problem[] = [];
  for (const question of questions) {
    for (const file of [question.primary, ...question.translations]) {
      const referenceCount = file.frontMatter.references?.length ?? 0;
      file.links.forEach((link, index) => {
        // The first links are the front matter references: documentation only, no mailto.
        const reason = findLinkProblem(link.url, { isMailtoAllowed: index >= referenceCount });
        if (reason) problems.push(problemAt(file.file, link.position, reason));
      });
    }
  }
  return problems;
}
