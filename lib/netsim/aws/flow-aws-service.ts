/** Link-local AWS services reached without security group or NACL evaluation (SG-15, NACL-10). */
import { ipFrom, type IpAddress } from "../core/address";
import { ipToString as ip } from "../core/address";
import { fact } from "../core/fact";
import {
  addVar,
  beginPacket,
  endPacket,
  fixed,
  markArrived,
  record,
  type Pkt,
  type Proto,
  type Walk,
} from "../core/walk-state";
import type { AppSpec } from "../core/apps";
import type { Eni, Model } from "./model";
import type { PortSet } from "../core/port-set";

/**
 * SG-15 / NACL-10: the Amazon DNS resolver (VPC base + 2), instance metadata and Amazon Time Sync are reached
 * without any security group or network ACL evaluation.
 */
export function awsService(
  w: Walk,
  eni: Eni,
  service: string,
  app: AppSpec,
  clientPorts: PortSet,
  at?: IpAddress,
): void {
  const vpc = w.model.vpcCidrs.find((c) => c.family === 4);
  const addr =
    at ??
    (service === "amazon-dns" && vpc
      ? ({ family: 4, value: vpc.base + 2n } as IpAddress)
      : (ipFrom(service === "imds" ? "169.254.169.254" : "169.254.169.123") as IpAddress));
  const c = addVar(w, "client-port", fact("varClientPort"), clientPorts);
  const proto: Proto = app.kind === "l4" ? app.proto : "tcp";
  const port = app.kind === "l4" ? app.port : 53;
  for (const kind of ["request", "response"] as const) {
    beginPacket(w, "main", kind);
    const p: Pkt =
      kind === "request"
        ? { proto, src: eni.ip, dst: addr, sport: c, dport: fixed(port) }
        : { proto, src: addr, dst: eni.ip, sport: fixed(port), dport: c };
    record(w, kind === "request" ? eni.name : service, "instance", "ORIGINATED", p, p, {}, () =>
      fact("sendSimple", { host: kind === "request" ? eni.name : service, src: ip(p.src), dst: ip(p.dst) }),
    );
    record(w, service, "instance", "ACCEPTED", p, p, { reason: "AWS_SERVICE_EXEMPT" }, () =>
      fact("awsServiceExempt", { service, address: ip(addr) }),
    );
    if (kind === "request") markArrived(w);
    endPacket(w, kind === "request" ? fact("labelToService", { service }) : fact("labelReply"), "ACCEPTED");
  }
}

/** Link-local and reserved addresses of the AWS services above, IPv4 and IPv6 (Nitro) [VPC-DNS], [EC2-IMDS], [EC2-TIME]. */
const SERVICE_ADDRESSES: readonly [string, string][] = [
  ["169.254.169.253", "amazon-dns"],
  ["fd00:ec2::253", "amazon-dns"],
  ["169.254.169.254", "imds"],
  ["fd00:ec2::254", "imds"],
  ["169.254.169.123", "time-sync"],
  ["fd00:ec2::123", "time-sync"],
];

/**
 * The AWS service a literal destination address is, if any: the same packet gets the same verdict however its
 * destination is written. The VPC's base address + 2 (and 169.254.169.253) is the Amazon DNS resolver, 169.254.169.254
 * instance metadata, 169.254.169.123 Amazon Time Sync.
 */
export function awsServiceAt(m: Model, a: IpAddress): string | null {
  const vpc = m.vpcCidrs.find((c) => c.family === 4);
  if (vpc && a.family === 4 && a.value === vpc.base + 2n) return "amazon-dns";
  for (const [text, service] of SERVICE_ADDRESSES) {
    const s = ipFrom(text);
    if (s && s.family === a.family && s.value === a.value) return service;
  }
  return null;
}
