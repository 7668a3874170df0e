/**
 * A memo for a pure function of a string (parsing an address or a CIDR): bounded, cleared when full. Holds no
 * scenario state, so no caller can ever see a stale value; everything that depends on a scenario is cached by the
 * analysis that owns it (CompileCache, ModelIndex), never at module level.
 */
export class BoundedMemo<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly limit: number) {}
  get(key: string, build: () => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined || this.map.has(key)) return hit as V;
    const v = build();
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, v);
    return v;
  }
}
