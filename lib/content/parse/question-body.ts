import type { Heading, List, ListItem, Nodes, RootContent } from "mdast";
import { problemAt, type Position, type Problem } from "./problem";
import { SECTION_TITLES, type Lang } from "./question-schema";
import { renderNodes } from "../../markdown/render-markdown";

export interface ParsedChoice {
  /** A, B, C… in file order: the scenario and attempts refer to choices by these letters. */
  letter: string;
  /** Read from the task-list item's `checked` flag (`- [x]`), never from the text. */
  isCorrect: boolean;
  html: string;
  /** The choice as plain text (no Markdown), for the statistics (key length, what the key edits). */
  text: string;
  explanationHtml: string;
  position: Position;
}

/** A range of source offsets (start inclusive, end exclusive). */
export interface Span {
  start: number;
  end: number;
}

/** The raw text of the ```netsim block and the file line of its first YAML line. */
export interface ScenarioBlock {
  source: string;
  firstLine: number;
  position: Position;
}

export interface LinkRef {
  url: string;
  position: Position;
}

export interface QuestionBody {
  stemHtml: string;
  /** The stem as plain text, for the "(2 つ選択)" hint check. */
  stemText: string;
  choices: ParsedChoice[];
  /** Where the choices list starts (or the section heading when there is no list). */
  choicesPosition: Position;
  explanationHtml: string;
  scenario: ScenarioBlock | null;
  links: LinkRef[];
  /** Where the stem is in the file's source (offsets), for the prose rules; null when the stem is empty. */
  stemSpan: Span | null;
  /** Lists and tables in the stem: data, where a noun phrase is normal (the です・ます rule skips them). */
  stemDataSpans: Span[];
  /** Code blocks of the body: the prose rules skip them (inline code stays: it is part of a sentence). */
  codeSpans: Span[];
  /**
   * The explanation paragraphs: those under each choice and the top-level paragraphs of 解説 (not lists or tables,
   * where noun phrases are normal), for the です・ます rule.
   */
  explanationSpans: Span[];
}

type SectionKind = "choices" | "explanation" | "scenario";

/** Splits the Markdown after the front matter into stem, choices, 解説 and scenario; mistakes become problems. */
export function parseQuestionBody(nodes: readonly RootContent[], lang: Lang, file: string, start: Position) {
  const problems: Problem[] = [];
  const report = (node: { position?: { start: Position } | undefined } | undefined, message: string) =>
    problems.push(problemAt(file, positionOf(node) ?? start, message));
  const titles = SECTION_TITLES[lang];
  const kindByTitle = new Map<string, SectionKind>([
    [titles.choices, "choices"],
    [titles.explanation, "explanation"],
    [titles.scenario, "scenario"],
  ]);

  const stem: RootContent[] = [];
  const sections = new Map<SectionKind, { heading: Heading; nodes: RootContent[] }>();
  let current: RootContent[] | null = stem;
  for (const node of nodes) {
    if (node.type === "heading" && node.depth === 2) {
      const title = plainText(node).trim();
      const kind = kindByTitle.get(title);
      if (!kind) {
        report(node, `unknown section "## ${title}": use ## ${titles.choices}, ## ${titles.explanation} or ## ${titles.scenario}`);
        current = null;
      } else if (sections.has(kind)) {
        report(node, `section "## ${title}" appears twice`);
        current = null;
      } else {
        const section = { heading: node, nodes: [] };
        sections.set(kind, section);
        current = section.nodes;
      }
    } else {
      current?.push(node);
    }
  }

  if (stem.length === 0) report(undefined, `the stem is empty: write the question before "## ${titles.choices}"`);
  const choicesSection = sections.get("choices");
  const explanation = sections.get("explanation");
  const scenarioSection = sections.get("scenario");
  if (!choicesSection) report(undefined, `missing section "## ${titles.choices}" with the choices as a task list`);
  if (!explanation || explanation.nodes.length === 0) {
    report(explanation?.heading, `missing ${titles.explanation}: write "## ${titles.explanation}" with the concept behind the question`);
  }

  const choices = choicesSection ? parseChoices(choicesSection.nodes, report) : [];
  const firstList = choicesSection?.nodes.find((node) => node.type === "list");
  let scenario: ScenarioBlock | null = null;
  if (scenarioSection) {
    if (lang !== "ja") report(scenarioSection.heading, "translations do not repeat the scenario: it is read from the Japanese file");
    else scenario = parseScenarioSection(scenarioSection.heading, scenarioSection.nodes, report);
  }

  const body: QuestionBody = {
    stemHtml: renderNodes(stem),
    stemText: stem.map(plainText).join("\n"),
    choices,
    choicesPosition: positionOf(firstList ?? choicesSection?.heading) ?? start,
    explanationHtml: renderNodes(explanation?.nodes ?? []),
    scenario,
    links: collectLinks(nodes.filter((node) => node.type !== "code" || node.lang !== "netsim")),
    stemSpan: spanOf(stem),
    stemDataSpans: stem.filter((node) => node.type === "list" || node.type === "table").flatMap((node) => spanOf([node]) ?? []),
    codeSpans: collectCode(nodes),
    explanationSpans: [
      ...(choicesSection?.nodes ?? [])
        .filter((node): node is List => node.type === "list")
        .slice(0, 1)
        .flatMap((list) => list.children.flatMap((item) => item.children.slice(1))),
      ...(explanation?.nodes ?? []),
    ]
      .filter((node) => node.type === "paragraph")
      .flatMap((node) => spanOf([node]) ?? []),
  };
  return { body, problems };
}

type Report = (node: { position?: { start: Position } | undefined } | undefined, message: string) => void;

function parseChoices(nodes: readonly RootContent[], report: Report): ParsedChoice[] {
  const lists = nodes.filter((node): node is List => node.type === "list");
  for (const node of nodes) {
    if (node.type === "list" && node === lists[0]) continue;
    const hint = node.type === "list" ? "a second list" : `a ${node.type}`;
    report(node, `only one task list belongs under the choices heading, found ${hint}: indent a choice's explanation under its item`);
  }
  const list = lists[0];
  if (!list) return [];
  return list.children.map((item, index) => parseChoice(item, index, report));
}

function parseChoice(item: ListItem, index: number, report: Report): ParsedChoice {
  const letter = String.fromCharCode(65 + index);
  const [first, ...rest] = item.children;
  if (item.checked === null || item.checked === undefined) {
    report(item, `choice ${letter} is not a task-list item: start it with "- [ ]" or "- [x]"`);
  }
  if (!first || first.type !== "paragraph") report(item, `choice ${letter} has no text`);
  else if (rest.length === 0) {
    report(item, `choice ${letter} has no explanation: indent a paragraph under it saying why it is right, or unnecessary / wrong / harmful`);
  }
  return {
    letter,
    isCorrect: item.checked === true,
    html: first?.type === "paragraph" ? renderNodes([first]) : "",
    text: first?.type === "paragraph" ? plainText(first).replace(/\s*\n\s*/g, " ").trim() : "",
    explanationHtml: renderNodes(rest),
    position: positionOf(item) ?? { line: 1, column: 1 },
  };
}

function parseScenarioSection(heading: Heading, nodes: readonly RootContent[], report: Report): ScenarioBlock | null {
  const blocks = nodes.filter((node) => node.type === "code" && node.lang === "netsim");
  for (const node of nodes) {
    if (node !== blocks[0]) report(node, 'the scenario section holds only one ```netsim code block');
  }
  const block = blocks[0];
  if (!block || block.type !== "code") {
    report(heading, 'the scenario section needs a ```netsim code block');
    return null;
  }
  const position = positionOf(block) ?? { line: 1, column: 1 };
  return { source: block.value, firstLine: position.line + 1, position };
}

function collectLinks(nodes: readonly Nodes[]): LinkRef[] {
  const links: LinkRef[] = [];
  const visit = (node: Nodes) => {
    if (node.type === "link" || node.type === "definition" || node.type === "image") {
      links.push({ url: node.url, position: positionOf(node) ?? { line: 1, column: 1 } });
    }
    if ("children" in node) node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return links;
}

function spanOf(nodes: readonly RootContent[]): Span | null {
  const start = nodes[0]?.position?.start.offset;
  const end = nodes[nodes.length - 1]?.position?.end.offset;
  return start === undefined || end === undefined ? null : { start, end };
}

function collectCode(nodes: readonly Nodes[]): Span[] {
  const spans: Span[] = [];
  const visit = (node: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === "code" && start !== undefined && end !== undefined) spans.push({ start, end });
    else if ("children" in node) node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return spans;
}

function plainText(node: Nodes): string {
  if ("value" in node) return node.value;
  return "children" in node ? node.children.map(plainText).join("") : "";
}

function positionOf(node: { position?: { start: Position } | undefined } | undefined): Position | undefined {
  const start = node?.position?.start;
  return start ? { line: start.line, column: start.column } : undefined;
}
