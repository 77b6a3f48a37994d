/**
 * Answers of a pure function kept by key, for the words and names that recur from article to article (verb lemmas,
 * name keys). Emptied all at once past `limit` entries: a bound on memory for an unbounded vocabulary, and
 * refilling is cheap.
 */
export class BoundedCache<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /** The answer for `key`, computing it from `arg` (which the key must determine) the first time. */
  get<A>(key: string, arg: A, compute: (arg: A) => V): V {
    let v = this.map.get(key);
    if (v === undefined) {
      if (this.map.size >= this.limit) this.map.clear();
      v = compute(arg);
      this.map.set(key, v);
    }
    return v;
  }
}
