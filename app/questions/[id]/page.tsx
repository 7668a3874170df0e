import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuestionReportForm } from "@/components/community/question-report-form";
import { ThreadLink } from "@/components/forum/thread-link";
import { QuestionView } from "@/components/quiz/question-view";
import { getSessionUser } from "@/lib/auth/session";
import { format } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { reportDetailsMaxLength } from "@/lib/server/community/schemas";
import { findPublicQuestion } from "@/lib/server/bank/get-question";
import { findThreadSummary } from "@/lib/server/forum/find-thread-summary";
import { reportQuestionAction } from "./forum/actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: id };
}

/** One question as a candidate first meets it: stem and choices, never the key. */
export default async function QuestionPage({ params }: Props) {
  const { id } = await params;
  const { locale, t } = await getI18n();
  const question = await findPublicQuestion(id, locale);
  if (!question) notFound();
  const thread = await findThreadSummary(question.id);
  return (
    <article className="narrow stack">
      <QuestionView question={question} t={t} showLanguageNotice={question.lang !== locale} />
      <p className="row">
        <Link className="button" href={`/practice?exam=${question.examId}`}>{t.question.practiceThis}</Link>
        {question.hasScenario ? <Link href={`/questions/${question.id}/simulate`}>{t.question.openSimulator}</Link> : null}
      </p>
      <ThreadLink questionId={question.id} postCount={thread.postCount} t={t.forum} />
      {(await getSessionUser()) ? (
        <QuestionReportForm
          questionId={question.id}
          action={reportQuestionAction}
          maxLength={reportDetailsMaxLength}
          fieldErrors={Object.fromEntries(Object.entries(t.forum.fieldErrors).map(([key, text]) => [key, format(text, { max: reportDetailsMaxLength })]))}
          t={t.community.report}
        />
      ) : null}
    </article>
  );
}
