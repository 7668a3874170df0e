import { describe, expect, it, vi } from "vitest";
import type * as English from "@/lib/i18n/messages/netsim-explain-en";
import { hasExplainLoadFailed, loadExplainMessages } from "./explain-messages";

// The English chunk fails to load until `state.fail` is cleared (offline, or a deploy between page and chunk).
const state = vi.hoisted(() => ({ fail: true }));
vi.mock("@/lib/i18n/messages/netsim-explain-en", async (importOriginal) => {
  const real = await importOriginal<typeof English>();
  return {
    get en() {
      if (state.fail) throw new Error("chunk failed");
      return real.en;
    },
  };
});

describe("the simulator's sentences when their chunk fails to load", () => {
  it("marks the language as failed (the placeholder then offers a retry), and a retry loads it", async () => {
    expect(hasExplainLoadFailed("en")).toBe(false);
    await expect(loadExplainMessages("en")).rejects.toThrow("chunk failed");
    expect(hasExplainLoadFailed("en")).toBe(true);
    expect(hasExplainLoadFailed("ja")).toBe(false);
    state.fail = false;
    const retry = loadExplainMessages("en");
    expect(hasExplainLoadFailed("en")).toBe(false);
    expect((await retry).terms.dir.inbound).toBeTruthy();
  });
});
