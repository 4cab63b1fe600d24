/**
 * Literal strings one of which every match of a regex contains, read from the regex's own source: a cheap,
 * exact pre-filter. A text (lower-cased) that holds none of them cannot match, so the regex need not run on it.
 * Returned in lower case; matching them against a lower-cased text is safe for case-sensitive regexes too (an
 * upper-case letter in a match is a lower-case one in the lower-cased copy).
 *
 * The reading is conservative: whatever it does not understand counts as "could be anything" and only weakens the
 * filter, never makes it wrong. Null when no literal is required (e.g. /\w+/) or the regex uses the unicode flags,
 * whose escapes and case folding this reader does not model.
 */
export function requiredLiterals(regex: RegExp): string[] | null {
  if (regex.unicode || regex.unicodeSets) return null;
  const parser = new Parser(regex.source);
  const info = parser.alternation();
  if (!parser.done()) return null;
  const req = requirement(info);
  if (!req) return null;
  // A literal containing another of the set adds nothing: a text holding it holds the shorter one.
  const all = [...req];
  return all.filter((l) => !all.some((o) => o !== l && l.includes(o))).sort();
}

/** What is known about a piece of a regex. */
interface Info {
  /** Every string the piece can match (lower-cased), when they are few; null when unknown or too many. */
  exact: Set<string> | null;
  /** Strings one of which every match of the piece contains; null when nothing is required. */
  req: Set<string> | null;
}

/** Bigger sets of exact strings are given up: the cross products of a long pattern would grow without bound. */
const MAX_EXACT = 64;

const EMPTY: Info = { exact: new Set(['']), req: null };
const UNKNOWN: Info = { exact: null, req: null };

function requirement(info: Info): Set<string> | null {
  const fromExact = info.exact && !info.exact.has('') ? info.exact : null;
  return better(info.req, fromExact);
}

/** The more selective of two requirements: longer shortest literal first (short ones occur everywhere), then fewer. */
function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a) return b;
  if (!b) return a;
  const la = shortest(a);
  const lb = shortest(b);
  if (la !== lb) return la > lb ? a : b;
  return a.size <= b.size ? a : b;
}

function shortest(set: Set<string>): number {
  let min = Infinity;
  for (const x of set) if (x.length < min) min = x.length;
  return min;
}

function union(a: Set<string>, b: Set<string>): Set<string> {
  return new Set([...a, ...b]);
}

function concat(a: Info, b: Info): Info {
  let exact: Set<string> | null = null;
  if (a.exact && b.exact && a.exact.size * b.exact.size <= MAX_EXACT) {
    exact = new Set<string>();
    for (const x of a.exact) for (const y of b.exact) exact.add(x + y);
  }
  return {
    exact,
    req: better(better(requirement(a), requirement(b)), exact && requirement({ exact, req: null })),
  };
}

function alternative(a: Info, b: Info): Info {
  const exact =
    a.exact && b.exact && a.exact.size + b.exact.size <= MAX_EXACT ? union(a.exact, b.exact) : null;
  const ra = requirement(a);
  const rb = requirement(b);
  return { exact, req: ra && rb ? union(ra, rb) : null };
}

function char(c: string): Info {
  // Outside ASCII only characters without case are kept ("’", "–"): case folding of other letters ("µ" matches
  // "μ" under the i flag) is more than this reader models, so such a letter counts as any character.
  if (c.charCodeAt(0) > 127 && c.toLowerCase() !== c.toUpperCase()) return UNKNOWN;
  return { exact: new Set([c.toLowerCase()]), req: null };
}

function chars(set: Set<string>): Info {
  let out: Info | null = null;
  for (const c of set) {
    const one = char(c);
    if (!one.exact) return UNKNOWN;
    out = out ? alternative(out, one) : one;
  }
  return out ?? UNKNOWN;
}

/** A class of at most this many characters is kept as alternatives ("[- ]", "[sz]"); bigger ones are "anything". */
const MAX_CLASS = 4;

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  done(): boolean {
    return this.i >= this.src.length;
  }

  alternation(): Info {
    const branches = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    // Combined in one pass: folding pairwise would copy the growing sets once per branch.
    let exact: Set<string> | null = new Set<string>();
    let req: Set<string> | null = new Set<string>();
    for (const branch of branches) {
      if (exact && branch.exact && exact.size + branch.exact.size <= MAX_EXACT)
        for (const x of branch.exact) exact.add(x);
      else exact = null;
      const r = requirement(branch);
      if (req && r) for (const x of r) req.add(x);
      else req = null;
    }
    return { exact, req };
  }

  private sequence(): Info {
    // `whole` is the sequence so far; `run` the literal run since the last piece that could be anything, so that
    // "r[eé]sum[eé]" still yields "sum" after the unknown "é".
    let whole = EMPTY;
    let run = EMPTY;
    let best: Set<string> | null = null;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const item = this.quantified(this.atom());
      whole = concat(whole, item);
      const longer = concat(run, item);
      if (longer.exact) run = longer;
      else {
        best = better(better(best, requirement(run)), requirement(item));
        run = item.exact ? item : EMPTY;
      }
    }
    best = better(best, requirement(run));
    return { exact: whole.exact, req: better(best, whole.req) };
  }

  private quantified(atom: Info): Info {
    const q = this.quantifier();
    if (!q) return atom;
    if (this.src[this.i] === '?') this.i++; // lazy: matches the same strings
    const [min, max] = q;
    if (min === 0) {
      if (max === 1 && atom.exact && atom.exact.size < MAX_EXACT)
        return { exact: union(atom.exact, new Set(['']))!, req: null };
      return UNKNOWN;
    }
    if (min === 1 && max === 1) return atom;
    return { exact: null, req: requirement(atom) };
  }

  /** [min, max] of a quantifier at the cursor (consumed), or null. A "{" that is no quantifier is a literal. */
  private quantifier(): [number, number] | null {
    const c = this.src[this.i];
    if (c === '*') return (this.i++, [0, Infinity]);
    if (c === '+') return (this.i++, [1, Infinity]);
    if (c === '?') return (this.i++, [0, 1]);
    if (c !== '{') return null;
    const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i));
    if (!m) return null;
    this.i += m[0].length;
    const min = Number(m[1]);
    const max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
    return [min, max];
  }

  private atom(): Info {
    const c = this.src[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    this.i++;
    if (c === '.') return UNKNOWN;
    if (c === '^' || c === '$') return EMPTY;
    return char(c);
  }

  private group(): Info {
    const rest = this.src.slice(this.i, this.i + 4);
    let lookaround = false;
    if (rest.startsWith('(?:')) this.i += 3;
    else if (rest.startsWith('(?=') || rest.startsWith('(?!')) {
      this.i += 3;
      lookaround = true;
    } else if (rest.startsWith('(?<=') || rest.startsWith('(?<!')) {
      this.i += 4;
      lookaround = true;
    } else if (rest.startsWith('(?<')) {
      const close = this.src.indexOf('>', this.i);
      this.i = close < 0 ? this.src.length : close + 1;
    } else if (rest.startsWith('(?')) {
      // Modifiers such as (?i:...) change what letters match: give up on the whole group.
      this.i = this.src.length;
      return UNKNOWN;
    } else this.i += 1;
    const inner = this.alternation();
    if (this.src[this.i] !== ')') {
      this.i = this.src.length + 1; // unbalanced: make done() false
      return UNKNOWN;
    }
    this.i++;
    // A lookaround consumes nothing; what it looks at may lie outside the match.
    return lookaround ? EMPTY : inner;
  }

  private escape(): Info {
    const c = this.src[this.i + 1];
    this.i += 2;
    if (c === undefined) return UNKNOWN;
    if (c === 'b' || c === 'B') return EMPTY;
    if ('dDwWsS'.includes(c)) return UNKNOWN;
    if (c >= '1' && c <= '9') {
      while (/\d/.test(this.src[this.i] ?? '')) this.i++;
      return UNKNOWN; // a back-reference: whatever the group matched
    }
    if (c === 'k' && this.src[this.i] === '<') {
      const close = this.src.indexOf('>', this.i);
      this.i = close < 0 ? this.src.length : close + 1;
      return UNKNOWN;
    }
    const code = this.escapedCode(c);
    return code === null ? UNKNOWN : char(String.fromCharCode(code));
  }

  /** The character an escape (after its backslash, cursor past the letter) stands for, or null if unknown. */
  private escapedCode(c: string): number | null {
    const simple: Record<string, number> = { n: 10, t: 9, r: 13, f: 12, v: 11, '0': 0 };
    if (c in simple) return simple[c]!;
    if (c === 'x' || c === 'u') {
      const len = c === 'x' ? 2 : 4;
      const hex = this.src.slice(this.i, this.i + len);
      if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) return c.charCodeAt(0);
      this.i += len;
      return parseInt(hex, 16);
    }
    if (c === 'c') return null;
    return c.charCodeAt(0);
  }

  private charClass(): Info {
    this.i++;
    let negated = false;
    if (this.src[this.i] === '^') {
      negated = true;
      this.i++;
    }
    const set = new Set<string>();
    let big = false;
    // In JavaScript a "]" always closes the class, even first ("[]" matches nothing).
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      const from = this.classChar();
      if (from === null) {
        big = true;
        continue;
      }
      if (
        this.src[this.i] === '-' &&
        this.src[this.i + 1] !== ']' &&
        this.i + 1 < this.src.length
      ) {
        this.i++;
        const to = this.classChar();
        if (to === null) {
          big = true;
          continue;
        }
        if (to - from >= MAX_CLASS) big = true;
        else for (let k = from; k <= to; k++) set.add(String.fromCharCode(k));
        continue;
      }
      set.add(String.fromCharCode(from));
    }
    if (this.src[this.i] !== ']') {
      this.i = this.src.length + 1;
      return UNKNOWN;
    }
    this.i++;
    if (negated || big || set.size === 0) return UNKNOWN;
    const lowered = new Set([...set].map((ch) => ch.toLowerCase()));
    if (lowered.size > MAX_CLASS) return UNKNOWN;
    return chars(set);
  }

  /** One class member's code (cursor moves past it), or null for a shorthand class such as \w. */
  private classChar(): number | null {
    const c = this.src[this.i]!;
    if (c !== '\\') {
      this.i++;
      return c.charCodeAt(0);
    }
    const e = this.src[this.i + 1];
    this.i += 2;
    if (e === undefined) return null;
    if ('dDwWsS'.includes(e)) return null;
    if (e === 'b') return 8;
    return this.escapedCode(e);
  }
}
