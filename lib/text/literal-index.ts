/**
 * Which spans of a text (its sentences) contain which literals, found by one scan for all of them. Many rules run
 * a regex over every sentence although most sentences cannot match it; with the regex's required literals (see
 * required-literals.ts) each rule looks only at the sentences holding one of them. One scan of the whole text for
 * the union of every rule's literals replaces a scan per rule.
 */
export interface Span {
  start: number;
  end: number;
}

export class LiteralRegistry {
  private readonly literals = new Set<string>();
  private finder: RegExp | null = null;
  /** For each registered literal, the scanned (minimal) literals it contains. */
  private covering = new Map<string, string[]>();
  /** Bumped whenever a literal is added: an index built before does not know about it. */
  version = 0;

  add(literals: Iterable<string>): void {
    for (const literal of literals) {
      if (!literal || this.literals.has(literal)) continue;
      this.literals.add(literal);
      this.finder = null;
      this.version++;
    }
  }

  has(literal: string): boolean {
    return this.literals.has(literal);
  }

  private compile(): RegExp {
    if (this.finder) return this.finder;
    // Only the literals that contain no other are scanned for: a text holding "sale of data" holds "sale", so a
    // rule requiring "sale of data" may look at the spans holding "sale" (a few more, never fewer). Fewer and
    // shorter alternatives make the one scan faster, and no scanned literal is a prefix of another, so the longest
    // match at a position is the only one there.
    const all = [...this.literals];
    const minimal = all.filter((l) => !all.some((o) => o !== l && l.includes(o)));
    this.covering = new Map(all.map((l) => [l, minimal.filter((m) => l.includes(m))]));
    const escaped = minimal
      .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
      .map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    this.finder = escaped.length ? new RegExp(escaped.join('|'), 'g') : /(?!)/g;
    return this.finder;
  }

  /**
   * Scans `lower` (a lower-cased text whose offsets are those of the spans) once and returns, for each registered
   * literal, the indices of the spans it occurs in, ascending. `spans` must be sorted and must not overlap. An
   * occurrence that starts in a span counts for it even if it runs past the span's end: the index may list a span
   * too many, never one too few.
   */
  index(lower: string, spans: readonly Span[]): LiteralIndex {
    const finder = this.compile();
    const hits = new Map<string, number[]>();
    let s = 0;
    finder.lastIndex = 0;
    for (let m = finder.exec(lower); m !== null; m = finder.exec(lower)) {
      const at = m.index;
      while (s < spans.length && spans[s]!.end <= at) s++;
      if (s >= spans.length) break;
      const span = spans[s]!;
      if (at < span.start) {
        // Between spans (a heading, a block separator): go on from the next span.
        finder.lastIndex = Math.max(at + 1, span.start);
        continue;
      }
      let list = hits.get(m[0]);
      if (!list) hits.set(m[0], (list = []));
      if (list[list.length - 1] !== s) list.push(s);
      finder.lastIndex = at + 1;
    }
    finder.lastIndex = 0;
    return new LiteralIndex(hits, this.covering, spans.length, this.version);
  }
}

export class LiteralIndex {
  constructor(
    /** Spans of each scanned literal. */
    private readonly hits: Map<string, number[]>,
    private readonly covering: Map<string, string[]>,
    private readonly spanCount: number,
    /** The registry version the index was built at: literals added later are not in it. */
    readonly version: number,
  ) {}

  /** Indices of the spans holding at least one of `literals`, ascending. */
  spansWithAny(literals: readonly string[]): number[] {
    const marks = new Uint8Array(this.spanCount);
    let any = false;
    for (const literal of literals) {
      const covering = this.covering.get(literal);
      if (!covering) throw new Error(`literal not registered: ${literal}`);
      for (const scanned of covering) {
        const list = this.hits.get(scanned);
        if (!list) continue;
        any = true;
        for (const i of list) marks[i] = 1;
      }
    }
    const out: number[] = [];
    if (!any) return out;
    for (let i = 0; i < marks.length; i++) if (marks[i]) out.push(i);
    return out;
  }
}
