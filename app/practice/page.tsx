import type { Metadata } from "next";
import { Messages } from "@/components/i18n/messages";
import { PracticeSetupForm } from "@/components/quiz/practice-setup-form";
import { getSessionUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { topicLabel } from "@/lib/i18n/topics";
import { listExams } from "@/lib/server/bank/list-exams";
import { listTopicsByExam } from "@/lib/server/quiz/list-topics";
import { SAA_TASK_STATEMENTS } from "@/lib/review/task-statements";
import { countQuestionsByTask } from "@/lib/server/review/count-questions-by-task";
import { startPracticeAction } from "./actions";

type Props = { searchParams: Promise<{ exam?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.quiz.practice.title };
}

export default async function PracticeSetupPage({ searchParams }: Props) {
  const [{ exam: wanted }, { locale, t }, user] = await Promise.all([searchParams, getI18n(), getSessionUser()]);
  const [exams, topics, tasks] = await Promise.all([listExams(locale), listTopicsByExam(), countQuestionsByTask()]);
  const labelOf = (task: string) => {
    const key = SAA_TASK_STATEMENTS.find((statement) => statement.id === task)?.key;
    return key ? t.learning.tasks[key] : "";
  };
  const options = exams
    .filter((exam) => exam.questionCount > 0)
    .map((exam) => ({
      id: exam.id,
      title: exam.title,
      domains: exam.domains,
      topics: (topics.get(exam.id) ?? []).map((x) => ({ ...x, label: topicLabel(x.topic, locale) })),
      tasks: (tasks.get(exam.id) ?? []).map(({ task, count }) => ({ task, label: labelOf(task), count })),
    }));
  return (
    <div className="stack">
      <h1>{t.quiz.practice.title}</h1>
      <p className="lead">{t.quiz.practice.intro}</p>
      {options.length === 0 ? (
        <p className="notice">{t.home.empty}</p>
      ) : (
        <Messages namespaces={["practiceSetup"]}>
          <PracticeSetupForm
            exams={options}
            defaultExamId={options.some((exam) => exam.id === wanted) ? (wanted as string) : (options[0]?.id ?? "")}
            isSignedIn={user !== null}
            action={startPracticeAction}
          />
        </Messages>
      )}
    </div>
  );
}
