/** Compiled network pieces shared by the model and its helpers (model.ts re-exports them). */
import type { IpAddress } from "../core/address";
import type { Cidr } from "../core/cidr";
import type { Listen } from "../core/apps";
import type { PortSet } from "../core/port-set";
import type { CompiledNaclRule, CompiledSgRule } from "../core/rules";
import type { HostFirewall, OsId } from "../scenario/schema";
import type { TargetKind } from "../scenario/names";

export type FtpConfig = { pasvPorts: PortSet; advertise: "public" | "private" };
export type Eni = {
  name: string;
  kind: "host" | "nat" | "lb" | "vpce";
  subnet: string;
  vpc: string;
  ip: IpAddress;
  ipv6: IpAddress | null;
  publicIp: IpAddress | null;
  groups: string[];
  os: OsId;
  ephemeral: PortSet;
  listens: Listen[] | "any";
  firewall: HostFirewall | null;
  ftp: FtpConfig | null;
  /** RT-10: false on a NAT instance, which then forwards and source-NATs traffic routed to it. */
  sourceDestCheck: boolean;
};
export type InternetHost = {
  name: string;
  ip: IpAddress;
  ipv6: IpAddress | null;
  os: OsId[];
  listens: Listen[] | "any";
  ftp: FtpConfig | null;
  /** An on-premises host: the name of its network (SCENARIO.md §3b). */
  site?: string;
  /** An AWS service's public endpoint: `<service>|<region>`. */
  service?: string;
};
export type CompiledRoute = {
  dest: Cidr;
  via: string;
  kind: TargetKind | "missing" | "vpce";
  blackhole: boolean;
  text: string;
  /** Propagated from a virtual private gateway: a static route for the same prefix wins [S2S-PRIO]. */
  isPropagated?: boolean;
};
export type SubnetC = {
  name: string;
  cidr: Cidr;
  ipv6: Cidr | null;
  table: string;
  nacl: string;
  vpc: string;
  /** The Availability Zone, when the scenario gives one (SCENARIO.md §3c). */
  az?: string;
};
export type NaclC = { name: string; inbound: CompiledNaclRule[]; outbound: CompiledNaclRule[] };
export type SgC = { name: string; inbound: CompiledSgRule[]; outbound: CompiledSgRule[] };
export type LbC = {
  name: string;
  eni: string;
  listeners: { port: number; targetPort: number; targets: string[] }[];
  type: "application" | "classic" | "network";
  /** NLB: the target sees the client's address [NLB-IP]. */
  isClientIpPreserved: boolean;
};
