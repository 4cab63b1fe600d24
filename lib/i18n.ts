import { createI18n } from '@wxt-dev/i18n';
import type { GeneratedI18nStructure } from '#i18n';
import english from '../locales/en.json';

// Every user-facing string comes from locales/<language>.json through @wxt-dev/i18n (the browser's i18n API picks the
// language); adding a language is adding a file. Outside the extension (unit and end-to-end tests in Node, the CLI)
// there is no i18n API, so the English file is read directly with the same plural and substitution rules.
//
// This lives in lib/, not components/: WXT auto-imports components/ exports by name, and an auto-imported `t`
// once pulled the messages and zod into the all-pages detector.

/** A message name in locales/en.json: "period.days" for nested messages, "compare_title" for flat ones. */
export type MessageKey = keyof GeneratedI18nStructure & string;

// `#i18n` is WXT's typed wrapper of the same createI18n; it is only a type here so that Vitest, which has no WXT
// aliases, can load this module.
const i18n = createI18n();

type Nested = { [key: string]: string | Nested };

function englishMessage(key: string): string {
  let node: string | Nested | undefined = english as Nested;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (node === undefined) return '';
  // A plural message is an object of forms (0, 1, n); the extension's messages.json joins them the same way.
  return typeof node === 'string' ? node : Object.values(node).join(' | ');
}

/** The same plural choice and $1…$9 substitution as @wxt-dev/i18n with the browser's getMessage. */
function fromEnglish(key: string, count: number | undefined, subs: string[]): string {
  let message = englishMessage(key).replace(
    /\$([1-9])/g,
    (_, n: string) => subs[Number(n) - 1] ?? '',
  );
  if (count !== undefined) {
    const forms = message.split(' | ');
    if (forms.length === 2) message = forms[count === 1 ? 0 : 1]!;
    else if (forms.length === 3) message = forms[count === 0 || count === 1 ? count : 2]!;
  }
  return message;
}

/** A message by key, with an optional plural count and $1…$9 substitutions (the count is $1 when none are given). */
export function t(key: MessageKey, count?: number, subs: (string | number)[] = []): string {
  const strings = subs.length ? subs.map(String) : count !== undefined ? [String(count)] : [];
  try {
    const message =
      count === undefined
        ? strings.length
          ? i18n.t(key, strings)
          : i18n.t(key)
        : i18n.t(key, count, strings);
    if (message) return message;
  } catch {
    // No i18n API here (Node, or a test double without one).
  }
  return fromEnglish(key, count, strings);
}

/** Message names allow only letters, digits and underscores: vocabulary ids use hyphens. */
export const vocabularyKey = (group: string, id: string) => `${group}.${id.replace(/-/g, '_')}`;

/** One label per vocabulary id, from the group's messages ("dataType.ip_address" for "ip-address"). */
export function vocabularyLabels<K extends string>(
  group: string,
  ids: readonly K[],
): Record<K, string> {
  return Object.fromEntries(
    ids.map((id) => [id, t(vocabularyKey(group, id) as MessageKey)]),
  ) as Record<K, string>;
}
