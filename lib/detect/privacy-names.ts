// What sites call their privacy policy, in link text, titles and URL paths. Shared by the all-pages detector
// and the link finder, so it stays dependency-free and small. Each entry: a pattern and why it is there.

interface NamedPattern {
  pattern: string;
  reason: string;
}

const POLICY_TITLES: readonly NamedPattern[] = [
  {
    pattern:
      'privacy\\s*(?:&|and)?\\s*(?:cookies?\\s+)?(?:policy|notice|statement|pledge|charter|center|centre)',
    reason: 'English names of the document',
  },
  {
    pattern:
      'notice\\s+of\\s+privacy\\s+practices|privacy\\s+(?:and|&)\\s+security\\s+(?:policy|notice|statement|commitment)|privacy\\s+(?:commitment|promise|practices)',
    reason: 'other usual names (HIPAA notices, commitments)',
  },
  {
    pattern: 'privacy(?:\\s*,\\s*\\w+){0,3},?\\s+(?:and|&)\\s+\\w+\\s+polic(?:y|ies)',
    reason: 'combined names ("Privacy, Security, and Accessibility Policies")',
  },
  {
    pattern:
      '(?:data|information)\\s+(?:protection|privacy)\\s+(?:policy|notice|statement|declaration|information)',
    reason: 'GDPR-era English names',
  },
  {
    pattern:
      'datenschutz(?:erkl(?:ä|ae)rung|hinweise?|richtlinie|information(?:en)?|bestimmungen)?',
    reason: 'German',
  },
  {
    pattern:
      '(?:politique|d(?:é|e)claration|avis)\\s+de\\s+confidentialit(?:é|e)|protection\\s+des\\s+donn(?:é|e)es',
    reason: 'French',
  },
  {
    pattern:
      '(?:pol(?:í|i)tica|aviso|declaraci(?:ó|o)n)\\s+de\\s+privacidad|protecci(?:ó|o)n\\s+de\\s+datos',
    reason: 'Spanish',
  },
  {
    pattern: 'pol(?:í|i)tica\\s+de\\s+privacidade|aviso\\s+de\\s+privacidade',
    reason: 'Portuguese',
  },
  {
    pattern: 'informativa\\s+(?:sulla\\s+)?privacy|tutela\\s+della\\s+privacy',
    reason: 'Italian',
  },
  { pattern: 'privacybeleid|privacyverklaring', reason: 'Dutch' },
];

/** A title, heading or link text that names a privacy policy. */
export const POLICY_NAME = new RegExp(`(?:${POLICY_TITLES.map((p) => p.pattern).join('|')})`, 'i');

/** A short link text that just says "Privacy" (or the local word), as footers often do. */
export const PRIVACY_WORD =
  /^\s*(?:privacy|privacidad|privacidade|confidentialit(?:é|e)|datenschutz|privacy\s*&\s*cookies|your\s+privacy(?:\s+choices)?|privacy\s+(?:&|and)\s+terms|data\s+protection)\s*$/i;

/** URL paths that name a privacy policy page. */
export const POLICY_PATH =
  /(?:^|[/_.-])(?:privacy|privacy[-_]?(?:policy|notice|statement)|data[-_]?protection|datenschutz(?:erklaerung)?|confidentialite|privacidad|privacidade|privacybeleid|gdpr)(?:$|[/_.-])/i;
