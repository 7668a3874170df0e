// The SAA-C03 exam guide's task statements, by domain slug (content/saa-c03/exam.yaml). Their ja/en labels live in
// lib/i18n/messages/learning.ts under `key` (no dot: dictionary paths are dotted); a question names its task in front
// matter (`task: "1.2"`).
export const SAA_TASK_STATEMENTS = [
  { id: "1.1", key: "t1_1", domain: "secure" },
  { id: "1.2", key: "t1_2", domain: "secure" },
  { id: "1.3", key: "t1_3", domain: "secure" },
  { id: "2.1", key: "t2_1", domain: "resilient" },
  { id: "2.2", key: "t2_2", domain: "resilient" },
  { id: "3.1", key: "t3_1", domain: "performance" },
  { id: "3.2", key: "t3_2", domain: "performance" },
  { id: "3.3", key: "t3_3", domain: "performance" },
  { id: "3.4", key: "t3_4", domain: "performance" },
  { id: "3.5", key: "t3_5", domain: "performance" },
  { id: "4.1", key: "t4_1", domain: "cost" },
  { id: "4.2", key: "t4_2", domain: "cost" },
  { id: "4.3", key: "t4_3", domain: "cost" },
  { id: "4.4", key: "t4_4", domain: "cost" },
] as const;

export type TaskStatementId = (typeof SAA_TASK_STATEMENTS)[number]["id"];

export function isTaskStatementId(value: string): value is TaskStatementId {
  return SAA_TASK_STATEMENTS.some((task) => task.id === value);
}

export type TaskLabelKey = (typeof SAA_TASK_STATEMENTS)[number]["key"];
