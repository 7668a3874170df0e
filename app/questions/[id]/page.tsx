import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuestionReportForm } from "@/components/community/question-report-form";
import { ThreadLink } from "@/components/forum/thread-link";
import { Messages } from "@/components/i18n/messages";
import { QuestionAnswer } from "@/components/quiz/question-answer";
import { QuestionView } from "@/components/quiz/question-view";
import { StartRoundButton } from "@/components/quiz/start-round-button";
import { getSessionUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { reportDetailsMaxLength } from "@/lib/community/schemas";
import { findPublicQuestion } from "@/lib/server/bank/find-public-question";
import { findThreadSummary } from "@/lib/server/forum/find-thread-summary";
import { findQuestionTask } from "@/lib/server/review/find-question-task";
import { startPracticeAction } from "../../practice/actions";
import { answerQuestionAction } from "./actions";
import { reportQuestionAction } from "./forum/actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: id };
}

/** One question, answerable here signed in or not; the key arrives only with the grading, then the simulator and forum open. */
export default async function QuestionPage({ params }: Props) {
  const { id } = await params;
  const [{ locale, t }, user] = await Promise.all([getI18n(), getSessionUser()]);
  const question = await findPublicQuestion(id, locale);
  if (!question) notFound();
  const [thread, task] = await Promise.all([findThreadSummary(question.id), findQuestionTask(question.id)]);
  const afterFeedback = (
    <p className="row">
      {question.hasScenario ? (
        <Link className="button button-quiet" href={`/questions/${question.id}/simulate`}>
          {t.learning.answer.simulator}
        </Link>
      ) : null}
      <Link href={`/questions/${question.id}/forum`}>{t.learning.answer.forum}</Link>
      {task ? (
        <StartRoundButton
          action={startPracticeAction}
          fields={{ examId: question.examId, tasks: [task], size: 10 }}
          label={t.learning.answer.practiceTask}
          className="button button-quiet"
        />
      ) : null}
    </p>
  );
  return (
    <article className="narrow stack" aria-labelledby="question-title">
      {/* The page's one level-one heading, for screen readers and the outline; the meta line shows the same id. */}
      <h1 id="question-title" className="sr-only">{`${t.question.questionId}: ${question.id}`}</h1>
      <QuestionView question={question} showLanguageNotice={question.lang !== locale} hideChoices />
      <Messages namespaces={["answerForm"]}>
        <QuestionAnswer question={question} answer={answerQuestionAction} afterFeedback={afterFeedback} />
      </Messages>
      {user ? null : <p className="muted">{t.learning.answer.signInToReview}</p>}
      <p className="row">
        <Link href={`/practice?exam=${question.examId}`}>{t.question.practiceThis}</Link>
      </p>
      <ThreadLink questionId={question.id} postCount={thread.postCount} />
      {user ? (
        <Messages namespaces={["community"]}>
          <QuestionReportForm
            questionId={question.id}
            action={reportQuestionAction}
            maxLength={reportDetailsMaxLength}
          />
        </Messages>
      ) : null}
    </article>
  );
}
