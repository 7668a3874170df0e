// Variants benchmark: drawing one variant of a question with variables from a new seed, rewriting its texts (ja, en)
// and scenario, and proving it with the choice analysis (generateVariant). Prints the median per variant; never fails
// on time (target: under 5 ms).
import path from "node:path";
import { generateVariant } from "../lib/netsim/authoring";
import { loadVariantTemplate } from "../lib/content/parse/variables";
import { root } from "../scripts/lib/build";

/** Value kinds (saa-0001, net-0014, net-0019) and the structural ones: missing-layer (net-0070, net-0072), ip-family
 * (net-0069, net-0073), os with texts and a moving key (net-0013). */
const QUESTIONS = ["saa-0001", "net-0014", "net-0019", "net-0070", "net-0072", "net-0069", "net-0073", "net-0013"];
const RUNS = 300;

export default async function bench(): Promise<void> {
  for (const id of QUESTIONS) {
    const loaded = await loadVariantTemplate(path.join(root, "content"), id);
    if (!loaded.ok) throw new Error(loaded.message);
    const { template } = loaded;
    for (let seed = 1; seed <= 30; seed++) generateVariant(template, 1_000_000 + seed); // warm-up
    const wall: number[] = [];
    const cpu: number[] = [];
    let clean = 0;
    for (let seed = 1; seed <= RUNS; seed++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const result = generateVariant(template, seed);
      wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      if (result.ok) clean++;
    }
    const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const kinds = [...new Set(template.variables.map((v) => v.kind))].join(", ");
    console.log(
      `${id} (${kinds}): generate + verify one variant: median ${mid(wall).toFixed(3)} ms wall, ${mid(cpu).toFixed(3)} ms CPU ` +
        `(${RUNS} seeds, ${clean} clean; target under 5 ms)`,
    );
  }
}
