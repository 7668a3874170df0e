"use client";
import own from "@/components/netsim/editor/editor.module.css";

type Props = {
  label: string;
  submit: string;
  /** `[question id, title in the reader's language]`, in order: a compact list, so the page's payload stays small. */
  entries: readonly (readonly [string, string])[];
  selected: string | null;
};

/**
 * The sandbox's scenario picker: a plain GET form (works before and without JavaScript). A client component only so
 * that its options travel as one compact list instead of one serialized element per option (about 2 kB gzip less).
 */
export function ScenarioPicker({ label, submit, entries, selected }: Props) {
  return (
    <form method="get" action="/sandbox" className="row">
      <label className={`field ${own.picker}`}>
        <span>{label}</span>
        <select name="scenario" defaultValue={selected ?? undefined}>
          {entries.map(([id, title]) => (
            <option key={id} value={id}>
              {`${id}: ${title}`}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button">
        {submit}
      </button>
    </form>
  );
}
