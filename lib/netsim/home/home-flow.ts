import type { Model } from '../model';
import type { Walk } from '../walk-state';
import type { Flow } from '../schema';
import type { AppSpec } from '../apps';
import type { PortSet } from '../port-set';

export function isHomeEndpoint(m: Model, name: string): boolean {
  void m; void name;
  return false;
}

export function runHomeFlow(w: Walk, flow: Flow, app: AppSpec, clientPorts: PortSet): void {
  void w; void flow; void app; void clientPorts;
}
