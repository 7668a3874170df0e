import type { ReactNode } from "react";
import { emailTokenSchema } from "@/lib/auth/schemas";

type Props = {
  id: string;
  title: string;
  lead: string;
  /** The `token` search parameter as the page received it. */
  token: string | string[] | undefined;
  /** The form, given the validated token. */
  form: (token: string) => ReactNode;
  /** What a link without a usable token shows instead (an alert first). */
  missing: ReactNode;
};

/** The page behind an emailed link (reset password, confirm address): its form with the token, or why it cannot be used. */
export function EmailTokenSection({ id, title, lead, token, form, missing }: Props) {
  const parsed = emailTokenSchema.safeParse(token);
  return (
    <section className="narrow stack" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{title}</h1>
      {parsed.success ? (
        <>
          <p className="lead">{lead}</p>
          {form(parsed.data)}
        </>
      ) : (
        missing
      )}
    </section>
  );
}
