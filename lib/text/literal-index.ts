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

/** Where a registered literal is looked for: at the occurrences of a scanned literal it contains. */
interface Placement {
  scanned: string;
  /** Offsets in the registered literal at which the scanned one stands. */
  offsets: number[];
}

export class LiteralRegistry {
  private readonly literals = new Set<string>();
  private finder: RegExp | null = null;
  private placements = new Map<string, Placement[]>();
  private readonly plans = new WeakMap<
    readonly string[],
    { version: number; groups: Map<string, Placement[]> }
  >();
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

  private compile(): RegExp {
    if (this.finder) return this.finder;
    // Only the literals that contain no other are scanned for; the others are checked where a scanned literal they
    // contain occurs ("sale of data" where "sale" is). Fewer and shorter alternatives make the one scan faster,
    // and as no scanned literal is a prefix of another, the longest match at a position is the only one there.
    // Containment is found through an index of the literals by their first two characters (a lookup per position
    // of each literal), not by comparing every pair: thousands are registered, and this runs before the first
    // document is read.
    const all = [...this.literals];
    const everyLiteral = new ByPrefix(all);
    const minimal = all.filter((l) => everyLiteral.within(l, true).length === 0);
    const scanned = new ByPrefix(minimal);
    this.placements = new Map(
      all.map((l) => {
        const byScanned = new Map<string, number[]>();
        for (const [m, k] of scanned.within(l, false)) {
          const offsets = byScanned.get(m);
          if (offsets) offsets.push(k);
          else byScanned.set(m, [k]);
        }
        return [l, [...byScanned].map(([literal, offsets]) => ({ scanned: literal, offsets }))];
      }),
    );
    const escaped = [...minimal]
      .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
      .map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    this.finder = escaped.length ? new RegExp(escaped.join('|'), 'g') : /(?!)/g;
    return this.finder;
  }

  /**
   * How to find the spans holding one of `literals`, per scanned literal: which of `literals` to check at its
   * occurrences, and where they stand in them. Literals containing another of the list are dropped (a span holding
   * "sale of data" holds "sale"); a literal that is itself scanned needs no check. Cached per list.
   */
  plan(literals: readonly string[]): Map<string, Placement[]> {
    this.compile();
    const cached = this.plans.get(literals);
    if (cached && cached.version === this.version) return cached.groups;
    const groups = new Map<string, Placement[]>();
    const own = literals.filter((l) => !literals.some((o) => o !== l && l.includes(o)));
    for (const literal of new Set(own)) {
      const placements = this.placements.get(literal);
      if (!placements) throw new Error(`literal not registered: ${literal}`);
      for (const { scanned, offsets } of placements) {
        let group = groups.get(scanned);
        if (!group) groups.set(scanned, (group = []));
        // A literal that is the scanned one itself goes first: it marks its span without a check.
        if (scanned === literal) group.unshift({ scanned: literal, offsets: [] });
        else group.push({ scanned: literal, offsets });
      }
    }
    this.plans.set(literals, { version: this.version, groups });
    return groups;
  }

  /**
   * Scans `lower` (a lower-cased text whose offsets are those of the spans) once. `spans` must be sorted and must
   * not overlap; occurrences outside every span are ignored.
   */
  index(lower: string, spans: readonly Span[]): LiteralIndex {
    const finder = this.compile();
    const found = new Map<string, Occurrences>();
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
      let occurrences = found.get(m[0]);
      if (!occurrences) found.set(m[0], (occurrences = { at: [], span: [] }));
      occurrences.at.push(at);
      occurrences.span.push(s);
      finder.lastIndex = at + 1;
    }
    finder.lastIndex = 0;
    return new LiteralIndex(this, lower, found, spans.length, this.version);
  }
}

interface Occurrences {
  at: number[];
  /** The span of each occurrence. */
  span: number[];
}

/** Literals indexed by their first two characters (one-character literals by that character). */
class ByPrefix {
  private readonly byKey = new Map<string, string[]>();

  constructor(literals: readonly string[]) {
    for (const literal of literals) {
      const key = literal.slice(0, 2);
      const list = this.byKey.get(key);
      if (list) list.push(literal);
      else this.byKey.set(key, [literal]);
    }
  }

  /**
   * The indexed literals standing in `text`, each with its offset. With `proper`, other literals only, and the
   * first found is enough (the caller asks whether there is any).
   */
  within(text: string, proper: boolean): [string, number][] {
    const out: [string, number][] = [];
    for (let k = 0; k < text.length; k++) {
      const pair = text.slice(k, k + 2);
      // The two-character key, then (unless it is the same, at the end) the one-character one.
      for (const key of pair.length === 2 ? [pair, text[k]!] : [pair]) {
        const list = this.byKey.get(key);
        if (!list) continue;
        for (const literal of list) {
          if (literal.length > text.length - k) continue;
          if (!text.startsWith(literal, k) || (proper && literal === text)) continue;
          out.push([literal, k]);
          if (proper) return out;
        }
      }
    }
    return out;
  }
}

export class LiteralIndex {
  constructor(
    private readonly registry: LiteralRegistry,
    private readonly lower: string,
    private readonly found: Map<string, Occurrences>,
    private readonly spanCount: number,
    /** The registry version the index was built at: literals added later are not in it. */
    readonly version: number,
  ) {}

  /**
   * For each span, 1 if one of `literals` starts in it, else 0. A literal running past its span's end counts for
   * the span it starts in: a span too many, never one too few.
   */
  spanMarks(literals: readonly string[]): Uint8Array {
    if (this.version !== this.registry.version)
      throw new Error('literals were registered after this index was built');
    const marks = new Uint8Array(this.spanCount);
    for (const [scanned, checks] of this.registry.plan(literals)) {
      const occurrences = this.found.get(scanned);
      if (!occurrences) continue;
      for (let i = 0; i < occurrences.at.length; i++) {
        const span = occurrences.span[i]!;
        if (!marks[span] && this.holdsOne(checks, occurrences.at[i]!)) marks[span] = 1;
      }
    }
    return marks;
  }

  /** Indices of the spans in which one of `literals` starts, ascending (see spanMarks). */
  spansWithAny(literals: readonly string[]): number[] {
    const marks = this.spanMarks(literals);
    const out: number[] = [];
    for (let i = 0; i < marks.length; i++) if (marks[i]) out.push(i);
    return out;
  }

  /** Whether one of `checks` stands whole around the scanned literal's occurrence at `at`. */
  private holdsOne(checks: readonly Placement[], at: number): boolean {
    for (let c = 0; c < checks.length; c++) {
      const { scanned: literal, offsets } = checks[c]!;
      // No offsets: the literal is the scanned one itself.
      if (offsets.length === 0) return true;
      for (let k = 0; k < offsets.length; k++)
        if (this.lower.startsWith(literal, at - offsets[k]!)) return true;
    }
    return false;
  }
}
