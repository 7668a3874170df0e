import { describe, expect, it, vi } from "vitest";
import { ftpNat, homeForward, q30570 } from "./fixtures/scenarios";
import { threeVpcHub } from "./fixtures/connect";
import { scenarioOf } from "./test-helpers";
import { analyzeChoices } from "./analysis/analyze";
import { simulate } from "./analysis/simulate";

/** A fresh copy of the simulator whose on-demand parts are not installed (the browser's state before loading). */
async function browserSimulator() {
  vi.resetModules();
  const onDemand = await import("./on-demand");
  const fresh = await import("./analysis/simulate");
  const analysis = await import("./analysis/analyze");
  return { ...onDemand, simulate: fresh.simulate, analyzeChoices: analysis.analyzeChoices };
}

describe("the simulator's on-demand parts", () => {
  it("are not needed by a single-VPC scenario: same results without them", async () => {
    const browser = await browserSimulator();
    expect(browser.areOnDemandPartsLoaded()).toBe(false);
    for (const text of [q30570, ftpNat]) {
      const scenario = scenarioOf(text);
      expect(browser.simulate(scenario)).toEqual(simulate(scenario));
      expect(browser.analyzeChoices(scenario)).toEqual(analyzeChoices(scenario));
    }
    expect(browser.areOnDemandPartsLoaded()).toBe(false);
  });

  it("stop a home-router or connected-network simulation with PartsNotLoaded, then give the same results once loaded", async () => {
    const browser = await browserSimulator();
    const scenarios = [scenarioOf(homeForward), scenarioOf(threeVpcHub)];
    for (const scenario of scenarios)
      expect(() => browser.simulate(scenario)).toThrow(
        expect.objectContaining({ name: "PartsNotLoaded", part: "networks" }),
      );
    await browser.loadOnDemandParts();
    expect(browser.areOnDemandPartsLoaded()).toBe(true);
    for (const scenario of scenarios) {
      expect(browser.simulate(scenario)).toEqual(simulate(scenario));
      expect(browser.analyzeChoices(scenario)).toEqual(analyzeChoices(scenario));
    }
  });

  it("apply a choice's changes and validate only once loaded: a baseline needs neither", async () => {
    const browser = await browserSimulator();
    const scenario = scenarioOf(q30570);
    const letters = Object.keys(scenario.choices).filter((letter) => (scenario.choices[letter] ?? []).length > 0);
    expect(letters.length).toBeGreaterThan(0);
    // The baseline and choices without changes apply nothing: no on-demand code.
    expect(browser.simulate(scenario, { choices: [] })).toEqual(simulate(scenario, { choices: [] }));
    expect(browser.applyChoices(scenario, []).scenario).toEqual(scenario);
    expect(() => browser.simulate(scenario, { choices: letters })).toThrow(
      expect.objectContaining({ name: "PartsNotLoaded", part: "changes" }),
    );
    expect(() => browser.validateScenario(scenario)).toThrow(browser.PartsNotLoaded);
    // The changes part alone: a single-VPC scenario never fetches the connected-network and home code.
    await browser.loadOnDemandParts("changes");
    expect(browser.simulate(scenario, { choices: letters })).toEqual(simulate(scenario, { choices: letters }));
    expect(browser.validateScenario(scenario)).toEqual([]);
    expect(browser.areOnDemandPartsLoaded("changes")).toBe(true);
    expect(browser.areOnDemandPartsLoaded("networks")).toBe(false);
  });

  it("load once: every call returns the same promise", async () => {
    const browser = await browserSimulator();
    expect(browser.loadOnDemandParts()).toBe(browser.loadOnDemandParts());
  });
});
