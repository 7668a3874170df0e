import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadCheckedBank } from "./check-bank";

const valid = path.join(import.meta.dirname, "../__fixtures__", "valid");
const catalogue = `- id: sg-stateless
  name: { ja: "セキュリティグループにも応答用のルールが要る", en: "Security groups need rules for the responses" }
  explanation: { ja: "ステートフルです。", en: "They are stateful." }
- id: nat-gateway-inbound
  name: { ja: "NAT ゲートウェイは着信を受け付ける", en: "A NAT gateway accepts inbound connections" }
  explanation: { ja: "受け付けません。", en: "It does not." }
`;
let dir: string | undefined;

async function bankWith(files: Record<string, string>, frontMatterTags?: string) {
  dir = await mkdtemp(path.join(os.tmpdir(), "kaisetsu-misconceptions-"));
  await cp(valid, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  if (frontMatterTags) {
    const file = path.join(dir, "saa-c03", "saa-0001.md");
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace("\nlang: ja\n", `\nlang: ja\nmisconceptions: ${frontMatterTags}\n`));
  }
  return loadCheckedBank(dir, { repoRoot: dir });
}

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe("misconception tags", () => {
  it("merges the front matter and the tags file, validated against the catalogue", async () => {
    const bank = await bankWith({ "misconceptions.yaml": catalogue, "misconception-tags.yaml": "saa-0002: { C: sg-stateless }\n" }, "{ D: nat-gateway-inbound }");
    expect(bank.problems).toEqual([]);
    expect(bank.misconceptions.catalogue.map((entry) => entry.id)).toEqual(["sg-stateless", "nat-gateway-inbound"]);
    expect(bank.misconceptions.tags).toEqual(
      expect.arrayContaining([
        { questionId: "saa-0001", letter: "D", misconceptionId: "nat-gateway-inbound" },
        { questionId: "saa-0002", letter: "C", misconceptionId: "sg-stateless" },
      ]),
    );
  });

  it("reports unknown ids, unknown questions and letters, a tagged key, and a choice tagged twice", async () => {
    const tags = ["saa-0002: { C: no-such-thing, B: sg-stateless, Z: sg-stateless }", "saa-0999: { A: sg-stateless }", "saa-0001: { D: sg-stateless }", ""].join("\n");
    const bank = await bankWith({ "misconceptions.yaml": catalogue, "misconception-tags.yaml": tags }, "{ D: nat-gateway-inbound }");
    const messages = bank.problems.map((problem) => `${problem.file}:${problem.line} ${problem.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^misconception-tags\.yaml:1 unknown misconception no-such-thing/),
        expect.stringMatching(/saa-0002 B is a correct choice/),
        expect.stringMatching(/saa-0002 has no choice Z/),
        expect.stringMatching(/^misconception-tags\.yaml:2 no question saa-0999/),
        expect.stringMatching(/saa-0001 D is tagged twice/),
      ]),
    );
  });

  it("rejects a malformed catalogue and needs neither file", async () => {
    const broken = await bankWith({ "misconceptions.yaml": "- id: Not Kebab\n  name: { ja: x }\n" });
    expect(broken.problems.some((problem) => problem.file === "misconceptions.yaml")).toBe(true);
    await rm(dir as string, { recursive: true, force: true });
    const none = await bankWith({});
    expect(none.problems).toEqual([]);
    expect(none.misconceptions).toEqual({ catalogue: [], tags: [] });
  });
});
