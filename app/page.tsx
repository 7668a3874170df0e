import Link from "next/link";
import { Onboarding } from "@/components/review/onboarding";
import { getSessionUser } from "@/lib/auth/session";
import { requestNow } from "@/lib/request-context";
import { format } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { listExams } from "@/lib/server/bank/list-exams";
import { DEFAULT_EXAM_ID } from "@/lib/review/queue-settings";
import { getHomeReviewSummary } from "@/lib/server/review/get-home-review-summary";
import { startPracticeAction } from "./practice/actions";

export default async function HomePage() {
  const [{ locale, t }, user] = await Promise.all([getI18n(), getSessionUser()]);
  const exams = await listExams(locale);
  const { dueCount, tracked } = user
    ? await getHomeReviewSummary(user.id, await requestNow())
    : { dueCount: 0, tracked: 0 };
  const firstExam = exams.find((exam) => exam.id === DEFAULT_EXAM_ID) ?? exams[0];
  return (
    <div className="stack">
      <h1>{t.home.title}</h1>
      <p className="lead">{t.common.tagline}</p>
      {firstExam ? (
        <Onboarding
          examId={firstExam.id}
          isSignedIn={user !== null}
          dueCount={dueCount}
          isNew={tracked === 0}
          startAction={startPracticeAction}
          simulatorHref="/sandbox?scenario=saa-0001"
        />
      ) : null}
      {exams.length === 0 ? <p className="notice">{t.home.empty}</p> : null}
      <div className="grid">
        {exams.map((exam) => (
          <section
            key={exam.id}
            className="card exam-card"
            aria-labelledby={`exam-${exam.id}`}
            data-testid={`exam-${exam.id}`}
          >
            <p className="meta">
              <span className="badge">{exam.code}</span>
              <span>{format(t.home.examCard.minutes, { minutes: exam.minutes })}</span>
            </p>
            <h2 id={`exam-${exam.id}`}>{exam.title}</h2>
            <p>
              <strong data-testid="question-count">
                {format(t.home.examCard.questions, { count: exam.questionCount })}
              </strong>
            </p>
            <h3 className="sr-only">{t.home.examCard.byDomain}</h3>
            <ul className="domain-list" aria-label={t.home.examCard.byDomain}>
              {exam.domains.map((domain) => (
                <li key={domain.slug} data-testid={`domain-${domain.slug}`}>
                  <span>
                    {domain.title}{" "}
                    <span className="muted">({format(t.home.examCard.weight, { weight: domain.weight })})</span>
                  </span>
                  <span>{format(t.home.examCard.questions, { count: domain.questionCount })}</span>
                  <span className="domain-bar" aria-hidden="true">
                    <span
                      style={{
                        width: `${exam.questionCount ? Math.round((domain.questionCount / exam.questionCount) * 100) : 0}%`,
                      }}
                    />
                  </span>
                </li>
              ))}
            </ul>
            <div className="row">
              <Link className="button" href={`/practice?exam=${exam.id}`}>
                {t.home.examCard.practice}
              </Link>
              <Link className="button button-quiet" href={`/exam?exam=${exam.id}`}>
                {t.home.examCard.exam}
              </Link>
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}
