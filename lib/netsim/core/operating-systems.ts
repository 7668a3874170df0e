/**
 * Ephemeral (client) port ranges by operating system or AWS initiator (network-semantics.md §3).
 * "The client that initiates the request chooses the ephemeral port range" [VPC-NACL].
 */
import type { OsId } from "../scenario/schema";
import { portRange, type PortSet } from "./port-set";

/** An OS's name for learners is in the explain catalogue (`os.<id>`). */
export type OsInfo = { id: OsId; ephemeral: PortSet; source: string };

export const OS_TABLE: Readonly<Record<OsId, OsInfo>> = {
  // Modern Linux default (ip-sysctl.rst: "32768 and 60999"); chosen as `linux` because it is what a current
  // kernel (including Amazon Linux 2023) actually uses. The 61000 figure AWS's NACL page still quotes is `linux-legacy`.
  linux: { id: "linux", ephemeral: portRange(32768, 60999), source: "[LNX-DOC]" },
  "linux-legacy": { id: "linux-legacy", ephemeral: portRange(32768, 61000), source: "[LNX-COMMIT], [VPC-NACL]" },
  windows: { id: "windows", ephemeral: portRange(49152, 65535), source: "[MS-KB929851]" },
  "windows-xp": { id: "windows-xp", ephemeral: portRange(1025, 5000), source: "[VPC-NACL], [MS-KB929851]" },
  macos: { id: "macos", ephemeral: portRange(49152, 65535), source: "[RFC6335] (IANA dynamic range) [INF]" },
  "nat-gateway": { id: "nat-gateway", ephemeral: portRange(1024, 65535), source: "[VPC-NATGW]" },
  elb: { id: "elb", ephemeral: portRange(1024, 65535), source: "[VPC-NACL]" },
  lambda: { id: "lambda", ephemeral: portRange(1024, 65535), source: "[VPC-NACL]" },
};

/** The client operating systems meant by `os: all` (the three families AWS's NACL page lists). */
export const ALL_CLIENT_OS: readonly OsId[] = ["linux", "windows", "windows-xp"];

export function osInfo(id: OsId): OsInfo {
  return OS_TABLE[id];
}

/** Expands a flow's or endpoint's OS setting into a list. */
export function expandOsSet(set: OsId | "all" | readonly OsId[] | undefined, fallback: readonly OsId[]): OsId[] {
  if (set === undefined) return [...fallback];
  if (set === "all") return [...ALL_CLIENT_OS];
  return typeof set === "string" ? [set] : [...set];
}
