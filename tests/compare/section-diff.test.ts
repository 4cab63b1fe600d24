import { describe, expect, it } from 'vitest';
import { findSiteChange } from '../../lib/compare/changes';
import {
  diffSummaries,
  FOLD_UNCHANGED_ABOVE_CHARS,
  hasChanges,
  headingKey,
  sectionTextView,
} from '../../lib/compare/diff';
import type { PolicySummary, SectionText, StoredVersion } from '../../lib/schema';
import { DAY, makeSummary, record, version } from './fixtures';

// Sections of two versions are paired by heading and compared on the text each stored version kept beside its
// summary (StoredVersion.sectionTexts); the texts here are invented.

type Section = PolicySummary['sections'][number];

/** A summary whose sections have these headings, laid out one after another, with their texts. */
function withSections(parts: [heading: string | null, text: string][]): {
  summary: PolicySummary;
  texts: SectionText[];
} {
  let at = 0;
  const sections: Section[] = parts.map(([heading, text]) => {
    const section = { heading, categories: [], start: at, end: at + text.length };
    at += text.length + 2;
    return section;
  });
  return {
    summary: makeSummary({ sections }),
    texts: parts.map(([, text]) => ({ text, truncated: false })),
  };
}

const diffTexts = (
  before: ReturnType<typeof withSections>,
  after: ReturnType<typeof withSections>,
) =>
  diffSummaries(before.summary, after.summary, {
    before: { sectionTexts: before.texts },
    after: { sectionTexts: after.texts },
  }).sections;

describe('headingKey', () => {
  it('ignores numbering, case, spacing and trailing punctuation, so renumbered sections still pair', () => {
    expect(headingKey('4. How Long We Keep Data')).toBe('how long we keep data');
    expect(headingKey('5.2  how long we keep data:')).toBe('how long we keep data');
    expect(headingKey('IV. How long we keep data')).toBe('how long we keep data');
    expect(headingKey('(b) How long we keep data')).toBe('how long we keep data');
    expect(headingKey('Section 7 How long we keep data')).toBe('how long we keep data');
    expect(headingKey(null)).toBe('');
  });

  it('keeps words that only look like numbering', () => {
    expect(headingKey('Do Not Track')).toBe('do not track');
    expect(headingKey('Information we collect')).toBe('information we collect');
    expect(headingKey('I agree')).toBe('i agree');
  });
});

describe('section text diff', () => {
  const base = withSections([
    ['1. What we collect', 'We collect your email address.'],
    ['2. How long we keep it', 'We keep order records for 30 days. Logs are deleted after a week.'],
    ['3. Contact', 'Write to privacy@shop.example.'],
  ]);

  it('finds no change when every section text is the same, whatever the spacing', () => {
    const same = withSections([
      ['1. What we collect', 'We collect   your email\naddress.'],
      [
        '2. How long we keep it',
        'We keep order records for 30 days. Logs are deleted after a week.',
      ],
      ['3. Contact', 'Write to privacy@shop.example.'],
    ]);
    expect(diffTexts(base, same)).toEqual([]);
  });

  it('pairs renumbered sections by heading and shows the old and new text of the changed one', () => {
    const next = withSections([
      ['1. What we collect', 'We collect your email address.'],
      ['2. Children', 'We do not knowingly collect data from children.'],
      [
        '3. How long we keep it',
        'We keep order records for 90 days. Logs are deleted after a week.',
      ],
      ['4. Contact', 'Write to privacy@shop.example.'],
    ]);
    const changes = diffTexts(base, next);
    expect(changes.map((c) => [c.heading, c.status])).toEqual([
      ['2. Children', 'added'],
      ['3. How long we keep it', 'changed'],
    ]);
    const changed = changes[1]!;
    expect(changed.before?.text).toContain('30 days');
    expect(changed.after?.text).toContain('90 days');
    expect(changes[0]!.before).toBeNull();
    expect(changes[0]!.after?.text).toMatch(/children/);
  });

  it('reports a removed section with its old text', () => {
    const next = withSections([
      ['What we collect', 'We collect your email address.'],
      ['How long we keep it', 'We keep order records for 30 days. Logs are deleted after a week.'],
    ]);
    const changes = diffTexts(base, next);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ status: 'removed', heading: '3. Contact', after: null });
    expect(changes[0]!.before?.text).toBe('Write to privacy@shop.example.');
  });

  it('tells repeated headings apart by their order', () => {
    const a = withSections([
      ['Details', 'First details.'],
      ['Details', 'Second details.'],
    ]);
    const b = withSections([
      ['Details', 'First details.'],
      ['Details', 'Second details, changed.'],
    ]);
    const changes = diffTexts(a, b);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.after?.text).toBe('Second details, changed.');
  });

  it('ignores kept texts that do not line up with the sections, falling back to quotes', () => {
    const d = diffSummaries(base.summary, base.summary, {
      before: { sectionTexts: base.texts.slice(1) },
      after: { sectionTexts: base.texts },
    });
    expect(d.sections).toEqual([]);
    const sides = diffSummaries(base.summary, withSections([['Other', 'x']]).summary, {
      before: { sectionTexts: base.texts.slice(1) },
    }).sections;
    expect(sides.every((s) => s.before === null || s.before.text === null)).toBe(true);
  });
});

describe('diff of a migrated summary', () => {
  it('does not report fields an older summary never recorded as removed or added', () => {
    const old = makeSummary({ flags: [], dataCollected: [] });
    const cur = makeSummary({
      flags: [
        {
          id: 'sells-data',
          severity: 'high',
          title: 'Sells your data',
          explanation: 'x',
          evidence: [{ quote: 'We sell data.', start: 0, end: 13 }],
        },
      ],
    });
    const plain = diffSummaries(old, cur);
    expect(plain.flags.added).toHaveLength(1);
    const d = diffSummaries(old, cur, { before: { filled: ['flags', 'dataCollected'] } });
    expect(d.flags.added).toEqual([]);
    expect(d.dataTypes.added).toEqual([]);
    expect(d.notCompared).toEqual(['flags', 'dataCollected']);
    expect(hasChanges(d)).toBe(false);
  });
});

describe('findSiteChange with kept section texts', () => {
  const before = withSections([['Retention', 'We keep logs for 30 days.']]);
  const after = withSections([['Retention', 'We keep logs for 90 days.']]);
  const v = (s: ReturnType<typeof withSections>, hash: string, at: number): StoredVersion => ({
    ...version(s.summary, hash, at),
    sectionTexts: s.texts,
  });

  it('sees a wording change the summary alone would miss, and shows both texts', () => {
    const change = findSiteChange(
      record('shop.example', [v(after, 'h2', 2 * DAY), v(before, 'h1', DAY)], 'h1'),
    );
    expect(change?.unseen).toBe(true);
    expect(change?.diff.sections).toHaveLength(1);
    expect(change?.diff.sections[0]!.before?.text).toBe('We keep logs for 30 days.');
    expect(change?.diff.sections[0]!.after?.text).toBe('We keep logs for 90 days.');
  });

  it('without kept texts, the same wording change is not visible', () => {
    const change = findSiteChange(
      record(
        'shop.example',
        [version(after.summary, 'h2', 2 * DAY), version(before.summary, 'h1', DAY)],
        'h1',
      ),
    );
    expect(change).toBeNull();
  });
});

describe('sectionTextView', () => {
  const paragraph = (n: number) =>
    `Paragraph ${n} says something long enough about how the service handles your data and why it does so.`;
  const many = Array.from({ length: 20 }, (_, i) => paragraph(i + 1));
  const oldText = many.join('\n\n');
  const newText = many
    .map((p, i) => (i === 11 ? `${p} We now keep chat logs for two years.` : p))
    .join('\n\n');

  it('folds runs of unchanged paragraphs of a long section, keeping the changed one whole', () => {
    expect(newText.length).toBeGreaterThan(FOLD_UNCHANGED_ABOVE_CHARS);
    const view = sectionTextView(newText, oldText);
    expect(view.map((p) => (p.kind === 'unchanged' ? p.paragraphs : 'text'))).toEqual([
      11,
      'text',
      8,
    ]);
    const changed = view[1]!;
    expect(changed.kind === 'paragraph' && changed.sentences).toEqual([
      { text: paragraph(12), onlyHere: false },
      { text: 'We now keep chat logs for two years.', onlyHere: true },
    ]);
    // The old side has no sentence the new one lacks: every paragraph folds.
    expect(sectionTextView(oldText, newText)).toEqual([{ kind: 'unchanged', paragraphs: 20 }]);
  });

  it('shows a short section, or one without a counterpart, whole', () => {
    const short = 'We keep logs for 30 days.\n\nWe delete accounts on request.';
    expect(sectionTextView(short, 'We keep logs for 90 days.').map((p) => p.kind)).toEqual([
      'paragraph',
      'paragraph',
    ]);
    const added = sectionTextView(newText, null);
    expect(added).toHaveLength(20);
    expect(
      added.every((p) => p.kind === 'paragraph' && p.sentences.every((s) => !s.onlyHere)),
    ).toBe(true);
  });
});
