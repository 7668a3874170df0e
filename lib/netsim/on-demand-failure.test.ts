import { describe, expect, it, vi } from "vitest";
import type * as Changes from "./on-demand-changes";

// The changes part's chunk fails to load while `state.fail` is set (offline, or a deploy between page and chunk).
const state = vi.hoisted(() => ({ fail: false }));
vi.mock("./on-demand-changes", async (importOriginal) => {
  const real = await importOriginal<typeof Changes>();
  return {
    get changeParts() {
      if (state.fail) throw new Error("chunk failed");
      return real.changeParts;
    },
  };
});

describe("an on-demand part whose chunk fails to load", () => {
  it("stays failed for every caller (no loop of attempts), until reloadOnDemandParts() tries again", async () => {
    vi.resetModules();
    state.fail = true;
    const onDemand = await import("./on-demand");
    const first = onDemand.loadOnDemandParts("changes");
    await expect(first).rejects.toThrow("chunk failed");
    expect(onDemand.loadOnDemandParts("changes")).toBe(first);
    expect(onDemand.areOnDemandPartsLoaded("changes")).toBe(false);
    state.fail = false;
    await onDemand.reloadOnDemandParts("changes");
    expect(onDemand.areOnDemandPartsLoaded("changes")).toBe(true);
    expect(onDemand.loadOnDemandParts("changes")).not.toBe(first);
  });
});
