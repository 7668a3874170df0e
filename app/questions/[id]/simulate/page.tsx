import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Messages } from "@/components/i18n/messages";
import { Player } from "@/components/netsim/player";
import { VariantBadge } from "@/components/quiz/variant-badge";
import styles from "@/components/netsim/netsim.module.css";
import { requestNow } from "@/lib/request-context";
import { getSessionUser } from "@/lib/auth/session";
import { format } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { decodePlayerState, readVariantSeed } from "@/lib/netsim-ui/url-state";
import { findPlayerScenario } from "@/lib/server/netsim/get-player-scenario";
import { requesterFrom } from "@/lib/server/quiz/requester-from";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, { t }] = await Promise.all([params, getI18n()]);
  return { title: format(t.netsim.questionTitle, { id }), robots: { index: false } };
}

/**
 * The full-page player of one question, its state in the URL (?choices=A,C&os=linux&step=4) so it can be shared.
 * Locked (no scenario sent) until the viewer's own answer to the question has been graded.
 */
export default async function SimulatePage({ params, searchParams }: Props) {
  const [{ id }, query, { locale, t }, user] = await Promise.all([params, searchParams, getI18n(), getSessionUser()]);
  if (!/^[a-z]+-\d{4}$/.test(id)) notFound();
  const found = await findPlayerScenario(
    await requesterFrom(user),
    id,
    locale,
    await requestNow(),
    readVariantSeed(query),
  );
  if (!found || found.status === "none") notFound();
  if (found.status === "locked") {
    return (
      <article className="narrow stack" aria-labelledby="simulate-locked">
        <h1 id="simulate-locked">{format(t.netsim.locked.title, { id })}</h1>
        <p>{t.netsim.locked.body}</p>
        <p>
          <Link className="button" href={`/questions/${id}`}>
            {t.netsim.locked.practise}
          </Link>
        </p>
      </article>
    );
  }
  const initial = decodePlayerState(
    query,
    found.choices.map((choice) => choice.letter),
  );
  return (
    <article className={`stack ${styles.wide}`} aria-labelledby="simulate-heading">
      <p className="meta">
        <Link href={`/questions/${id}`}>← {t.netsim.backToQuestion}</Link>
      </p>
      <h1 id="simulate-heading">
        {format(t.netsim.questionTitle, { id })}
        {found.variantSeed !== undefined ? (
          <>
            {" "}
            <VariantBadge label={t.quiz.variant} />
          </>
        ) : null}
      </h1>
      <p className="lead">{t.netsim.lead}</p>
      <Messages namespaces={["netsim"]}>
        <Player
          scenario={found.scenario}
          choices={found.choices}
          initial={initial}
          locale={locale}
          sharePath={`/questions/${id}/simulate`}
          isUrlSynced
        />
      </Messages>
    </article>
  );
}
