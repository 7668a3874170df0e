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
});
export type ExamDomain = z.infer<typeof examDomainSchema>;

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
  })
  .superRefine((exam, context) => {
    const seen = new Set<string>();
    exam.domains.forEach((domain, index) => {
      if (seen.has(domain.id)) {
        context.addIssue({ code: "custom", path: ["domains", index, "id"], message: `duplicate domain id "${domain.id}"` });
      }
      seen.add(domain.id);
    });
    const total = exam.domains.reduce((sum, domain) => sum + domain.weight, 0);
    if (total !== 100) {
      context.addIssue({ code: "custom", path: ["domains"], message: `domain weights add up to ${total}, not 100` });
    }
  });
export type ExamDefinition = z.infer<typeof examSchema>;
