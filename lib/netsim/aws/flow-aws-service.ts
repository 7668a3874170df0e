/** Link-local AWS services reached without security group or NACL evaluation (SG-15, NACL-10). */
import { ipFrom, type IpAddress } from '../core/address';
import { ipToString as ip } from '../core/address';
import { fact } from '../core/fact';
import { addVar, beginPacket, endPacket, fixed, markArrived, record, type Pkt, type Proto, type Walk } from '../core/walk-state';
import type { AppSpec } from '../core/apps';
import type { Eni } from './model';
import type { PortSet } from '../core/port-set';

/**
 * SG-15 / NACL-10: the Amazon DNS resolver (VPC base + 2), instance metadata and Amazon Time Sync are reached
 * without any security group or network ACL evaluation.
 */
export function awsService(w: Walk, eni: Eni, service: string, app: AppSpec, clientPorts: PortSet): void {
  const vpc = w.model.vpcCidrs.find((c) => c.family === 4);
  const addr = service === 'amazon-dns' && vpc ? ({ family: 4, value: vpc.base + 2n } as IpAddress) : (ipFrom(service === 'imds' ? '169.254.169.254' : '169.254.169.123') as IpAddress);
  const c = addVar(w, 'client-port', fact('varClientPort'), clientPorts);
  const proto: Proto = app.kind === 'l4' ? app.proto : 'tcp';
  const port = app.kind === 'l4' ? app.port : 53;
  for (const kind of ['request', 'response'] as const) {
    beginPacket(w, 'main', kind);
    const p: Pkt = kind === 'request' ? { proto, src: eni.ip, dst: addr, sport: c, dport: fixed(port) } : { proto, src: addr, dst: eni.ip, sport: fixed(port), dport: c };
    record(w, kind === 'request' ? eni.name : service, 'instance', 'ORIGINATED', p, p, {}, () => fact('sendSimple', { host: kind === 'request' ? eni.name : service, src: ip(p.src), dst: ip(p.dst) }));
    record(w, service, 'instance', 'ACCEPTED', p, p, { reason: 'AWS_SERVICE_EXEMPT' }, () => fact('awsServiceExempt', { service, address: ip(addr) }));
    if (kind === 'request') markArrived(w);
    endPacket(w, kind === 'request' ? fact('labelToService', { service }) : fact('labelReply'), 'ACCEPTED');
  }
}
