"use client";
import { useState } from "react";
import { useMessages } from "@/components/i18n/messages-provider";
import type { ActionResult } from "@/lib/action-result";
import { format } from "@/lib/i18n/format";
import { SetupForm } from "./setup-form";
import styles from "./setup-form.module.css";

import type { ExamOption } from "@/lib/quiz/dto";

type Props = {
  exams: ExamOption[];
  defaultExamId: string;
  action: (previous: ActionResult<never> | null, formData: FormData) => Promise<ActionResult<never>>;
};

/** Mock exam options: the bank, a random draw or a fixed set, full size or a shorter draw, and the +30 minute accommodation. */
export function ExamSetupForm({ exams, defaultExamId, action }: Props) {
  const t = useMessages("examSetup");
  const [setNumber, setSetNumber] = useState("");
  return (
    <SetupForm
      id="exam"
      exams={exams}
      defaultExamId={defaultExamId}
      action={action}
      namespace="examSetup"
      onExamChange={() => setSetNumber("")}
    >
      {(exam) => {
        const taken = exam.sets.filter((set) => set.takenCount > 0);
        return (
          <>
            {exam.sets.length > 0 ? (
              <div className="field">
                <label htmlFor="exam-set">{t.source}</label>
                <select
                  id="exam-set"
                  name="set"
                  value={setNumber}
                  onChange={(event) => setSetNumber(event.target.value)}
                  aria-describedby="exam-set-hint"
                >
                  <option value="">{t.sourceRandom}</option>
                  {exam.sets.map((set) => (
                    <option key={set.number} value={set.number}>
                      {set.takenCount > 0
                        ? format(t.setTaken, { n: set.number, count: set.takenCount })
                        : format(t.setName, { n: set.number })}
                    </option>
                  ))}
                </select>
                <p id="exam-set-hint" className="muted">
                  {format(t.setHint, { count: exam.sets.length, size: exam.questionCount })}{" "}
                  {taken.length > 0
                    ? format(t.setsTaken, {
                        sets: taken.map((set) => format(t.setName, { n: set.number })).join(t.setsSeparator),
                      })
                    : t.setsNoneTaken}
                </p>
              </div>
            ) : null}
            {setNumber === "" ? (
              <div className="field">
                <label htmlFor="exam-size">{t.size}</label>
                <select id="exam-size" name="size" defaultValue={exam.questionCount} key={exam.id}>
                  {exam.sizes.map(({ size, minutes }) => (
                    <option key={size} value={size}>
                      {size === exam.questionCount
                        ? format(t.sizeFull, { count: size })
                        : format(t.sizeShort, { count: size, minutes })}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            {exam.extensionMinutes > 0 ? (
              <label className={styles.radio}>
                <input type="checkbox" name="isExtended" value="on" />
                {format(t.extension, { minutes: exam.extensionMinutes })}
              </label>
            ) : null}
          </>
        );
      }}
    </SetupForm>
  );
}
