import { format } from "@/lib/i18n/format";
import { useMessages } from "@/components/i18n/messages-provider";
import styles from "./netsim.module.css";

export const SPEEDS = { slow: 1600, normal: 900, fast: 400 } as const;
export type Speed = keyof typeof SPEEDS;

type Props = {
  current: number;
  total: number;
  isRunning: boolean;
  speed: Speed;
  onGo: (index: number) => void;
  onPlay: () => void;
  onSpeed: (speed: Speed) => void;
  /** Until then the speed selector is server HTML: a choice made there would be undone by hydration. */
  isHydrated: boolean;
};

/** First / previous / play-pause / next / last, the speed and where we are ("step 4 of 9"). */
export function PlayerControls({ current, total, isRunning, speed, onGo, onPlay, onSpeed, isHydrated }: Props) {
  const t = useMessages("netsim").controls;
  const last = total - 1;
  // aria-disabled rather than disabled: a button that reaches the end keeps focus, so the arrow keys keep working.
  const edge = (isAtEdge: boolean) => ({ "aria-disabled": isAtEdge || undefined });
  return (
    <div className={styles.controls} role="group" aria-label={t.label}>
      <button
        type="button"
        className="button button-quiet"
        onClick={() => onGo(0)}
        {...edge(current === 0)}
        aria-label={t.first}
      >
        <EdgeIcon isEnd={false} />
      </button>
      <button type="button" className="button button-quiet" onClick={() => onGo(current - 1)} {...edge(current === 0)}>
        {t.previous}
      </button>
      <button type="button" className="button" onClick={onPlay} aria-pressed={isRunning}>
        {isRunning ? t.pause : t.play}
      </button>
      <button
        type="button"
        className="button button-quiet"
        onClick={() => onGo(current + 1)}
        {...edge(current >= last)}
      >
        {t.next}
      </button>
      <button
        type="button"
        className="button button-quiet"
        onClick={() => onGo(last)}
        {...edge(current >= last)}
        aria-label={t.last}
      >
        <EdgeIcon isEnd />
      </button>
      <label className={styles.speed}>
        <span>{t.speed}</span>
        <select value={speed} onChange={(event) => onSpeed(event.target.value as Speed)} disabled={!isHydrated}>
          {(Object.keys(SPEEDS) as Speed[]).map((key) => (
            <option key={key} value={key}>
              {t.speeds[key]}
            </option>
          ))}
        </select>
      </label>
      <span className={styles.position} data-testid="step-position">
        {format(t.position, { n: total === 0 ? 0 : current + 1, total })}
      </span>
    </div>
  );
}

/** "First" / "last" glyphs drawn, not typed: the CJK fonts have no ⏮ ⏭. */
function EdgeIcon({ isEnd }: { isEnd: boolean }) {
  return (
    <svg
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      style={isEnd ? { transform: "scaleX(-1)" } : undefined}
    >
      <path d="M3.5 3v10" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      <path d="M13 3.2v9.6L5.5 8z" fill="currentColor" />
    </svg>
  );
}
