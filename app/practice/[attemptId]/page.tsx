import type { Metadata } from "next";
import { Messages } from "@/components/i18n/messages";
import { notFound } from "next/navigation";
import { PracticeQuestion } from "@/components/quiz/practice-question";
import { PracticeSummary } from "@/components/quiz/practice-summary";
import { QuestionView } from "@/components/quiz/question-view";
import { AppError } from "@/lib/errors";
import { getSessionUser } from "@/lib/auth/session";
import { format } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { PracticeRound } from "@/lib/quiz/dto";
import { getPracticeRound } from "@/lib/server/quiz/get-practice-round";
import { requesterFrom } from "@/lib/server/quiz/requester-from";
import { misconceptionsOfPicks } from "@/lib/server/review/misconceptions-of-picks";
import { StartRoundButton } from "@/components/quiz/start-round-button";
import { answerPracticeAction, endPracticeAction, startPracticeAction } from "../actions";

type Props = { params: Promise<{ attemptId: string }>; searchParams: Promise<{ q?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.quiz.practice.title, robots: { index: false } };
}

/** Where "next" leads: the next unanswered question after this one, else any unanswered one, else the summary. */
function nextHref(round: PracticeRound, position: number): string {
  const open = round.items.filter((item) => !item.isGraded && item.position !== position);
  const next = open.find((item) => item.position > position) ?? open[0];
  return next ? `/practice/${round.attemptId}?q=${next.position + 1}` : `/practice/${round.attemptId}`;
}

export default async function PracticeRoundPage({ params, searchParams }: Props) {
  const [{ attemptId }, { q }, { locale, t }] = await Promise.all([params, searchParams, getI18n()]);
  const requested = q !== undefined && /^\d{1,4}$/.test(q) ? Number(q) - 1 : undefined;
  let round: PracticeRound;
  try {
    round = await getPracticeRound(await requesterFrom(await getSessionUser()), attemptId, locale, requested);
  } catch (error) {
    if (error instanceof AppError) notFound();
    throw error;
  }
  if (!round.current) return <PracticeSummary round={round} retryAction={startPracticeAction} />;
  const { position, question } = round.current;
  // Reopened after grading: the misconceptions of a wrong answer's picks, as right after answering.
  const graded = round.current.feedback;
  const feedback =
    graded && !graded.isCorrect
      ? {
          ...graded,
          misconceptions: await misconceptionsOfPicks(
            graded.questionId,
            graded.selected.filter((letter) => !graded.keyLetters.includes(letter)),
            locale,
          ),
        }
      : graded;
  const href = nextHref(round, position);
  return (
    <article className="narrow stack" aria-labelledby="practice-progress">
      <div className="meta">
        {/* The page's one level-one heading (screen readers and the outline had none), looking as the line did. */}
        <h1 id="practice-progress" className="heading-inline">
          {format(t.quiz.practice.progress, { current: position + 1, total: round.items.length })}
        </h1>
        {round.items.length > 1 && round.items.some((item) => !item.isGraded) ? (
          <StartRoundButton
            action={endPracticeAction}
            fields={{ attemptId: round.attemptId }}
            label={t.quiz.practice.endEarly}
            className="button button-quiet"
            testId="end-early"
          />
        ) : null}
      </div>
      <QuestionView question={question} showLanguageNotice={question.lang !== locale} hideChoices />
      <Messages namespaces={["answerForm"]}>
        <PracticeQuestion
          key={`${attemptId}-${position}`}
          attemptId={attemptId}
          position={position}
          question={question}
          initialFeedback={feedback}
          nextHref={href}
          isLast={href === `/practice/${round.attemptId}`}
          answer={answerPracticeAction}
        />
      </Messages>
    </article>
  );
}
