import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { dataTypeLabels, recipientKindLabels, rightLabels } from '../../components/strings';
import english from '../../locales/en.json';
import { DATA_TYPE_LABELS, RECIPIENT_KIND_LABELS, RIGHT_LABELS } from '../../lib/compare/labels';
import { DATA_TYPES, RECIPIENT_KINDS, RIGHTS, SEVERITIES } from '../../lib/schema/vocab';

// Source scans: the messages in locales/en.json and the keys the code asks for must match, and the comparison page
// must show no English written into its components (a new language is one file, not a code change).

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCE_DIRS = ['components', 'entrypoints', 'lib'];

function sourceFiles(dirs: readonly string[]): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ts|tsx)$/.test(name))
      .map((name) => path.join(ROOT, dir, name)),
  );
}

const sources = new Map(
  [...sourceFiles(SOURCE_DIRS), path.join(ROOT, 'wxt.config.ts')].map((file) => [
    path.relative(ROOT, file),
    readFileSync(file, 'utf8'),
  ]),
);

type Nested = { [key: string]: string | Nested };
const isPlural = (node: Nested) => Object.keys(node).every((k) => k === 'n' || /^\d+$/.test(k));

/** Every message as the code names it: "period.days" for nested ones, "compare_title" for flat ones. */
function messageKeys(node: Nested, prefix: string[] = []): string[] {
  return Object.entries(node).flatMap(([k, v]) =>
    typeof v === 'string' || isPlural(v)
      ? [[...prefix, k].join('.')]
      : messageKeys(v, [...prefix, k]),
  );
}
const KEYS = messageKeys(english as Nested);

/** Literal keys passed to t() or i18n.t() anywhere in the extension's source. */
function keysUsedInCode(): { key: string; file: string }[] {
  return [...sources].flatMap(([file, text]) =>
    [...text.matchAll(/\b(?:i18n\.)?t\(\s*'([\w.]+)'/g)].map((m) => ({ key: m[1]!, file })),
  );
}

describe('locale keys', () => {
  it('every key the code asks for exists in locales/en.json', () => {
    const used = keysUsedInCode();
    // The scan must see the popup's and the comparison page's calls, or an empty result would prove nothing.
    expect(used.some((u) => u.file.startsWith('components/compare/'))).toBe(true);
    expect(used.some((u) => u.file === path.join('components', 'strings.ts'))).toBe(true);
    expect(used.filter((u) => !KEYS.includes(u.key))).toEqual([]);
  });

  it('the comparison asks only for compare_* keys, besides a few of the popup’s shared words', () => {
    const compareFiles = [...sources.keys()].filter((f) =>
      /^(components\/compare|entrypoints\/compare|lib\/compare\/(labels|rows|export))/.test(f),
    );
    const keys = keysUsedInCode().filter((u) => compareFiles.includes(u.file));
    // The comparison also reuses a few of the popup's words (headings, vocabulary, periods): one table per language.
    const shared = new Set(['dataHeading', 'retentionHeading', 'lastUpdated']);
    expect(
      keys.filter(
        (u) => !u.key.startsWith('compare_') && !u.key.startsWith('period.') && !shared.has(u.key),
      ),
    ).toEqual([]);
  });

  it('locales/en.json has no unused keys', () => {
    const everything = [...sources.values()].join('\n');
    // Vocabulary groups are read by id ("dataType.ip_address" for "ip-address") through labels()/vocabularyLabels().
    const groups = [...everything.matchAll(/\b(?:labels|vocabularyLabels)\(\s*'(\w+)'/g)].map(
      (m) => m[1]!,
    );
    expect(groups).toEqual(
      expect.arrayContaining(['dataType', 'recipientKind', 'right', 'severity']),
    );
    const unused = KEYS.filter((key) => {
      if (groups.includes(key.split('.')[0]!)) return false;
      const flat = key.replace(/\./g, '_');
      // Quoted anywhere (t() calls, tables of keys) or as a manifest placeholder.
      return !everything.includes(`'${key}'`) && !everything.includes(`__MSG_${flat}__`);
    });
    expect(unused).toEqual([]);
  });

  it('has a message for every vocabulary id the labels read', () => {
    const missing = [
      ...DATA_TYPES.map((id) => `dataType.${id}`),
      ...RECIPIENT_KINDS.map((id) => `recipientKind.${id}`),
      ...RIGHTS.map((id) => `right.${id}`),
      ...SEVERITIES.map((id) => `severity.${id}`),
    ]
      .map((key) => key.replace(/-/g, '_'))
      .filter((key) => !KEYS.includes(key));
    expect(missing).toEqual([]);
  });

  it('plural messages give the singular and the general form', () => {
    const plurals = (node: Nested): Nested[] =>
      Object.values(node).flatMap((v) =>
        typeof v === 'string' ? [] : isPlural(v) ? [v] : plurals(v),
      );
    const found = plurals(english as Nested);
    expect(found.length).toBeGreaterThan(3);
    for (const forms of found)
      expect(Object.keys(forms)).toEqual(expect.arrayContaining(['1', 'n']));
  });

  it('the comparison shows the popup’s words for data types, recipients and rights', () => {
    expect(DATA_TYPE_LABELS).toEqual(dataTypeLabels);
    expect(RECIPIENT_KIND_LABELS).toEqual(recipientKindLabels);
    expect(RIGHT_LABELS).toEqual(rightLabels);
    expect(DATA_TYPE_LABELS['ip-address']).toBe('IP address');
  });
});

/** Attributes whose text reaches the user (shown, or read by a screen reader). */
const VISIBLE_ATTRIBUTES = new Set([
  'title',
  'alt',
  'placeholder',
  'label',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
]);

const hasWords = (text: string) => /\p{L}{2,}/u.test(text);

/** Text written into JSX: element text, visible attribute values and string literals among an element's children. */
function jsxLiterals(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) =>
    `${path.basename(file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const literalsIn = (node: ts.Node): ts.Node[] =>
    ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)
      ? [node]
      : ts.isTemplateSpan(node)
        ? [node.literal, ...literalsIn(node.expression)]
        : ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)
          ? [] // Nested elements are visited on their own, with their attributes judged by name.
          : ts.isCallExpression(node)
            ? [] // A call's own arguments are keys and values (t('compare_title')), not text.
            : ts.isBinaryExpression(node) &&
                [
                  ts.SyntaxKind.EqualsEqualsEqualsToken,
                  ts.SyntaxKind.ExclamationEqualsEqualsToken,
                ].includes(node.operatorToken.kind)
              ? [] // A comparison with an id ('error') is not shown.
              : node.getChildren(source).flatMap(literalsIn);
  const report = (node: ts.Node, text: string) => {
    if (hasWords(text)) found.push(`${where(node)} ${JSON.stringify(text.trim())}`);
  };
  const reportLiterals = (node: ts.Node) => {
    for (const lit of literalsIn(node)) report(lit, (lit as ts.LiteralLikeNode).text);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    if (
      ts.isJsxAttribute(node) &&
      VISIBLE_ATTRIBUTES.has(node.name.getText(source)) &&
      node.initializer
    )
      reportLiterals(node.initializer);
    if (ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)))
      reportLiterals(node);
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

describe('comparison page text', () => {
  const files = [...sources.keys()].filter(
    (f) => /^(components|entrypoints)\/compare\//.test(f) && f.endsWith('.tsx'),
  );

  it('the scan finds English written into JSX (a check of the check)', () => {
    const sample = `export const A = () => (
      <p title="Hello there" className="muted">
        Saved summaries {n > 1 ? 'are here' : ''} <b aria-label={\`\${n} saved\`}>{t('compare_title')}</b>
        {kind === 'error' && <i>{' · '}</i>}
      </p>
    );`;
    expect(jsxLiterals('sample.tsx', sample).map((s) => s.replace(/^\S+ /, ''))).toEqual([
      '"Hello there"',
      '"Saved summaries"',
      '"are here"',
      '"saved"',
    ]);
  });

  it('no English is written into the comparison page’s JSX: every string comes from locales/en.json', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
    expect(files.flatMap((f) => jsxLiterals(f, sources.get(f)!))).toEqual([]);
  });
});

describe('"Changed since" text', () => {
  const files = [...sources.keys()].filter((f) => f.startsWith('components/changes/'));
  const quoted = (f: string) => [...sources.get(f)!.matchAll(/'(\w+)'/g)].map((m) => m[1]!);

  it('no English is written into components/changes JSX: every string comes from locales/en.json', () => {
    expect(files.filter((f) => f.endsWith('.tsx')).length).toBeGreaterThanOrEqual(2);
    expect(files.flatMap((f) => jsxLiterals(f, sources.get(f)!))).toEqual([]);
  });

  it('its messages are changes_* keys, and each one exists', () => {
    const scanned = [...files, path.join('lib', 'compare', 'diff.ts')];
    // Keys are passed to t() or the component's tr() shorthand, or listed in tables of MessageKey.
    const called = scanned.flatMap((f) =>
      [...sources.get(f)!.matchAll(/\btr?\(\s*'(\w+)'/g)].map((m) => m[1]!),
    );
    const named = scanned.flatMap((f) => quoted(f).filter((q) => q.startsWith('changes_')));
    expect(called.length).toBeGreaterThan(20);
    expect(called.filter((k) => !k.startsWith('changes_'))).toEqual([]);
    expect([...called, ...named].filter((k) => !KEYS.includes(k))).toEqual([]);
  });
});
