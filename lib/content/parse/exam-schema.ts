import { z } from "zod";

const slugSchema = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, { error: "must be lowercase kebab-case, e.g. saa-c03" });
const localizedSchema = z.strictObject({
  ja: z.string().min(1),
  en: z.string().min(1),
});

export const examDomainSchema = z.strictObject({
  id: slugSchema,
  weight: z.int().min(1).max(100),
  title: localizedSchema,
  /** How many questions the bank should hold in this domain (content:stats compares; it never fails a check). */
  target: z.int().min(0).optional(),
});

/** A task statement of the exam guide ("1.2"): questions tag the one their requirement tests. */
export const examTaskSchema = z.strictObject({
  id: z.string().regex(/^\d\.\d$/, { error: 'a task id is a task statement number in quotes, e.g. "1.2"' }),
  domain: slugSchema,
  title: localizedSchema,
  /** The fewest questions the bank should hold for this task (content:stats). */
  minimum: z.int().min(0).optional(),
});

/**
 * Which item-writing rules apply to the exam's questions (see content/README.md). `required` everywhere unless the
 * exam says otherwise: a practice bank that is not an AWS exam (network-basics) needs no SAA qualifier, no task
 * statement and may cite RFCs instead of AWS pages.
 */
export const examRulesSchema = z.strictObject({
  /** One qualifier from the list (or the required-steps form) in every stem; `optional`: at most one, from the list. */
  qualifier: z.enum(["required", "optional"]).default("required"),
  /** `task` in every primary file, one of `tasks`. */
  task: z.enum(["required", "optional"]).default("required"),
  /** At least one reference on docs.aws.amazon.com / aws.amazon.com. */
  awsReference: z.enum(["required", "optional"]).default("required"),
});
export type ExamRules = z.infer<typeof examRulesSchema>;

/** The rules that apply to an exam's questions: every one unless its exam.yaml relaxes it. */
export function rulesOf(exam: Pick<ExamDefinition, "rules">): ExamRules {
  return exam.rules ?? { qualifier: "required", task: "required", awsReference: "required" };
}

const percentSchema = z.number().min(0).max(100);

/** Targets content:stats prints against (percentages of the exam's questions). */
export const examTargetsSchema = z.strictObject({
  total: z.int().min(0).optional(),
  multipleResponse: z.strictObject({ min: percentSchema, max: percentSchema }).optional(),
  keyLongestMax: percentSchema.optional(),
  plumbingMax: percentSchema.optional(),
});

/** What counts as a "plumbing" question (rule-table puzzles): see content/README.md. */
export const examPlumbingSchema = z.strictObject({
  /** A plumbing question has one of these topics… */
  topics: z.array(slugSchema).min(1),
  /** …and a key (a `- [x]` choice, Japanese text) that matches this regular expression: the answer edits a rule or route. */
  keyPattern: z.string().min(1),
});

/**
 * Why a family of the guide's list can no longer be a key (AWS closed it to new customers): content:stats reports it
 * apart and does not count it as missing. `source` is the AWS page that says so, `since` the date it took effect.
 */
export const notKeyableSchema = z.strictObject({
  reason: z.string().min(1),
  source: z.url({ protocol: /^https$/, error: "source must be an https:// url (the AWS page that states the change)" }),
  since: z.iso.date({ error: "since must be a date, YYYY-MM-DD" }).optional(),
});
export type NotKeyable = z.infer<typeof notKeyableSchema>;

/** A service family of the exam guide's in-scope list and the topic tags that name it. */
export const serviceFamilySchema = z.strictObject({
  name: z.string().min(1),
  topics: z.array(slugSchema).min(1),
  notKeyable: notKeyableSchema.optional(),
});

/** A fixed mock set (模擬試験 N): written by `npm run content:sets`, checked by content:check (check-sets.ts). */
export const examSetSchema = z.strictObject({
  number: z.int().min(1),
  questions: z.array(z.string().min(1)).min(1),
});

/** `content/<exam>/exam.yaml`: the exam's identity, the mock exam's shape and the domains questions belong to. */
export const examSchema = z
  .strictObject({
    id: slugSchema,
    code: z.string().min(1),
    title: localizedSchema,
    questionCount: z.int().min(1),
    minutes: z.int().min(1),
    extensionMinutes: z.int().min(0),
    passingScore: z.int().min(100).max(1000),
    domains: z.array(examDomainSchema).min(1),
    tasks: z.array(examTaskSchema).optional(),
    rules: examRulesSchema.optional(),
    targets: examTargetsSchema.optional(),
    plumbing: examPlumbingSchema.optional(),
    serviceFamilies: z.array(serviceFamilySchema).optional(),
    sets: z.array(examSetSchema).optional(),
  })
  .superRefine((exam, context) => {
    const seen = new Set<string>();
    exam.domains.forEach((domain, index) => {
      if (seen.has(domain.id)) {
        context.addIssue({ code: "custom", path: ["domains", index, "id"], message: `duplicate domain id "${domain.id}"` });
      }
      seen.add(domain.id);
    });
    const taskIds = new Set<string>();
    (exam.tasks ?? []).forEach((task, index) => {
      if (taskIds.has(task.id)) context.addIssue({ code: "custom", path: ["tasks", index, "id"], message: `duplicate task "${task.id}"` });
      taskIds.add(task.id);
      if (!seen.has(task.domain)) {
        const message = `task ${task.id}: domain "${task.domain}" is not one of the domains above`;
        context.addIssue({ code: "custom", path: ["tasks", index, "domain"], message });
      }
    });
    (exam.sets ?? []).forEach((set, index) => {
      if (set.number !== index + 1) {
        context.addIssue({ code: "custom", path: ["sets", index, "number"], message: `set ${index + 1} is numbered ${set.number}: number the sets 1, 2, 3… in order` });
      }
    });
    if (exam.plumbing) {
      try {
        new RegExp(exam.plumbing.keyPattern, "u");
      } catch {
        context.addIssue({ code: "custom", path: ["plumbing", "keyPattern"], message: "not a valid regular expression" });
      }
    }
    const total = exam.domains.reduce((sum, domain) => sum + domain.weight, 0);
    if (total !== 100) {
      context.addIssue({ code: "custom", path: ["domains"], message: `domain weights add up to ${total}, not 100` });
    }
  });
export type ExamDefinition = z.infer<typeof examSchema>;
