import type { Metadata } from "next";
import { Messages } from "@/components/i18n/messages";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ChoiceList } from "@/components/quiz/choice-list";
import { FeedbackPanel } from "@/components/quiz/feedback-panel";
import { QuestionView } from "@/components/quiz/question-view";
import { AppError } from "@/lib/errors";
import { getSessionUser } from "@/lib/auth/session";
import { format } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { getExamReviewItem } from "@/lib/server/quiz/get-review-item";
import { requesterFrom } from "@/lib/server/quiz/requester-from";
import { misconceptionsOfPicks } from "@/lib/server/review/misconceptions-of-picks";
import { requestNow } from "@/lib/request-context";

type Props = { params: Promise<{ attemptId: string; position: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.quiz.report.title, robots: { index: false } };
}

/** One question of a finished exam with the candidate's answer and every explanation. */
export default async function ExamReviewPage({ params }: Props) {
  const [{ attemptId, position }, { locale, t }, user] = await Promise.all([params, getI18n(), getSessionUser()]);
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/exam/${attemptId}/review/${position}`)}`);
  if (!/^\d{1,4}$/.test(position)) notFound();
  const n = Number(position);
  let review;
  try {
    review = await getExamReviewItem(await requesterFrom(user), attemptId, n - 1, locale, await requestNow());
  } catch (error) {
    if (error instanceof AppError) notFound();
    throw error;
  }
  // The exam is finished (the use case says so): name the misconceptions behind its wrong picks, as practice does.
  const { feedback } = review;
  const misconceptions = feedback.isCorrect
    ? []
    : await misconceptionsOfPicks(
        feedback.questionId,
        feedback.selected.filter((letter) => !feedback.keyLetters.includes(letter)),
        locale,
      );
  return (
    <article className="narrow stack" aria-labelledby="review-heading">
      <p className="meta">
        <Link href={`/exam/${attemptId}`}>← {t.quiz.report.backToReport}</Link>
      </p>
      <h1 id="review-heading">{format(t.quiz.report.questionN, { n })}</h1>
      <QuestionView question={review.question} showLanguageNotice={review.question.lang !== locale} hideChoices />
      <ChoiceList
        question={review.question}
        selected={review.feedback.selected}
        keyLetters={review.feedback.keyLetters}
        label={t.question.choices}
      />
      <Messages namespaces={["answerForm"]}>
        <FeedbackPanel feedback={{ ...feedback, misconceptions }} />
      </Messages>
      <nav className="row" aria-label={t.quiz.report.title}>
        {n > 1 ? (
          <Link className="button button-quiet" href={`/exam/${attemptId}/review/${n - 1}`}>
            {t.quiz.exam.previous}
          </Link>
        ) : null}
        {n < review.total ? (
          <Link className="button button-quiet" href={`/exam/${attemptId}/review/${n + 1}`}>
            {t.quiz.exam.next}
          </Link>
        ) : null}
      </nav>
    </article>
  );
}
