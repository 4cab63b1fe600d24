// What sites call their privacy policy, in link text, titles and URL paths. Shared by the all-pages detector
// and the link finder, so it stays dependency-free and small. Each entry: a pattern, and why it is there in the
// comment above it (tests/detect/reasons.test.ts checks that none is missing).

const POLICY_TITLES: readonly string[] = [
  // English names of the document.
  'privacy\\s*(?:&|and)?\\s*(?:cookies?\\s+)?(?:policy|notice|statement|pledge|charter|center|centre)',
  // Other usual names (HIPAA notices, commitments).
  'notice\\s+of\\s+privacy\\s+practices|privacy\\s+(?:and|&)\\s+security\\s+(?:policy|notice|statement|commitment)|privacy\\s+(?:commitment|promise|practices)',
  // Combined names ("Privacy, Security, and Accessibility Policies").
  'privacy(?:\\s*,\\s*\\w+){0,3},?\\s+(?:and|&)\\s+\\w+\\s+polic(?:y|ies)',
  // GDPR-era English names.
  '(?:data|information)\\s+(?:protection|privacy)\\s+(?:policy|notice|statement|declaration|information)',
  // German.
  'datenschutz(?:erkl(?:ä|ae)rung|hinweise?|richtlinie|information(?:en)?|bestimmungen)?',
  // French.
  '(?:politique|d(?:é|e)claration|avis)\\s+de\\s+confidentialit(?:é|e)|protection\\s+des\\s+donn(?:é|e)es',
  // Spanish.
  '(?:pol(?:í|i)tica|aviso|declaraci(?:ó|o)n)\\s+de\\s+privacidad|protecci(?:ó|o)n\\s+de\\s+datos',
  // Portuguese.
  'pol(?:í|i)tica\\s+de\\s+privacidade|aviso\\s+de\\s+privacidade',
  // Italian.
  'informativa\\s+(?:sulla\\s+)?privacy|tutela\\s+della\\s+privacy',
  // Dutch.
  'privacybeleid|privacyverklaring',
];

/** A title, heading or link text that names a privacy policy. */
export const POLICY_NAME = new RegExp(`(?:${POLICY_TITLES.join('|')})`, 'i');

/** A short link text that just says "Privacy" (or the local word), as footers often do. */
export const PRIVACY_WORD =
  /^\s*(?:privacy|privacidad|privacidade|confidentialit(?:é|e)|datenschutz|privacy\s*&\s*cookies|your\s+privacy(?:\s+choices)?|privacy\s+(?:&|and)\s+terms|data\s+protection)\s*$/i;

/** URL paths that name a privacy policy page. */
export const POLICY_PATH =
  /(?:^|[/_.-])(?:privacy|privacy[-_]?(?:policy|notice|statement)|data[-_]?protection|datenschutz(?:erklaerung)?|confidentialite|privacidad|privacidade|privacybeleid|gdpr)(?:$|[/_.-])/i;

/**
 * A word stem every name, link word and path above contains (checked in tests/detect/privacy-names.test.ts): text
 * without one cannot match them. The all-pages detector tests this small pattern first, so on most pages the large
 * name pattern above is never compiled.
 */
export const PRIVACY_HINT = /priva|protec|datenschutz|confidentialit|gdpr/i;
