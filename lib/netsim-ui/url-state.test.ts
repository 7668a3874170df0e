import { describe, expect, it } from "vitest";
import { decodePlayerState, encodePlayerState, readVariantSeed, toggleChoice } from "@/lib/netsim-ui/url-state";

describe("player URL state", () => {
  it("reads the forum's link format: choices, OS and a 1-based step", () => {
    const state = decodePlayerState(new URLSearchParams("choices=C,A&os=linux&step=4"), ["A", "B", "C"]);
    expect(state).toEqual({ choices: ["A", "C"], os: "linux", step: 3, flow: 0 });
  });

  it("drops letters the scenario lacks, unknown OSes and malformed steps", () => {
    const state = decodePlayerState({ choices: "A,Z,a,AA", os: "beos", step: "-2" }, ["A", "B"]);
    expect(state).toEqual({ choices: ["A"], os: null, step: 0, flow: 0 });
  });

  it("round-trips a state and leaves defaults out", () => {
    const state = { choices: ["A", "C", "F"], os: "windows-xp" as const, step: 6, flow: 2 };
    const query = encodePlayerState(state);
    expect(query).toBe("choices=A,C,F&os=windows-xp&step=7&flow=2");
    expect(decodePlayerState(new URLSearchParams(query), ["A", "C", "F"])).toEqual(state);
    expect(encodePlayerState({ choices: [], os: null, step: 0, flow: 0 })).toBe("");
  });

  it("carries a variant's seed (類題) and ignores a malformed or out-of-range one", () => {
    const state = { choices: ["B"], os: null, step: 0, flow: 0, seed: 1234 };
    const query = encodePlayerState(state);
    expect(query).toBe("seed=1234&choices=B");
    expect(decodePlayerState(new URLSearchParams(query), ["A", "B"])).toEqual(state);
    expect(decodePlayerState({ seed: "-1" }, []).seed).toBeUndefined();
    expect(decodePlayerState({ seed: "4294967295" }, []).seed).toBeUndefined();
    expect(readVariantSeed({ seed: "2147483647" })).toBe(2147483647);
  });

  it("toggles a choice on and off, keeping the letters sorted", () => {
    expect(toggleChoice(["C"], "A")).toEqual(["A", "C"]);
    expect(toggleChoice(["A", "C"], "A")).toEqual(["C"]);
  });
});
