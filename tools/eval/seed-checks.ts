import type { PolicySummary } from '../../lib/schema';
import type { SeedExpectation } from './corpus';

/** One expectation of a seed's gold file, judged against the engine's summary. */
export interface SeedCheck {
  /** The expectation's field, e.g. "dataCollected.must". */
  field: string;
  /** What is expected, e.g. "email" or "1. Who We Are". */
  name: string;
  pass: boolean;
  /** Why it failed (or what was found), for the table. */
  detail: string;
}

const lower = (s: string) => s.trim().toLowerCase();
const squash = (s: string) => lower(s).replace(/\s+/g, ' ');
const fmt = (v: unknown) => JSON.stringify(v);

function check(field: string, name: string, pass: boolean, detail: string): SeedCheck {
  return { field, name, pass, detail };
}

function membership(
  field: string,
  must: readonly string[],
  mustNot: readonly string[],
  reported: ReadonlySet<string>,
): SeedCheck[] {
  return [
    ...must.map((id) =>
      check(`${field}.must`, id, reported.has(id), reported.has(id) ? '' : 'not reported'),
    ),
    ...mustNot.map((id) =>
      check(`${field}.mustNot`, id, !reported.has(id), reported.has(id) ? 'reported' : ''),
    ),
  ];
}

function sameSet(
  expected: readonly string[],
  got: readonly string[],
  key: (s: string) => string,
): string {
  const want = new Set(expected.map(key));
  const have = new Set(got.map(key));
  const missing = [...want].filter((x) => !have.has(x));
  const extra = [...have].filter((x) => !want.has(x));
  if (!missing.length && !extra.length) return '';
  return [
    missing.length ? `missing ${fmt(missing)}` : '',
    extra.length ? `unexpected ${fmt(extra)}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/**
 * A named recipient matches when the names agree ignoring case, or one contains the other as whole words
 * ("Google" for "Google Fonts" is accepted by the seed notes; "Google Analytics 4" names Google Analytics).
 */
export function isRecipientNameMatch(expected: string, reported: string): boolean {
  const a = squash(expected);
  const b = squash(reported);
  if (!a || !b) return false;
  if (a === b) return true;
  const containsWords = (hay: string, needle: string) => ` ${hay} `.includes(` ${needle} `);
  return containsWords(a, b) || containsWords(b, a);
}

function sectionChecks(expected: SeedExpectation['sections'], summary: PolicySummary): SeedCheck[] {
  const checks: SeedCheck[] = [];
  let from = 0;
  for (const want of expected) {
    const prefix = squash(want.headingStartsWith);
    let index = -1;
    for (let i = from; i < summary.sections.length; i++) {
      if (squash(summary.sections[i]!.heading ?? '').startsWith(prefix)) {
        index = i;
        break;
      }
    }
    if (index < 0) {
      checks.push(check('sections', want.headingStartsWith, false, 'heading not found (in order)'));
      continue;
    }
    from = index + 1;
    const got = summary.sections[index]!.categories;
    const missing = want.categories.filter((c) => !got.includes(c));
    checks.push(
      check(
        'sections',
        want.headingStartsWith,
        missing.length === 0,
        missing.length ? `missing ${fmt(missing)}; has ${fmt(got)}` : `has ${fmt(got)}`,
      ),
    );
  }
  return checks;
}

/** Every expectation of one seed, one check each, in the order of the gold file. */
export function checkSeed(expected: SeedExpectation, summary: PolicySummary): SeedCheck[] {
  const checks: SeedCheck[] = [];
  const companyOk = expected.company.accept.includes(summary.company);
  checks.push(
    check(
      'company',
      fmt(expected.company.accept),
      companyOk,
      companyOk ? '' : `got ${fmt(summary.company)}`,
    ),
  );
  checks.push(
    check(
      'isPolicy',
      String(expected.isPolicy),
      summary.isPolicy === expected.isPolicy,
      `got ${summary.isPolicy}`,
    ),
  );
  checks.push(
    check(
      'lastUpdated',
      String(expected.lastUpdated),
      summary.lastUpdated === expected.lastUpdated,
      `got ${fmt(summary.lastUpdated)}`,
    ),
  );

  const emailDiff = sameSet(expected.contacts.emails, summary.contacts.emails, lower);
  checks.push(check('contacts.emails', fmt(expected.contacts.emails), !emailDiff, emailDiff));
  const phoneDiff = sameSet(expected.contacts.phones, summary.contacts.phones, (s) => s.trim());
  checks.push(check('contacts.phones', fmt(expected.contacts.phones), !phoneDiff, phoneDiff));
  for (const fragment of expected.contacts.addressesContain) {
    const found = summary.contacts.addresses.some((a) => squash(a).includes(squash(fragment)));
    checks.push(
      check(
        'contacts.addressesContain',
        fragment,
        found,
        found ? '' : `got ${fmt(summary.contacts.addresses)}`,
      ),
    );
  }

  const dataTypes = new Set<string>(summary.dataCollected.map((d) => d.type));
  checks.push(
    ...membership(
      'dataCollected',
      expected.dataCollected.must,
      expected.dataCollected.mustNot,
      dataTypes,
    ),
  );

  checks.push(
    check(
      'sellsData',
      expected.sellsData,
      summary.sharing.sellsData === expected.sellsData,
      `got ${summary.sharing.sellsData}`,
    ),
  );
  const recipients = summary.sharing.recipients;
  for (const name of expected.recipients.namedMust) {
    const found = recipients.some((r) => r.name !== null && isRecipientNameMatch(name, r.name));
    const names = recipients.map((r) => r.name).filter((n) => n !== null);
    checks.push(check('recipients.namedMust', name, found, found ? '' : `names ${fmt(names)}`));
  }
  const kinds = new Set<string>(recipients.map((r) => r.kind));
  checks.push(
    ...membership(
      'recipients.kinds',
      expected.recipients.kindsMust,
      expected.recipients.kindsMustNot,
      kinds,
    ),
  );

  checks.push(...retentionChecks(expected.retention, summary));
  checks.push(
    ...membership(
      'rights',
      expected.rights.must,
      expected.rights.mustNot,
      new Set(summary.rights.map((r) => r.right)),
    ),
  );
  checks.push(
    ...membership(
      'flags',
      expected.flags.must,
      expected.flags.mustNot,
      new Set(summary.flags.map((f) => f.id)),
    ),
  );
  checks.push(...sectionChecks(expected.sections, summary));
  return checks;
}

function retentionChecks(
  expected: SeedExpectation['retention'],
  summary: PolicySummary,
): SeedCheck[] {
  const durations = new Set<number>();
  let indefinite = false;
  let necessary = false;
  for (const r of summary.retention) {
    if (r.period.kind === 'duration') durations.add(r.period.days);
    else if (r.period.kind === 'indefinite') indefinite = true;
    else necessary = true;
  }
  const optional = new Set(expected.durationsDaysOptional ?? []);
  const required = new Set(expected.durationsDays);
  const missing = [...required].filter((d) => !durations.has(d));
  const extra = [...durations]
    .filter((d) => !required.has(d) && !optional.has(d))
    .sort((a, b) => a - b);
  const detail = [
    missing.length ? `missing ${fmt(missing)}` : '',
    extra.length ? `unexpected ${fmt(extra)}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return [
    check(
      'retention.durationsDays',
      fmt(expected.durationsDays),
      !missing.length && !extra.length,
      detail,
    ),
    check(
      'retention.indefinite',
      String(expected.indefinite),
      indefinite === expected.indefinite,
      indefinite ? 'reported' : 'not reported',
    ),
    check(
      'retention.asLongAsNecessary',
      String(expected.asLongAsNecessary),
      necessary === expected.asLongAsNecessary,
      necessary ? 'reported' : 'not reported',
    ),
  ];
}
