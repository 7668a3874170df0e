/** 「類題」/ "Variant": marks a question served as a variant (other values, key checked by the simulator). */
export function VariantBadge({ label, note }: { label: string; note?: string }) {
  return (
    <span className="badge" data-testid="variant-badge" title={note}>
      {label}
    </span>
  );
}
