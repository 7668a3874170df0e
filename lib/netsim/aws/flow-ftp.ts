/** FTP-1..5: the control connection to port 21, then the data connection (passive: the client opens it; active: the server does). */
import { isPrivateV4 } from "../core/cidr";
import { portRange, type PortSet } from "../core/port-set";
import { ipToString as ip } from "../core/address";
import { fact } from "../core/fact";
import { addVar, beginPacket, endPacket, fixed, record, type Pkt, type Walk } from "../core/walk-state";
import { exchange, ownAddressOr, type Endpoint } from "./flow-exchange";
import type { IpAddress } from "../core/address";

export function runFtp(
  w: Walk,
  client: Endpoint,
  server: Endpoint,
  mode: "active" | "passive",
  dst: IpAddress | null,
  clientPorts: PortSet,
  toName: string,
): void {
  const c1 = addVar(w, "client-port", fact("varClientPortControl"), clientPorts);
  const control = exchange(w, "control", fact("labelFtpControl"), client, dst, "tcp", c1, fixed(21), toName);
  if (!control) return;
  if (mode === "passive") {
    // FTP-3: the server answers 227 with an address and a port from its passive range; the client connects.
    const ftp = server.kind === "eni" ? server.eni.ftp : server.host.ftp;
    const pasv = addVar(w, "pasv-port", fact("varPasvPort"), ftp?.pasvPorts ?? portRange(1024, 65535));
    const advertised =
      server.kind === "internet"
        ? dst
        : ftp?.advertise === "private"
          ? server.eni.ip
          : (server.eni.publicIp ?? server.eni.ip);
    const addr = client.kind === "eni" && server.kind === "eni" ? server.eni.ip : advertised;
    const c2 = addVar(w, "client-data-port", fact("varClientPortData"), clientPorts);
    exchange(w, "data", fact("labelFtpDataPassive"), client, addr, "tcp", c2, pasv, toName);
    return;
  }
  // FTP-2: active mode: the server connects from port 20 to the address and port in the client's PORT command.
  const clientFtp = client.kind === "eni" ? client.eni.ftp : null;
  const portAddr =
    client.kind === "internet"
      ? client.host.ip
      : clientFtp?.advertise === "public" && client.eni.publicIp
        ? client.eni.publicIp
        : client.eni.ip;
  const c2 = addVar(w, "client-data-port", fact("varPortCommand"), clientPorts);
  const serverEp: Endpoint = server;
  const from = serverEp;
  beginPacket(w, "data", "request");
  const note: Pkt = { proto: "tcp", src: ownAddressOr(from), dst: portAddr, sport: fixed(20), dport: c2 };
  record(w, from.kind === "eni" ? from.eni.name : from.host.name, "instance", "ORIGINATED", note, note, {}, () =>
    fact("ftpPortCommand", {
      address: ip(portAddr),
      ports: w.vars["client-data-port"]?.alive ?? [],
      isPrivate: isPrivateV4(portAddr),
    }),
  );
  endPacket(w, fact("labelPortCommand"), "ACCEPTED");
  exchange(w, "data", fact("labelFtpDataActive"), from, portAddr, "tcp", fixed(20), c2, "client");
}

/** ELB-1: the load balancer is a proxy: client → listener, then a new connection LB (1024-65535) → target. */
