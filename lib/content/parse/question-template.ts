import type { ExamDefinition } from "./exam-schema";
import { QUESTION_ID_PATTERN } from "./question-schema";

/** The next free id of an exam: the prefix its ids already use (or its id's first word), one above the highest number. */
export function nextQuestionId(examId: string, existingNames: readonly string[]): string {
  const ids = existingNames.filter((name) => QUESTION_ID_PATTERN.test(name));
  const prefixes = new Map<string, number>();
  for (const id of ids) {
    const prefix = id.slice(0, id.lastIndexOf("-"));
    prefixes.set(prefix, (prefixes.get(prefix) ?? 0) + 1);
  }
  const fallback = examId.split("-")[0]?.replace(/[^a-z]/g, "") || "q";
  const prefix = [...prefixes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
  const highest = ids
    .filter((id) => id.startsWith(`${prefix}-`))
    .reduce((max, id) => Math.max(max, Number(id.slice(prefix.length + 1))), 0);
  if (highest >= 9999) throw new Error(`no free id left for prefix ${prefix}`);
  return `${prefix}-${String(highest + 1).padStart(4, "0")}`;
}

/** A new question file: it fails content:check until the key is marked, so an unfinished template cannot be merged. */
export function questionTemplate(id: string, exam: ExamDefinition, today = new Date().toISOString().slice(0, 10)): string {
  const domains = exam.domains.map((domain) => domain.id).join(" | ");
  const tasks = (exam.tasks ?? []).map((task) => task.id);
  const taskLine = tasks.length > 0 ? `task: "${tasks[0]}" # ${tasks.join(" | ")}: the task the stem's requirement tests\n` : "";
  const choice = (n: number) => `- [ ] 選択肢 ${n}\n\n  この選択肢が正解、または不要 / 誤り / 有害である理由。\n`;
  return `---
id: ${id}
exam: ${exam.id}
domain: ${exam.domains[0]?.id ?? ""} # ${domains}
${taskLine}verified: ${today} # the date you checked the facts against the current AWS documentation
fact: the-fact-the-key-rests-on # kebab-case; at most two questions per fact
topics: [vpc]
difficulty: medium
lang: ja
choose: 1
references:
  - title: 根拠にした AWS ドキュメントのページ名
    url: https://docs.aws.amazon.com/
---

ある企業が (状況と要件と制約を 3〜6 文、です・ます で書きます)。
これらの要件を満たすソリューションのうち、運用上のオーバーヘッドが最も少ないものはどれですか。

## 選択肢

${[1, 2, 3, 4].map(choice).join("\n")}
## 解説

問題の背後にある概念を、自分の言葉で。
`;
}
