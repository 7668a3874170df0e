/**
 * The sandbox's edits and fired packet, kept in the URL so a setup can be shared: `scenario=<question id>`,
 * `packet=<from>><to>:<app>` and `edits=<base64url JSON>` of the network ACLs and security groups changed.
 * No zod here: this runs in the browser; the server decodes `edits` with sandbox-edits.ts.
 */
import { applyChoices, validateScenario, type Fact, type Scenario, type ScenarioProblem } from "@/lib/netsim";
import { applyBuilds, type Refusal } from "@/lib/netsim-ui/sandbox-build";
import { checkPacket, type PacketFieldError } from "@/lib/netsim-ui/sandbox-fields";
import { withPacket, type Packet, type SandboxEdits } from "@/lib/netsim-ui/sandbox-url";

/** The scenario with the edits put in place (NACLs and groups only by names the scenario has; new hosts by new names). */
export function applyEdits(base: Scenario, edits: SandboxEdits): Scenario {
  return applyEditsWithProblems(base, edits).scenario;
}

/**
 * Like applyEdits, with what AWS would refuse: network changes (each skipped, with its reason as a fact) and network
 * builds (each skipped, with its kind). A host in a VPC a skipped build would have made is left out, never an error.
 */
export type Applied = { scenario: Scenario; refused: { change: number; reason: Fact }[]; unbuilt: Refusal[] };

export function applyEditsWithProblems(base: Scenario, edits: SandboxEdits): Applied {
  const built = applyBuilds(base, edits.network ?? []);
  const current = built.scenario;
  const pick = <T>(items: Record<string, T>, changed: Record<string, T> | undefined) =>
    Object.fromEntries(Object.entries(items).map(([name, value]) => [name, changed?.[name] ?? value]));
  const added = Object.fromEntries(
    Object.entries(edits.hosts ?? {}).filter(
      ([name, host]) => !(name in current.hosts) && !(name in current.internet) && host.subnet in current.subnets,
    ),
  );
  const edited: Scenario = {
    ...current,
    nacls: pick(current.nacls, edits.nacls),
    securityGroups: pick(current.securityGroups, edits.securityGroups),
    hosts: { ...current.hosts, ...added },
  };
  if (!edits.changes || edits.changes.length === 0) return { scenario: edited, refused: [], unbuilt: built.refused };
  const { scenario, invalid } = applyChoices({ ...edited, choices: { Z: edits.changes } }, ["Z"]);
  return {
    scenario: { ...scenario, choices: base.choices },
    refused: invalid.map((x) => ({ change: x.change, reason: x.reason })),
    unbuilt: built.refused,
  };
}

/** What the sandbox shows: the edits applied, the packet added, and the setup the player runs. */
export type SandboxView = {
  applied: Applied;
  /** Why the edited setup with the packet cannot be simulated (empty when it can). */
  problems: ScenarioProblem[];
  /** The setup the player runs: the edited one, or when it cannot be simulated the nearest valid one. */
  scenario: Scenario;
};

/**
 * The sandbox's view of `edits` and `packet` (named `custom` in the player). A setup that cannot be simulated keeps its
 * problems; the player gets the nearest valid setup (the edits without the packet, or the packet without the edits,
 * or the baseline), never an error page. Needs the simulator's on-demand parts (changes and validation) in a browser.
 * `applied`: the edits already applied to `base` by the caller (applyEditsWithProblems), so they are not applied twice.
 */
export function sandboxView(
  base: Scenario,
  edits: SandboxEdits,
  packet: Packet | null,
  custom: string,
  applied: Applied = Object.keys(edits).length > 0
    ? applyEditsWithProblems(base, edits)
    : { scenario: base, refused: [], unbuilt: [] },
): SandboxView {
  const edited = withPacket(applied.scenario, packet, custom);
  const problems = validateScenario(edited);
  if (problems.length === 0) return { applied, problems, scenario: edited };
  const candidates = [applied.scenario, withPacket(base, packet, custom)];
  return { applied, problems, scenario: candidates.find((c) => validateScenario(c).length === 0) ?? base };
}

export function decodePacket(text: string | undefined, endpoints: readonly string[]): Packet | null {
  return readPacketParam(text, endpoints).packet;
}

/** The `packet` URL parameter: the packet, or why it cannot be sent (then the sandbox shows its last valid state). */
export function readPacketParam(
  text: string | undefined,
  endpoints: readonly string[],
): { packet: Packet | null; error: PacketFieldError | null } {
  if (!text) return { packet: null, error: null };
  const [head = "", action = "", resource = "", ...rest] = text.split("|");
  if (rest.length > 0 || action.length > 200 || resource.length > 500) return { packet: null, error: "app" };
  const match = /^([^>:]+)>([^>:]+):(.+)$/.exec(head);
  if (!match) return { packet: null, error: "app" };
  const [, from = "", to = "", app = ""] = match;
  const checked = checkPacket({ from, to, app }, endpoints);
  if (!checked.ok)
    return { packet: null, error: checked.errors.app ?? checked.errors.to ?? checked.errors.from ?? "app" };
  const extras = { ...(action ? { action } : {}), ...(resource ? { resource } : {}) };
  return { packet: { ...checked.value, ...extras }, error: null };
}
