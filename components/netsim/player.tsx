"use client";
import {
  memo,
  startTransition,
  Suspense,
  use,
  useCallback,
  useEffect,
  useEffectEvent,
  useId,
  useMemo,
  useOptimistic,
  useRef,
  useState,
} from "react";
import { EventList, headerText } from "@/components/netsim/event-list";
import { PlayerControls, SPEEDS, type Speed } from "@/components/netsim/player-controls";
import { RuleTables } from "@/components/netsim/rule-tables";
import { TopologyDiagram } from "@/components/netsim/topology-diagram";
import { WhatIfPanel } from "@/components/netsim/what-if-panel";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";
import { useMessages } from "@/components/i18n/messages-provider";
import { ExplainPending, useExplainMessages } from "@/components/netsim/explain-messages";

// Stepping changes only the diagram, the caption and the event list: the switches and tables skip re-rendering.
const MemoWhatIf = memo(WhatIfPanel);
const MemoRuleTables = memo(RuleTables);
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
// The browser entry point: no YAML parser (that is @/lib/netsim/authoring); the player receives parsed scenarios.
import {
  areOnDemandPartsLoaded,
  explain,
  loadOnDemandParts,
  localized,
  PartsNotLoaded,
  OS_TABLE,
  simulate,
  type ChoiceAnalysis,
  type Scenario,
} from "@/lib/netsim";
import { networkView, type RuleTable } from "@/lib/netsim-ui/network-view";
import {
  framesOf,
  isDrop,
  labelOf,
  matchedRowOf,
  matchedTablesOf,
  packetOutcome,
  targetOf,
  formatPorts,
} from "@/lib/netsim-ui/story";
import { layoutTopology } from "@/lib/netsim-ui/topology-layout";
import { encodePlayerState, PLAYER_OS, toggleChoice, type PlayerState } from "@/lib/netsim-ui/url-state";
import styles from "./netsim.module.css";

export type PlayerProps = {
  scenario: Scenario;
  /** The question's choices (letter and sanitized HTML); empty in the sandbox. */
  choices: { letter: string; html: string }[];
  /** The learner's graded answer, when the player opens on it (a button switches back to it). */
  answer?: string[];
  initial: PlayerState;
  locale: Locale;
  /** Path of the shareable page (e.g. /questions/saa-0001/simulate); null hides the share link. */
  sharePath: string | null;
  /** Query parameters kept in front of the player's own (the sandbox's setup). */
  baseQuery?: string;
  /** Keep the address bar in step with the state (the full-page player and the sandbox). */
  isUrlSynced: boolean;
  /** Sandbox: an editor rendered under each rule table. */
  renderEditor?: (table: RuleTable) => React.ReactNode;
  /** 3 inside a question's explanation (under its h2/h3 headings), 2 on a page of its own. */
  titleLevel?: 2 | 3;
  /** A forum replay card's mini player: diagram, steps and controls, without the what-if switches and rule tables. */
  isCompact?: boolean;
};

/** After a what-if or OS change the player jumps to where the packet now ends (dropped or delivered): clamped to the last step. */
const TO_OUTCOME = Number.MAX_SAFE_INTEGER;

function isInteractive(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "SELECT", "TEXTAREA", "BUTTON", "A"].includes(target.tagName))
  );
}

/** `run`'s result, or which of the simulator's on-demand parts it needs (connected networks and home, changes). */
function tryParts<T>(run: () => T): { value: T } | { missing: PartsNotLoaded } {
  try {
    return { value: run() };
  } catch (error) {
    if (error instanceof PartsNotLoaded) return { missing: error };
    throw error;
  }
}

type ChoicesUpdate = (choices: string[]) => string[];

/**
 * Switches choices on or off. Before the changes part is in (it loads after the first paint) the switch is a
 * transition: the player keeps showing the current simulation while the part loads, never its empty placeholder, and
 * the switches show the reader's choice at once (`showChoices`, optimistic until the transition commits).
 */
function setChoices(
  update: ChoicesUpdate,
  setState: (next: (state: PlayerState) => PlayerState) => void,
  showChoices: (update: ChoicesUpdate) => void,
) {
  const next = (state: PlayerState): PlayerState => ({ ...state, choices: update(state.choices), step: TO_OUTCOME });
  if (areOnDemandPartsLoaded("changes")) setState(next);
  else
    startTransition(() => {
      showChoices(update);
      setState(next);
    });
}

/** The traces and the drawing of the network with `choices` applied, or which on-demand part they need first. */
function trySimulation(scenario: Scenario, choices: string[], os: PlayerState["os"]) {
  return tryParts(() => ({
    result: simulate(scenario, { choices, ...(os ? { clientOs: os } : {}) }),
    view: networkView(scenario, choices),
  }));
}

/** Runs `run`, loading the simulator's on-demand parts first when it needs them (outside rendering). */
async function withParts<T>(run: () => T): Promise<T> {
  for (;;) {
    const result = tryParts(run);
    if ("value" in result) return result.value;
    await loadOnDemandParts(result.missing.part);
  }
}

/**
 * The step-through player: diagram, event list, controls, what-if switches, OS selector and rule tables. A scenario
 * with connected networks or a home router waits (Suspense) for the simulator's code for those, loaded on demand.
 */
export function Player(props: PlayerProps) {
  return (
    <Suspense fallback={<div className={styles.slot} aria-busy="true" />}>
      <PlayerBody {...props} />
    </Suspense>
  );
}

function PlayerBody({
  scenario,
  choices,
  answer,
  initial,
  locale,
  sharePath,
  baseQuery = "",
  isUrlSynced,
  renderEditor,
  titleLevel = 2,
  isCompact = false,
}: PlayerProps) {
  const t = useMessages("netsim");
  const sentences = useExplainMessages();
  const Title = titleLevel === 2 ? "h2" : "h3";
  // Several players can share a page (a forum thread's replay cards): their ids must not collide.
  const ids = useId();
  const titleId = `${ids}-title`;
  const osHintId = `${ids}-os-hint`;
  const keyboardHintId = `${ids}-keyboard-hint`;
  const [state, setState] = useState<PlayerState>(initial);
  const isHydrated = useIsHydrated();
  const [isPlaying, setIsPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>("normal");
  const [isCopied, setIsCopied] = useState(false);

  // Classifying every choice tries many combinations (up to a few hundred ms on a phone): do it after the first paint,
  // with the analysis code loaded then (its own chunk: the sandbox and the compact player never need it).
  const [analysis, setAnalysis] = useState<ChoiceAnalysis | null>(null);
  useEffect(() => {
    if (choices.length === 0 || isCompact) return;
    let isCurrent = true;
    const timer = window.setTimeout(() => {
      void import("@/lib/netsim/analyze")
        .then(({ analyzeChoices }) => withParts(() => analyzeChoices(scenario)))
        .then((analyzed) => {
          if (isCurrent) setAnalysis(analyzed);
        });
    }, 0);
    return () => {
      isCurrent = false;
      window.clearTimeout(timer);
    };
  }, [scenario, choices.length, isCompact]);
  // The what-if switches apply choices' changes with the simulator's on-demand parts: load them after the first paint,
  // so the first switch does not wait for them (a view opened with choices on waits for them before it hydrates).
  useEffect(() => {
    if (choices.length > 0) void loadOnDemandParts("changes").catch(() => undefined);
  }, [choices.length]);
  // Without an on-demand part a simulation that needs it stops: suspend until it is loaded, then simulate again. React
  // may replay this render once a part arrives, keeping its memos and what use() returned, so the simulation runs
  // again after each use() (a scenario may need the changes, then the networks); which parts are in is part of the
  // memo's key, so a committed result is never one that was missing a part.
  const parts = `${areOnDemandPartsLoaded("changes")}/${areOnDemandPartsLoaded("networks")}`;
  let simulated = useMemo(
    () => trySimulation(scenario, state.choices, state.os),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `parts`: the simulation changes once a part is loaded
    [scenario, state.choices, state.os, parts],
  );
  for (let round = 0; "missing" in simulated; round++) {
    if (round === 3) throw simulated.missing;
    use(loadOnDemandParts(simulated.missing.part));
    simulated = trySimulation(scenario, state.choices, state.os);
  }
  const { result, view } = simulated.value;
  const layout = useMemo(() => layoutTopology(view), [view]);
  const names = useMemo(
    () => Object.fromEntries(Object.entries(scenario.names ?? {}).map(([k, v]) => [k, localized(v, locale) ?? k])),
    [scenario.names, locale],
  );

  const flowIndex = Math.min(state.flow, Math.max(result.flows.length - 1, 0));
  const flow = result.flows[flowIndex];
  const frames = useMemo(() => framesOf(flow), [flow]);
  const current = Math.min(state.step, Math.max(frames.length - 1, 0));
  const frame = frames[current];
  const step = frame?.step;
  const matchedRow = step ? matchedRowOf(step) : null;
  const matchedTables = useMemo(() => (step ? matchedTablesOf(step) : []), [step]);
  // What the switches show: the committed choices, or the reader's newer choice while its simulation waits for a part.
  const [shownChoices, showChoices] = useOptimistic(state.choices, (current: string[], update: ChoicesUpdate) =>
    update(current),
  );
  const onToggle = useCallback(
    (letter: string) => setChoices((current) => toggleChoice(current, letter), setState, showChoices),
    [showChoices],
  );
  const onSet = useCallback(
    (letters: string[]) => setChoices(() => [...letters].sort(), setState, showChoices),
    [showChoices],
  );

  const query = [baseQuery, encodePlayerState({ ...state, step: current, flow: flowIndex })].filter(Boolean).join("&");
  useEffect(() => {
    if (!isUrlSynced) return;
    // Debounced: Next's router listens to replaceState, and stepping or autoplay should not pay for it every step.
    const timer = window.setTimeout(() => {
      const url = `${window.location.pathname}${query ? `?${query}` : ""}`;
      if (url !== `${window.location.pathname}${window.location.search}`)
        window.history.replaceState(window.history.state, "", url);
    }, 250);
    return () => window.clearTimeout(timer);
  }, [isUrlSynced, query]);

  const last = frames.length - 1;
  const go = (index: number) => setState((s) => ({ ...s, step: Math.max(0, Math.min(index, last)) }));
  const isRunning = isPlaying && current < last;
  useEffect(() => {
    if (!isRunning) return;
    const timer = window.setTimeout(() => {
      setState((s) => ({ ...s, step: Math.min(current + 1, last) }));
      if (current + 1 >= last) setIsPlaying(false);
    }, SPEEDS[speed]);
    return () => window.clearTimeout(timer);
  }, [isRunning, current, last, speed]);

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const isSpace = event.key === " ";
    // Form controls and buttons keep their own keys (a focused button's Space clicks it).
    if (isInteractive(event.target) && (isSpace || !["ArrowLeft", "ArrowRight", "Home", "End"].includes(event.key)))
      return;
    if (
      isInteractive(event.target) &&
      (event.target as HTMLElement).tagName !== "BUTTON" &&
      (event.target as HTMLElement).tagName !== "A"
    )
      return;
    const actions: Record<string, () => void> = {
      ArrowLeft: () => go(current - 1),
      ArrowRight: () => go(current + 1),
      Home: () => go(0),
      End: () => go(last),
      " ": () => {
        if (current >= last) go(0);
        setIsPlaying(current >= last ? true : !isRunning);
      },
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });
  // A native listener that keeps the player's keys to itself: the practice page's shortcuts (Enter, N) listen on the
  // document and would otherwise leave the question when a switch or the diagram has focus.
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const section = sectionRef.current;
    if (!section) return;
    const listener = (event: KeyboardEvent) => {
      onKeyDown(event);
      event.stopPropagation();
    };
    section.addEventListener("keydown", listener);
    return () => section.removeEventListener("keydown", listener);
  }, []);

  // The diagram: where the current packet has been so far, and how this step ends for it.
  const path = frames
    .filter((f) => frame && f.packet === frame.packet && f.index <= frame.index)
    .map((f) => targetOf(f.step))
    .filter((id, i, list) => id !== list[i - 1]);
  const isLastOfPacket = frame ? frame.index === frame.trace.steps.length - 1 : false;
  const outcome =
    step && isDrop(step)
      ? "dropped"
      : frame && isLastOfPacket && packetOutcome(frame.trace) !== "dropped"
        ? "delivered"
        : "moving";
  const hasNoResponse =
    flow !== undefined &&
    flow.packets.length === 1 &&
    packetOutcome(flow.packets[0]!) === "dropped" &&
    flow.packets[0]!.kind === "request";
  const osLabel = (os: keyof typeof OS_TABLE) => t.osNames[os];
  const stepSummary = step
    ? `${format(t.controls.position, { n: current + 1, total: frames.length })} — ${labelOf(t.components, step.component)} ${step.node}: ${labelOf(t.actions, step.action)}. ${headerText(step.after, sentences)}`
    : "";
  const summary = [
    ...view.internet.map((h) => h.name),
    view.igw ? `IGW ${view.igw}` : null,
    ...view.subnets.map(
      (s) =>
        `${format(t.diagram.subnet, { name: s.name, cidr: s.cidr })}: ${s.members.map((m) => m.name).join(", ")} (NACL ${s.nacl}, RT ${s.table})`,
    ),
  ]
    .filter(Boolean)
    .join("; ");
  const clientPorts = (state.os ? [state.os] : PLAYER_OS.slice(0, 4))
    .map((os) => `${osLabel(os)} ${formatPorts(OS_TABLE[os].ephemeral)}`)
    .join(" / ");

  const copyLink = async () => {
    if (!sharePath) return;
    try {
      await navigator.clipboard.writeText(`${window.location.origin}${sharePath}${query ? `?${query}` : ""}`);
      setIsCopied(true);
    } catch {
      setIsCopied(false);
    }
  };

  return (
    <section
      ref={sectionRef}
      className={styles.player}
      aria-labelledby={titleId}
      data-compact={isCompact ? "true" : undefined}
      data-testid="netsim-player"
    >
      <Title id={titleId} className={styles.playerTitle}>
        {localized(scenario.title, locale) ?? t.title}
      </Title>
      <div className={styles.selectors}>
        <label className="field">
          <span>{t.flow}</span>
          <select
            value={flowIndex}
            disabled={!isHydrated}
            onChange={(e) => setState((s) => ({ ...s, flow: Number(e.target.value), step: 0 }))}
          >
            {result.flows.map((f, i) => (
              <option key={`${f.flow}-${f.os}-${i}`} value={i}>
                {format(t.flowOption, {
                  flow: f.flow,
                  role: f.role === "goal" ? t.goal : t.forbidden,
                  os: osLabel(f.os),
                })}{" "}
                — {t.verdict[f.verdict]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t.os}</span>
          <select
            value={state.os ?? ""}
            disabled={!isHydrated}
            onChange={(e) =>
              setState((s) => ({
                ...s,
                os: PLAYER_OS.find((os) => os === e.target.value) ?? null,
                flow: 0,
                step: TO_OUTCOME,
              }))
            }
            aria-describedby={osHintId}
          >
            <option value="">{t.osDefault}</option>
            {PLAYER_OS.map((os) => (
              <option key={os} value={os}>
                {osLabel(os)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id={osHintId} className={styles.hint}>
        {format(t.osHint, { ports: clientPorts })}
      </p>
      {flow ? (
        <p
          className={styles.flowVerdict}
          data-satisfied={flow.isSatisfied ? "true" : "false"}
          data-testid="flow-verdict"
        >
          {format(t.verdictLine, { flow: flow.flow, os: osLabel(flow.os), verdict: t.verdict[flow.verdict] })}
        </p>
      ) : null}

      <PlayerControls
        current={current}
        total={frames.length}
        isRunning={isRunning}
        speed={speed}
        onGo={go}
        onPlay={() => {
          if (current >= last) go(0);
          setIsPlaying(current >= last ? true : !isRunning);
        }}
        onSpeed={setSpeed}
        isHydrated={isHydrated}
      />
      <p id={keyboardHintId} className={`${styles.hint} ${styles.keyboardHint}`}>
        {t.controls.keyboard}
      </p>

      <div className={styles.stage}>
        {/* Focusable so the arrow keys and Space work after clicking the diagram. */}
        <div className={styles.diagramBox} tabIndex={0} aria-describedby={keyboardHintId} data-testid="diagram-box">
          <TopologyDiagram
            layout={layout}
            path={path}
            outcome={outcome}
            active={step ? targetOf(step) : null}
            title={t.diagram.label}
            description={format(t.diagram.description, { summary, step: stepSummary })}
          />
          <p className={styles.caption} aria-live="polite" data-testid="step-caption" data-outcome={outcome}>
            {step ? (
              <>
                <strong>{format(t.controls.position, { n: current + 1, total: frames.length })}</strong>{" "}
                {frame ? t.packet[frame.trace.kind] : ""} · {labelOf(t.components, step.component)}{" "}
                <code>{step.node}</code> ·{" "}
                <span className={styles.action} data-action={step.action}>
                  {labelOf(t.actions, step.action)}
                </span>
                <br />
                {sentences ? explain(step.fact, sentences, names) : <ExplainPending />}
              </>
            ) : null}
          </p>
        </div>
        <EventList
          frames={frames}
          current={current}
          names={names}
          onSelect={go}
          hasNoResponse={hasNoResponse}
          level={titleLevel === 2 ? 3 : 4}
        />
      </div>

      <div className={styles.lower} hidden={isCompact}>
        {choices.length > 0 ? (
          <MemoWhatIf
            choices={choices}
            on={shownChoices}
            isDisabled={!isHydrated}
            analysis={analysis}
            invalid={result.invalid}
            isGoalMet={result.isGoalMet}
            answer={answer}
            onToggle={onToggle}
            onSet={onSet}
          />
        ) : null}
        <MemoRuleTables
          tables={view.tables}
          matchedRow={matchedRow}
          matchedTables={matchedTables}
          renderEditor={renderEditor}
          level={titleLevel === 2 ? 3 : 4}
        />
      </div>

      {sharePath && !isUrlSynced ? (
        <p>
          <a href={`${sharePath}${query ? `?${query}` : ""}`} data-testid="share-link">
            {t.openFull}
          </a>
        </p>
      ) : null}
      {sharePath && isUrlSynced ? (
        <p className="row">
          <button type="button" className="button button-quiet" onClick={copyLink}>
            {t.controls.copyLink}
          </button>
          <span aria-live="polite" className="muted">
            {isCopied ? t.controls.copied : ""}
          </span>
        </p>
      ) : null}
    </section>
  );
}
