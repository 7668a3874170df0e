import { describe, expect, it } from "vitest";
import { q30570 } from "@/lib/netsim/testing";
import { scenarioOf } from "@/lib/netsim/testing";
import { playerScenarioFrom, sandboxScenarioFrom } from "@/lib/netsim-ui/public-scenario";

describe("what of a scenario may leave the server", () => {
  const stored = JSON.parse(JSON.stringify(scenarioOf(q30570))) as unknown;

  it("gives the player the choices but never the key", () => {
    const scenario = playerScenarioFrom(stored);
    expect(scenario?.choices.A).toBeDefined();
    expect(scenario && "key" in scenario).toBe(false);
    expect(JSON.stringify(scenario)).not.toContain('"key"');
  });

  it("gives the sandbox neither choices nor key", () => {
    const scenario = sandboxScenarioFrom(stored);
    expect(scenario?.choices).toEqual({});
    expect(JSON.stringify(scenario)).not.toMatch(/"key"|addSgRule|addNaclRule/);
    expect(scenario?.goals[0]?.name).toBe("http");
  });

  it("refuses stored JSON that is no longer a scenario", () => {
    expect(playerScenarioFrom({ goals: "nope" })).toBeNull();
    expect(sandboxScenarioFrom(null)).toBeNull();
  });
});
