/**
 * An Application Load Balancer as the target of a Network Load Balancer [NLB-ALB]: once the NLB's connection reaches
 * the ALB's listener, the ALB (a proxy) opens its own connection to each of its targets, from its private address and
 * ports 1024-65535. The flow's verdict is then read on the ALB's last connection (SCENARIO.md §3c).
 */
import { portRange } from "../core/port-set";
import { fact } from "../core/fact";
import { addVar, fixed, type Walk } from "../core/walk-state";
import { exchange } from "./flow-exchange";
import type { Eni } from "./model-types";

/** After a connection to `target` on `port` succeeded: when the target is an ALB, its legs to its own targets. */
export function continueThroughAlb(w: Walk, target: Eni, port: number): boolean {
  const alb = target.kind === "lb" ? w.model.lbs[target.name] : undefined;
  if (!alb || alb.type !== "application") return true;
  const listener = alb.listeners.find((l) => l.port === port);
  if (!listener) return true;
  for (const t of listener.targets) {
    const next = w.model.enis[t];
    if (!next) continue;
    const conn = `back:${target.name}>${t}`;
    w.finalConn = conn;
    const e = addVar(w, `elb-port:${target.name}>${t}`, fact("varLbPort", { target: t }), portRange(1024, 65535));
    const ok = exchange(
      w,
      conn,
      fact("labelLbToTarget", { target: t }),
      { kind: "eni", eni: target },
      next.ip,
      "tcp",
      e,
      fixed(listener.targetPort),
      t,
    );
    if (!ok) return false;
  }
  return true;
}
