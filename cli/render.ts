import { isSessionEnd } from '../lib/analyze/facts/retention-cookies';
import type { Flag, PolicySummary, Retention } from '../lib/schema';

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
}

const code = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
export const COLOURS: Style = {
  bold: code(1, 22),
  dim: code(2, 22),
  red: code(31, 39),
  yellow: code(33, 39),
  green: code(32, 39),
};
const same = (s: string) => s;
export const PLAIN: Style = { bold: same, dim: same, red: same, yellow: same, green: same };

/** Colour only for a person at a terminal who has not asked for none (https://no-color.org). */
export function styleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): Style {
  return stream.isTTY && !env.NO_COLOR ? COLOURS : PLAIN;
}

const QUOTE_CHARS = 220;

// Policy text comes from web pages: control characters (terminal escape sequences among them) are removed
// before anything is printed, so a page cannot drive the reader's terminal.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function clean(text: string): string {
  return text.replace(UNPRINTABLE, '').replace(/\s+/g, ' ').trim();
}

function clip(text: string, max: number): string {
  const t = clean(text);
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

function describePeriod(r: Retention): string {
  if (r.period.kind === 'indefinite') return 'indefinitely';
  if (r.period.kind === 'as-long-as-necessary') return 'as long as necessary';
  if (isSessionEnd(r)) return 'until the browser session ends';
  const days = r.period.days;
  // 0 days otherwise: data not kept at all ("we do not store card numbers").
  if (days === 0) return 'not kept';
  if (days >= 365 && days % 365 === 0) return `${days / 365} year${days === 365 ? '' : 's'}`;
  if (days >= 60 && days % 30 === 0) return `${days / 30} months`;
  return `${days} day${days === 1 ? '' : 's'}`;
}

const SEVERITY_LABEL: Record<Flag['severity'], string> = {
  high: 'HIGH',
  medium: 'MEDIUM',
  low: 'LOW',
  good: 'GOOD',
};

function flagLines(flag: Flag, style: Style): string[] {
  const paint =
    flag.severity === 'good' ? style.green : flag.severity === 'high' ? style.red : style.yellow;
  const lines = [
    `  ${paint(SEVERITY_LABEL[flag.severity].padEnd(6))} ${style.bold(clean(flag.title))}: ${clean(flag.explanation)}`,
  ];
  for (const e of flag.evidence.slice(0, 2))
    lines.push(style.dim(`         “${clip(e.quote, QUOTE_CHARS)}”`));
  return lines;
}

function listOr(items: readonly string[], none: string): string {
  return items.length > 0 ? items.map(clean).join(', ') : none;
}

/** A readable summary for a terminal: red flags first, with their quotes, then the facts. */
export function renderSummary(label: string, s: PolicySummary, style: Style): string {
  const out: string[] = [];
  const head = [
    `Company: ${s.company ? clean(s.company) : 'not stated'}`,
    `Grade: ${style.bold(s.grade)}`,
    `Updated: ${s.lastUpdated ?? 'not stated'}`,
    `${s.wordCount} words`,
  ];
  out.push(style.bold(`== ${clean(label)}`), head.join('   '));
  if (s.language !== 'en') {
    out.push(style.yellow(`Language "${clean(s.language)}" is not English: not analysed.`));
    return out.join('\n');
  }
  if (!s.isPolicy)
    out.push(
      style.yellow(
        `This does not look like a privacy policy (confidence ${s.confidence.toFixed(2)}).`,
      ),
    );

  const red = s.flags.filter((f) => f.severity !== 'good');
  const good = s.flags.filter((f) => f.severity === 'good');
  out.push('', style.bold(`Red flags (${red.length})`));
  out.push(...(red.length > 0 ? red.flatMap((f) => flagLines(f, style)) : ['  none found']));
  if (good.length > 0)
    out.push(
      '',
      style.bold(`Good signs (${good.length})`),
      ...good.flatMap((f) => flagLines(f, style)),
    );

  out.push(
    '',
    `${style.bold('Data collected:')} ${listOr(
      s.dataCollected.map((d) => d.type),
      'nothing found',
    )}`,
  );
  const recipients = s.sharing.recipients.map((r) => (r.name ? `${r.name} (${r.kind})` : r.kind));
  out.push(
    `${style.bold('Sharing:')} sells data: ${s.sharing.sellsData}; recipients: ${listOr([...new Set(recipients)], 'none found')}`,
  );
  const retention = s.retention.map((r) =>
    r.subject ? `${r.subject}: ${describePeriod(r)}` : describePeriod(r),
  );
  out.push(`${style.bold('Retention:')} ${listOr(retention, 'not stated')}`);
  out.push(
    `${style.bold('Your rights:')} ${listOr(
      s.rights.map((r) => r.right),
      'none stated',
    )}`,
  );
  const { emails, phones, addresses, urls } = s.contacts;
  out.push(
    `${style.bold('Contact:')} ${listOr([...emails, ...phones, ...addresses, ...urls], 'none given')}`,
  );
  return out.join('\n');
}
