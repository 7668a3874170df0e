// The offline list of common and breached passwords (ASVS 2.1.7): the ~49,000 most common passwords of public breach
// corpora, as shipped by @zxcvbn-ts/language-common (no network at run time). Loaded once, on first use.
import { dictionary } from "@zxcvbn-ts/language-common";

let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((password) => password.toLowerCase()));
  return common;
}

/**
 * True for a password from the list, also when it only pads a listed one with digits or symbols
 * ("password1234!", "!!qwerty2024") or repeats one ("monkeymonkey"), and for a run of two or three characters.
 */
export function isCommonPassword(password: string): boolean {
  const list = commonPasswords();
  const lower = password.normalize("NFKC").toLowerCase();
  if (list.has(lower)) return true;
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/gu, "");
  if (core.length >= 4 && list.has(core)) return true;
  for (let size = 1; size <= lower.length / 2; size++) {
    if (
      lower.length % size === 0 &&
      lower.slice(0, size).repeat(lower.length / size) === lower &&
      (size <= 3 || list.has(lower.slice(0, size)))
    )
      return true;
  }
  return new Set(lower).size <= 3;
}
