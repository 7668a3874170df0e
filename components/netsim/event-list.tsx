import { useEffect, useId, useRef } from "react";
import { useMessages } from "@/components/i18n/messages-provider";
import { ExplainPending, useExplainMessages } from "@/components/netsim/explain-messages";
import { endpointLabel, explain, ruleLabel, type ExplainMessages, type Header } from "@/lib/netsim";
import { formatPorts, isDrop, isTranslated, labelOf, packetOutcome, type Frame } from "@/lib/netsim-ui/story";
import styles from "./netsim.module.css";

type Props = {
  frames: Frame[];
  current: number;
  names?: Readonly<Record<string, string>>;
  onSelect: (index: number) => void;
  hasNoResponse: boolean;
  level: 3 | 4;
};

/** A packet header as one line; with the explanation sentences at hand, a missing address is said in the reader's language. */
export function headerText(header: Header, m?: ExplainMessages | null): string {
  const ports = (p: Header["srcPorts"]) => (p === null ? "" : `:${formatPorts(p)}`);
  const [src, dst] = m
    ? [endpointLabel(header.src, header.srcLacks, m), endpointLabel(header.dst, header.dstLacks, m)]
    : [header.src, header.dst];
  return `${header.proto} ${src}${ports(header.srcPorts)} → ${dst}${ports(header.dstPorts)}`;
}

/**
 * Every step as a list a screen reader can follow alone: where, what it did, the header before and after any
 * translation, the rule that matched and why. Selecting a step moves the player there.
 */
export function EventList({ frames, current, names, onSelect, hasNoResponse, level }: Props) {
  const t = useMessages("netsim");
  const sentences = useExplainMessages();
  const Title = level === 3 ? "h3" : "h4";
  const PacketTitle = level === 3 ? "h4" : "h5";
  const listRef = useRef<HTMLDivElement>(null);
  // Unique per player: a forum thread can show several.
  const ids = useId();
  useEffect(() => {
    // Keep the selected step visible inside the list without scrolling the page. Measured in the next frame, so
    // stepping never forces a layout of its own before the commit is painted.
    const frame = requestAnimationFrame(() => {
      const list = listRef.current;
      const item = list?.querySelector<HTMLElement>('[aria-current="step"]');
      if (!list || !item || list.scrollHeight <= list.clientHeight) return;
      // The list is the item's offsetParent (position: relative), so offsetTop is measured from its top.
      const top = item.offsetTop;
      if (top < list.scrollTop || top + item.offsetHeight > list.scrollTop + list.clientHeight)
        list.scrollTop = Math.max(0, top - 8);
    });
    return () => cancelAnimationFrame(frame);
  }, [current]);
  const packets = [...new Set(frames.map((frame) => frame.packet))];
  return (
    <div className={styles.events} ref={listRef}>
      <Title id={`${ids}-events-title`} className={styles.panelTitle}>
        {t.events.title}
      </Title>
      {packets.map((packet) => {
        const inPacket = frames
          .map((frame, index) => ({ frame, index }))
          .filter(({ frame }) => frame.packet === packet);
        const trace = inPacket[0]?.frame.trace;
        if (!trace) return null;
        const outcome = packetOutcome(trace);
        return (
          <section key={packet} aria-labelledby={`${ids}-packet-${packet}`}>
            <PacketTitle id={`${ids}-packet-${packet}`} className={styles.packetTitle}>
              <span className={styles.kind} data-kind={trace.kind}>
                {t.packet[trace.kind]}
              </span>{" "}
              {sentences ? explain(trace.label, sentences, names) : <ExplainPending />}
              <span className={styles.outcome} data-outcome={outcome}>
                {t.packet[outcome]}
              </span>
            </PacketTitle>
            <ol className={styles.eventList}>
              {inPacket.map(({ frame, index }) => {
                const { step } = frame;
                const isCurrent = index === current;
                const isTransformed = isTranslated(step);
                return (
                  <li
                    key={index}
                    aria-current={isCurrent ? "step" : undefined}
                    data-drop={isDrop(step) ? "true" : undefined}
                    className={styles.event}
                  >
                    <button
                      type="button"
                      className={styles.eventButton}
                      onClick={() => onSelect(index)}
                      aria-describedby={`netsim-step-${index}-text`}
                    >
                      <span className={styles.seq}>{index + 1}</span>
                      <span className={styles.where}>
                        {labelOf(t.components, step.component)} <code>{step.node}</code>
                      </span>
                      <span className={styles.action} data-action={step.action}>
                        {labelOf(t.actions, step.action)}
                      </span>
                    </button>
                    <div className={styles.eventDetail}>
                      <p className={styles.header}>
                        {isTransformed ? (
                          <>
                            <span className={styles.headerTag}>{t.events.before}</span>{" "}
                            <code>{headerText(step.before, sentences)}</code>
                            <br />
                            <span className={styles.headerTag}>{t.events.after}</span>{" "}
                            <code>{headerText(step.after, sentences)}</code>
                          </>
                        ) : (
                          <code>{headerText(step.before, sentences)}</code>
                        )}
                      </p>
                      {step.rule ? (
                        <p className={styles.ruleLine}>
                          {t.events.rule}:{" "}
                          {sentences ? <code>{ruleLabel(step.rule, sentences)}</code> : <ExplainPending />}
                        </p>
                      ) : null}
                      {step.denied && step.denied.length > 0 ? (
                        <p className={styles.ruleLine}>
                          {t.events.denied}: <code>{formatPorts(step.denied)}</code>
                        </p>
                      ) : null}
                      <p id={`netsim-step-${index}-text`} className={styles.stepText}>
                        {sentences ? explain(step.fact, sentences, names) : <ExplainPending />}
                      </p>
                      <details className={styles.authorDetails}>
                        <summary>{t.details}</summary>
                        <dl>
                          <dt>{t.detailsFact}</dt>
                          <dd>
                            <code>{step.fact.code}</code>
                          </dd>
                          {step.reason ? (
                            <>
                              <dt>{t.detailsReason}</dt>
                              <dd>
                                <code>{step.reason}</code>
                              </dd>
                            </>
                          ) : null}
                          {step.rule ? (
                            <>
                              <dt>{t.detailsRule}</dt>
                              <dd>
                                <code>{step.rule.id}</code>
                              </dd>
                            </>
                          ) : null}
                        </dl>
                      </details>
                    </div>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
      {hasNoResponse ? <p className="muted">{t.noResponse}</p> : null}
    </div>
  );
}
