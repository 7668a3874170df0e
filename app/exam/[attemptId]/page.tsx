import type { Metadata } from "next";
import { Messages } from "@/components/i18n/messages";
import { notFound, redirect } from "next/navigation";
import { ExamReport, REPORT_FILTERS, type ReportFilter } from "@/components/quiz/exam-report";
import { ExamRunner } from "@/components/quiz/exam-runner";
import { QuestionView } from "@/components/quiz/question-view";
import { AppError } from "@/lib/errors";
import { getSessionUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/locales";
import type { AttemptRequester } from "@/lib/permissions";
import { getExamReport } from "@/lib/server/quiz/get-exam-report";
import { getExamSession } from "@/lib/server/quiz/get-exam-session";
import { requesterFrom } from "@/lib/server/quiz/requester-from";
import { startPracticeAction } from "../../practice/actions";
import { flagExamItemAction, saveExamAnswerAction, submitExamAction } from "../actions";
import { requestNow } from "@/lib/request-context";

type Props = { params: Promise<{ attemptId: string }>; searchParams: Promise<{ filter?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.quiz.exam.title, robots: { index: false } };
}

/** A running exam (resumed exactly where it was) or, once submitted or past its deadline, its report. */
export default async function ExamAttemptPage({ params, searchParams }: Props) {
  const [{ attemptId }, { filter: wanted }, { locale, t }, user] = await Promise.all([
    params,
    searchParams,
    getI18n(),
    getSessionUser(),
  ]);
  const filter: ReportFilter = REPORT_FILTERS.find((name) => name === wanted) ?? "all";
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/exam/${attemptId}`)}`);
  const requester = await requesterFrom(user);
  const loaded = await loadExam(requester, attemptId, locale);
  if (!loaded) notFound();
  if (loaded.kind === "report")
    return <ExamReport report={loaded.report} filter={filter} retryAction={startPracticeAction} />;
  const { session } = loaded;
  return (
    <div>
      <h1 className="sr-only">{`${t.quiz.exam.title}: ${session.examTitle}`}</h1>
      <Messages namespaces={["examRunner"]}>
        <ExamRunner
          session={session}
          save={saveExamAnswerAction}
          flag={flagExamItemAction}
          submit={submitExamAction}
          stems={session.questions.map((question) => (
            <QuestionView
              key={question.id}
              question={question}
              showLanguageNotice={question.lang !== locale}
              hideChoices
            />
          ))}
        />
      </Messages>
    </div>
  );
}

/** The running exam or its report; null when it is not the requester's (or does not exist). */
async function loadExam(requester: AttemptRequester, attemptId: string, locale: Locale) {
  const now = await requestNow();
  try {
    const session = await getExamSession(requester, attemptId, locale, now);
    if (session === "finished")
      return { kind: "report" as const, report: await getExamReport(requester, attemptId, locale, now) };
    return { kind: "session" as const, session };
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}
