import { describe, expect, it } from 'vitest';
import { ipFrom, type IpAddress } from './address';
import { evaluateHostFirewall } from './host-firewall';
import { portRange } from './port-set';
import type { HostFirewall } from '../scenario/schema';

const peer = ipFrom('198.51.100.7') as IpAddress;

describe('host firewall (seed 002: local vs remote port)', () => {
  const fw: HostFirewall = { inbound: 'block', outbound: 'allow', rules: [{ direction: 'inbound', action: 'allow', proto: 'tcp', localPorts: 80 }] };
  it('matches the service on the local port, whatever the client port', () => {
    expect(evaluateHostFirewall(fw, 'inbound', { proto: 6, remote: peer, localPort: 80, remotePort: null }, 'remote', portRange(49152, 65535)).allowed).toEqual([{ from: 49152, to: 65535 }]);
  });
  it('does not confuse a remote port 80 with a local port 80', () => {
    expect(evaluateHostFirewall(fw, 'inbound', { proto: 6, remote: peer, localPort: 8080, remotePort: 80 }, null, null).isAllowed).toBe(false);
  });
  it('lets a block rule win over an allow rule', () => {
    const both: HostFirewall = { ...fw, rules: [...fw.rules, { direction: 'inbound', action: 'block', proto: 'tcp', remotePorts: '1024-5000' }] };
    const res = evaluateHostFirewall(both, 'inbound', { proto: 6, remote: peer, localPort: 80, remotePort: null }, 'remote', portRange(1025, 65535));
    expect(res.allowed).toEqual([{ from: 5001, to: 65535 }]);
    expect(res.blockedBy).toEqual([{ from: 1025, to: 5000 }]);
  });
});
