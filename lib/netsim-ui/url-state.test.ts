import { describe, expect, it } from "vitest";
import { decodePlayerState, encodePlayerState, toggleChoice } from "@/lib/netsim-ui/url-state";

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

  it("toggles a choice on and off, keeping the letters sorted", () => {
    expect(toggleChoice(["C"], "A")).toEqual(["A", "C"]);
    expect(toggleChoice(["A", "C"], "A")).toEqual(["C"]);
  });
});
