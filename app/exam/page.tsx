import type { Metadata } from "next";
import { Messages } from "@/components/i18n/messages";
import Link from "next/link";
import { ExamSetupForm } from "@/components/quiz/exam-setup-form";
import { getSessionUser } from "@/lib/auth/session";
import { format } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { requestNow } from "@/lib/request-context";
import { listRunningExams } from "@/lib/server/quiz/list-running-exams";
import { listExamOptions } from "@/lib/server/quiz/list-exam-options";
import { startExamAction } from "./actions";

type Props = { searchParams: Promise<{ exam?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.quiz.exam.title };
}

export default async function ExamSetupPage({ searchParams }: Props) {
  const [{ exam: wanted }, { locale, t }, user] = await Promise.all([searchParams, getI18n(), getSessionUser()]);
  const options = await listExamOptions(locale, user?.id);
  const selected = options.find((option) => option.id === wanted) ?? options[0];
  const running = user ? await listRunningExams(user.id, await requestNow()) : [];
  return (
    <div className="stack">
      <h1>{t.quiz.exam.title}</h1>
      {selected ? (
        <p className="lead">
          {format(t.quiz.exam.intro, { count: selected.questionCount, minutes: selected.minutes })}
        </p>
      ) : null}
      {!user ? (
        <p className="notice">
          {t.quiz.exam.signInRequired}{" "}
          <Link href={`/signin?callbackUrl=${encodeURIComponent(wanted ? `/exam?exam=${wanted}` : "/exam")}`}>
            {t.quiz.exam.signIn}
          </Link>
        </p>
      ) : options.length === 0 ? (
        <p className="notice">{t.home.empty}</p>
      ) : (
        <>
          {running.length > 0 ? (
            <section aria-labelledby="running-exams" className="card">
              <h2 id="running-exams">{t.quiz.exam.inProgress}</h2>
              <ul>
                {running.map((attempt) => (
                  <li key={attempt.id}>
                    <Link href={`/exam/${attempt.id}`}>{t.quiz.exam.resume}</Link>{" "}
                    <span className="muted">
                      {options.find((option) => option.id === attempt.examId)?.title ?? attempt.examId}
                      {attempt.setNumber !== null
                        ? ` · ${format(t.quiz.exam.setName, { n: attempt.setNumber })}`
                        : null}
                      {attempt.total !== null
                        ? ` · ${format(t.quiz.exam.inProgressSize, { count: attempt.total })}`
                        : null}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <Messages namespaces={["examSetup"]}>
            <ExamSetupForm exams={options} defaultExamId={selected?.id ?? ""} action={startExamAction} />
          </Messages>
        </>
      )}
    </div>
  );
}
