import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";

export type ExamSummary = {
  id: string;
  code: string;
  title: string;
  minutes: number;
  questionCount: number; // questions served now (retired ones excluded)
  domains: { slug: string; title: string; weight: number; questionCount: number }[];
};

/** Every exam with the number of live questions in it and in each of its domains, in the reader's language. */
export async function listExams(locale: Locale): Promise<ExamSummary[]> {
  const [exams, counts] = await Promise.all([
    db.exam.findMany({ include: { domains: { orderBy: { position: "asc" } } }, orderBy: { id: "desc" } }),
    db.question.groupBy({ by: ["domainId"], where: { retiredAt: null }, _count: { _all: true } }),
  ]);
  const byDomain = new Map(counts.map((row) => [row.domainId, row._count._all]));
  return exams.map((exam) => {
    const domains = exam.domains.map((domain) => ({
      slug: domain.slug,
      title: locale === "en" ? domain.titleEn : domain.titleJa,
      weight: domain.weight,
      questionCount: byDomain.get(domain.id) ?? 0,
    }));
    return {
      id: exam.id,
      code: exam.code,
      title: locale === "en" ? exam.titleEn : exam.titleJa,
      minutes: exam.minutes,
      questionCount: domains.reduce((sum, domain) => sum + domain.questionCount, 0),
      domains,
    };
  });
}
