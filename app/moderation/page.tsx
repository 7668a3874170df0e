import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import styles from "@/components/community/community.module.css";
import { ActionButton } from "@/components/forum/action-button";
import { getSessionUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/dates";
import { format } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { getTimeZone } from "@/lib/i18n/time-zone";
import { canModerate } from "@/lib/permissions";
import { listKeyDisagreements } from "@/lib/server/community/list-key-disagreements";
import { listQuestionReports } from "@/lib/server/community/list-question-reports";
import { repositoryPath, sourceFileUrl } from "@/lib/source-url";
import { resolveQuestionReportAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.community.moderation.title };
}

function SourceLink({ sourcePath, label }: { sourcePath: string; label: string }) {
  const url = sourceFileUrl(sourcePath);
  return (
    <span>
      {label}: {url ? <a href={url}>{repositoryPath(sourcePath)}</a> : <code>{repositoryPath(sourcePath)}</code>}
    </span>
  );
}

/** The moderators' queue: readers' error reports on questions, and questions whose forum majority differs from the key. */
export default async function ModerationPage() {
  const user = await getSessionUser();
  if (!user) redirect("/signin?callbackUrl=%2Fmoderation");
  const [{ locale, t }, timeZone] = await Promise.all([getI18n(), getTimeZone()]);
  const m = t.community.moderation;
  if (!canModerate(user)) {
    return (
      <section className="narrow stack">
        <h1>{m.title}</h1>
        <p className="notice">{m.moderatorOnly}</p>
      </section>
    );
  }
  const [reports, disagreements] = await Promise.all([listQuestionReports(user), listKeyDisagreements(user)]);
  return (
    <section className="narrow stack" aria-labelledby="moderation-title">
      <h1 id="moderation-title">{m.title}</h1>
      <p className="lead">{m.lead}</p>
      <p>
        <Link href="/forum">{m.reportedPosts}</Link>
      </p>

      <h2 id="question-reports">{m.reports}</h2>
      {reports.length === 0 ? (
        <p className="muted">{m.noReports}</p>
      ) : (
        <ol className={styles.queue} aria-labelledby="question-reports">
          {reports.map((report) => {
            const time = formatDateTime(report.createdAt, locale, timeZone);
            return (
              <li key={report.id} data-testid="question-report">
                <p className={styles.queueMeta}>
                  <Link href={`/questions/${report.questionId}`}>{report.questionId}</Link>
                  <span className="badge">{t.community.report.reasons[report.reason]}</span>
                  <span>{format(m.reportedBy, { name: report.reporterName ?? t.auth.anonymous })}</span>
                  <time dateTime={time.iso}>{time.text}</time>
                </p>
                <p className={styles.details}>{report.details}</p>
                <p className={styles.queueMeta}>
                  <SourceLink sourcePath={report.sourcePath} label={m.source} />
                  <ActionButton
                    action={resolveQuestionReportAction}
                    fields={{ reportId: report.id }}
                    label={m.resolve}
                  />
                </p>
              </li>
            );
          })}
        </ol>
      )}

      <h2 id="key-disagreements">{m.disagreements}</h2>
      {disagreements.length === 0 ? (
        <p className="muted">{m.noDisagreements}</p>
      ) : (
        <ol className={styles.queue} aria-labelledby="key-disagreements">
          {disagreements.map((item) => (
            <li key={item.questionId} data-testid="key-disagreement">
              <p className={styles.queueMeta}>
                <Link href={`/questions/${item.questionId}/forum`}>{item.questionId}</Link>
                <span>{format(m.key, { key: item.key.join(", ") })}</span>
                <span>
                  {format(m.communityTop, {
                    letters: item.communityTop.join(", "),
                    supporters: item.supporters,
                    stated: item.stated,
                  })}
                </span>
              </p>
              <p className={styles.queueMeta}>
                <SourceLink sourcePath={item.sourcePath} label={m.source} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
