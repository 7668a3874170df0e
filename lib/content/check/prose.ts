import type { Position } from "../parse/problem";
import type { Span } from "../parse/question-body";

/**
 * Prose of a Markdown source as one string, with the source offset of every character, so a rule that finds a phrase
 * can point at it. A line break between two Japanese characters vanishes (as it does on the page, see join-cjk-lines.ts),
 * any other line break becomes a space, and a blank line a newline; excluded spans (code) become a newline.
 */
export interface Prose {
  text: string;
  /** `offsets[i]` is the source offset of `text[i]`. */
  offsets: number[];
}

const WIDE = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

export function proseOf(source: string, span: Span, exclude: readonly Span[] = []): Prose {
  const chars: string[] = [];
  const offsets: number[] = [];
  const push = (char: string, offset: number) => {
    chars.push(char);
    offsets.push(offset);
  };
  let index = span.start;
  while (index < span.end) {
    const excluded = exclude.find((range) => range.start <= index && index < range.end);
    if (excluded) {
      push("\n", index);
      index = excluded.end;
      continue;
    }
    const char = source[index] ?? "";
    if (char !== "\n" && char !== "\r") {
      push(char, index);
      index += 1;
      continue;
    }
    // A line break: skip the break, blank lines and the next line's indentation.
    let next = index;
    let breaks = 0;
    while (next < span.end && /[\s]/.test(source[next] ?? "")) {
      if (source[next] === "\n") breaks += 1;
      next += 1;
    }
    while (chars.length > 0 && /[ \t]/.test(chars[chars.length - 1] ?? "")) {
      chars.pop();
      offsets.pop();
    }
    const before = chars[chars.length - 1] ?? "";
    const after = source[next] ?? "";
    if (breaks > 1) push("\n", index);
    else if (!(WIDE.test(before) && WIDE.test(after))) push(" ", index);
    index = next;
  }
  return { text: chars.join(""), offsets };
}

/** 1-based line and column of a source offset. */
export function positionAtOffset(source: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < source.length; index += 1) {
    if (source[index] === "\n") {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Every index where a pattern (a string, or a global regular expression) occurs in a text. */
export function indicesOf(text: string, pattern: string | RegExp): { index: number; match: string }[] {
  const found: { index: number; match: string }[] = [];
  if (typeof pattern === "string") {
    for (let index = text.indexOf(pattern); index !== -1; index = text.indexOf(pattern, index + pattern.length)) {
      found.push({ index, match: pattern });
    }
    return found;
  }
  const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  for (const match of text.matchAll(global)) found.push({ index: match.index, match: match[0] });
  return found;
}
