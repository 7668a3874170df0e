// The SAA-C03 exam guide's task statements, by domain slug (content/saa-c03/exam.yaml). Their ja/en labels live in
// lib/i18n/messages/learning.ts; a question names its task in front matter (`task: "1.2"`).
export const SAA_TASK_STATEMENTS = [
  { id: "1.1", domain: "secure" },
  { id: "1.2", domain: "secure" },
  { id: "1.3", domain: "secure" },
  { id: "2.1", domain: "resilient" },
  { id: "2.2", domain: "resilient" },
  { id: "3.1", domain: "performance" },
  { id: "3.2", domain: "performance" },
  { id: "3.3", domain: "performance" },
  { id: "3.4", domain: "performance" },
  { id: "3.5", domain: "performance" },
  { id: "4.1", domain: "cost" },
  { id: "4.2", domain: "cost" },
  { id: "4.3", domain: "cost" },
  { id: "4.4", domain: "cost" },
] as const;

export type TaskStatementId = (typeof SAA_TASK_STATEMENTS)[number]["id"];

export function isTaskStatementId(value: string): value is TaskStatementId {
  return SAA_TASK_STATEMENTS.some((task) => task.id === value);
}
