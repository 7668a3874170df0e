/** simulate(): traces of every flow, per client OS, after applying the given choices. */
import { applyChoices } from "../on-demand";
import { compile, type Model } from "../aws/model";
import { OS_TABLE, expandOsSet } from "../core/operating-systems";
import { flowResultFor, walkFlow } from "./run-flow";
import type { Flow, OsId, Scenario } from "../scenario/schema";
import type { SimulationResult } from "./results";
import type { PortSet } from "../core/port-set";
import { goalsDown } from "./failures";

export type SimulateOptions = { choices?: string[]; clientOs?: OsId };

/** The OSes a flow must hold for, and the ephemeral range of each (a host's `ephemeralPorts` wins). */
export function flowOses(m: Model, s: Scenario, f: Flow): { os: OsId; ports: PortSet }[] {
  const eni = m.enis[f.from];
  const homeHost = s.home?.hosts[f.from];
  const fallback: OsId[] = eni ? [eni.os] : homeHost ? [homeHost.os] : (m.internet[f.from]?.os ?? ["linux"]);
  const list = expandOsSet(f.os, fallback);
  return list.map((os) => ({ os, ports: eni && f.os === undefined ? eni.ephemeral : OS_TABLE[os].ephemeral }));
}

export function flowName(f: Flow, role: "goal" | "forbidden", i: number): string {
  return f.name ?? `${role}-${i + 1}`;
}

/** Traces every goal and forbidden flow after applying the given choices' changes (invalid changes are skipped and listed). */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): SimulationResult {
  const applied = options.choices ?? [];
  const { scenario: s, invalid } = applyChoices(scenario, applied);
  const m = compile(s);
  const flows: SimulationResult["flows"] = [];
  const run = (list: Flow[], role: "goal" | "forbidden") =>
    list.forEach((f, i) => {
      const oses = options.clientOs
        ? [{ os: options.clientOs, ports: OS_TABLE[options.clientOs].ephemeral }]
        : flowOses(m, s, f);
      for (const { os, ports } of oses)
        flows.push(
          flowResultFor(walkFlow(m, f, ports, { isExplained: true }), f, flowName(f, role, i), role, os, ports),
        );
    });
  run(s.goals, "goal");
  run(s.forbidden, "forbidden");
  // Every goal again with each component the design must survive losing (SCENARIO.md §3c).
  for (const failure of s.failures)
    flows.push(
      ...goalsDown(
        s,
        failure,
        (d) => compile(d),
        (model, scenario, f, name) =>
          (options.clientOs
            ? [{ os: options.clientOs, ports: OS_TABLE[options.clientOs].ephemeral }]
            : flowOses(model, scenario, f)
          ).map(({ os, ports }) =>
            flowResultFor(walkFlow(model, f, ports, { isExplained: true }), f, name, "goal", os, ports),
          ),
        (_f, _name, result) => result,
      ),
    );
  return { applied, invalid, flows, isGoalMet: flows.every((f) => f.isSatisfied) };
}
