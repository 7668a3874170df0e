import type { Layout, Shape } from "@/lib/netsim-ui/topology-layout";
import { routePath } from "@/lib/netsim-ui/packet-route";
import { fitText } from "@/lib/netsim-ui/topology-layout";
import styles from "./netsim.module.css";

type Props = {
  layout: Layout;
  /** Diagram ids visited by the current packet so far, in order (the last one is where the packet is). */
  path: string[];
  outcome: "moving" | "dropped" | "delivered";
  /** Ids of every element that matched a rule at the current step (highlighted). */
  active: string | null;
  title: string;
  description: string;
  onSelect?: (id: string) => void;
};

const isContainer = (shape: Shape) => shape.kind === "vpc" || shape.kind === "lan" || shape.kind === "subnet";

function shapeClass(shape: Shape, active: string | null): string {
  const base = styles[`shape-${shape.kind}`] ?? "";
  return shape.id === active ? `${base} ${styles.shapeActive}` : base;
}

/** The topology as SVG, generated from the scenario; the packet moves between anchors (no motion when reduced). */
export function TopologyDiagram({ layout, path, outcome, active, title, description }: Props) {
  // Straight between neighbours; along the lane's corridor where a straight line would cross a VPC not entered.
  const points = routePath(layout, path);
  const at = points.at(-1);
  return (
    <svg
      className={styles.diagram}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-labelledby="netsim-diagram-title netsim-diagram-desc"
      data-testid="topology"
    >
      <title id="netsim-diagram-title">{title}</title>
      <desc id="netsim-diagram-desc">{description}</desc>
      {/* Containers, then the path, then the boxes: the path runs between boxes instead of striking through labels. */}
      {layout.shapes.filter(isContainer).map((shape) => (
        <g key={shape.id} className={shapeClass(shape, active)} data-id={shape.id}>
          <ShapeView shape={shape} />
        </g>
      ))}
      {points.length > 1 ? (
        <polyline className={styles.path} points={points.map((point) => `${point.x},${point.y}`).join(" ")} />
      ) : null}
      {layout.shapes
        .filter((shape) => !isContainer(shape))
        .map((shape) => (
          <g key={shape.id} className={shapeClass(shape, active)} data-id={shape.id}>
            <ShapeView shape={shape} />
          </g>
        ))}
      {at ? (
        <g
          className={styles.packet}
          style={{ transform: `translate(${at.x}px, ${at.y}px)` }}
          data-outcome={outcome}
          aria-hidden="true"
        >
          <circle r={outcome === "moving" ? 6 : 8} />
          {outcome === "dropped" ? <path d="M-4,-4 L4,4 M4,-4 L-4,4" /> : null}
          {outcome === "delivered" ? <path d="M-4,0 L-1,3 L4,-3" /> : null}
        </g>
      ) : null}
    </svg>
  );
}

function ShapeView({ shape }: { shape: Shape }) {
  const { x, y, w, h } = shape;
  switch (shape.kind) {
    case "vpc":
    case "lan":
      return (
        <>
          <rect x={x} y={y} width={w} height={h} rx={10} />
          <text x={x + 8} y={y + 16} className={styles.boxLabel}>
            {shape.label}
          </text>
        </>
      );
    case "subnet":
      return (
        <>
          <rect x={x} y={y} width={w} height={h} rx={8} />
          <text x={x + 8} y={y + 25} className={styles.name}>
            {fitText(shape.label, w - 16, 11)}
          </text>
          <text x={x + 8} y={y + 36} className={styles.sub}>
            {shape.sub}
          </text>
        </>
      );
    case "pill":
      return (
        <>
          <rect x={x} y={y} width={w} height={h} rx={h / 2} />
          <text x={x + 8} y={y + h / 2 + 3.3} className={styles.pillText}>
            {fitText(shape.label, w - 8 - h, 9)}
          </text>
        </>
      );
    case "internet":
    case "gateway":
      return (
        <>
          <rect x={x} y={y} width={w} height={h} rx={shape.kind === "internet" ? h / 2 : 6} />
          <text x={x + (w - 20) / 2} y={y + h / 2 - 2} textAnchor="middle" className={styles.name}>
            {fitText(shape.label, w - 32, 11)}
          </text>
          <text x={x + (w - 20) / 2} y={y + h / 2 + 10} textAnchor="middle" className={styles.sub}>
            {fitText(shape.sub, w - 28, 9)}
          </text>
        </>
      );
    case "host":
      return (
        <>
          <rect x={x} y={y} width={w} height={h} rx={6} />
          <text x={x + 8} y={y + 15} className={styles.name}>
            {fitText(`${shape.role === "nat" ? "NAT " : shape.role === "lb" ? "LB " : ""}${shape.label}`, w - 16, 11)}
          </text>
          <text x={x + 8} y={y + 27} className={styles.sub}>
            {fitText(shape.sub, w - 12, 9)}
          </text>
        </>
      );
  }
}
