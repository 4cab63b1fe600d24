// A stop-word language guesser: the most frequent function words of each language are distinctive enough to
// tell policies apart after a few dozen words. Non-Latin scripts are recognised by their letters. Returns an
// ISO 639-1 code, or 'und' when the text is too short or looks like no language (binary, code, garbage).

/** Only this much text is read, from the start and the middle, so a 5 MB page costs the same as a short one. */
const SAMPLE_CHARS = 6000;
const MIN_WORDS = 5;
const MIN_HITS = 2;
/** In real prose roughly a third of the words are function words; garbage and word lists have almost none. */
const MIN_HIT_RATIO = 0.12;
/** The winner must clearly beat the runner-up (Romance languages share many short words). */
const MIN_MARGIN = 1.25;

interface StopWords {
  code: string;
  words: string;
  reason: string;
}

const STOP_WORDS: readonly StopWords[] = [
  {
    code: 'en',
    reason: 'English articles, pronouns, auxiliaries',
    words:
      'the and of to is are we you your our that this with for or by be may will not it as on from have which any if such these those their them us has been when',
  },
  {
    code: 'fr',
    reason: 'French',
    words:
      'le la les des du et est une un que qui pour dans par vous nous sur au aux avec ce ces sont pas votre vos nos notre être ou il elle leur leurs cette peut',
  },
  {
    code: 'de',
    reason: 'German',
    words:
      'der die das und ist zu den von mit sich des auf für nicht ein eine dem wir sie ihre ihrer ihnen werden oder bei auch als wenn durch diese dieser uns unsere können',
  },
  {
    code: 'es',
    reason: 'Spanish',
    words:
      'el los las y que en del por con para una es su sus se no al lo como nuestro nuestra usted sobre datos estos esta este pueden podemos',
  },
  {
    code: 'it',
    reason: 'Italian',
    words:
      'il di che e per un una del della dei delle con non sono nel alla gli si come dati nostro nostri questo questa ai può essere loro degli',
  },
  {
    code: 'pt',
    reason: 'Portuguese',
    words:
      'o que e do da dos das em para com não uma um os por se seus suas você nós nossa nosso dados ao na no pode são ser',
  },
  {
    code: 'nl',
    reason: 'Dutch',
    words:
      'de het een en van is dat op te voor met zijn niet je uw wij ons onze gegevens worden door die als bij aan ook deze kunnen wordt',
  },
  {
    code: 'sv',
    reason: 'Swedish',
    words:
      'och att det som en är av för med till den på inte har vi du dina våra eller om kan dig oss vår ditt',
  },
  {
    code: 'da',
    reason: 'Danish',
    words:
      'og at det er til af for med på som ikke vi du dine vores eller kan har om den dig os vil',
  },
  {
    code: 'pl',
    reason: 'Polish',
    words:
      'i w z na do nie się jest że to o dla oraz przez lub jak są od po może jego ich twoje danych',
  },
];

interface ScriptRule {
  code: string;
  test: RegExp;
  /** Share of all letters this script's letters must reach. */
  share: number;
  reason: string;
}

const SCRIPTS: readonly ScriptRule[] = [
  {
    code: 'ja',
    test: /[\u3040-\u30FF]/g,
    share: 0.15,
    reason: 'kana occur only in Japanese, beside many Han characters',
  },
  { code: 'ko', test: /[\uAC00-\uD7AF]/g, share: 0.5, reason: 'Hangul' },
  { code: 'zh', test: /[\u4E00-\u9FFF]/g, share: 0.5, reason: 'Han characters without kana' },
  {
    code: 'uk',
    test: /[іїєґІЇЄҐ]/g,
    share: 0.025,
    reason: 'letters Ukrainian has and Russian lacks (checked on Cyrillic text)',
  },
  { code: 'ru', test: /[\u0400-\u04FF]/g, share: 0.5, reason: 'Cyrillic, most often Russian' },
  { code: 'el', test: /[\u0370-\u03FF]/g, share: 0.5, reason: 'Greek' },
  { code: 'ar', test: /[\u0600-\u06FF]/g, share: 0.5, reason: 'Arabic script' },
  { code: 'he', test: /[\u0590-\u05FF]/g, share: 0.5, reason: 'Hebrew' },
];

let lexicon: Map<string, string[]> | null = null;

function getLexicon(): Map<string, string[]> {
  if (lexicon) return lexicon;
  lexicon = new Map();
  for (const { code, words } of STOP_WORDS) {
    for (const word of words.split(' ')) {
      const codes = lexicon.get(word) ?? [];
      codes.push(code);
      lexicon.set(word, codes);
    }
  }
  return lexicon;
}

export function detectLanguage(text: string): string {
  try {
    return guess(sampleOf(typeof text === 'string' ? text : ''));
  } catch {
    return 'und';
  }
}

function sampleOf(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const half = SAMPLE_CHARS / 2;
  const middle = Math.floor(text.length / 2);
  return `${text.slice(0, half)} ${text.slice(middle, middle + half)}`;
}

function guess(sample: string): string {
  const words = sample.toLowerCase().match(/[\p{L}]+(?:['’][\p{L}]+)?/gu) ?? [];
  const letters = words.reduce((n, w) => n + w.length, 0);
  const script = scriptOf(sample, letters);
  if (script) return script;
  if (words.length < MIN_WORDS) return 'und';
  const lex = getLexicon();
  const hits = new Map<string, number>();
  let anyHit = 0;
  for (const word of words) {
    const codes = lex.get(word);
    if (!codes) continue;
    anyHit++;
    for (const code of codes) hits.set(code, (hits.get(code) ?? 0) + 1);
  }
  const ranked = [...hits.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_HITS) return 'und';
  if (anyHit / words.length < MIN_HIT_RATIO) return 'und';
  if (second && best[1] < second[1] * MIN_MARGIN) return 'und';
  return best[0];
}

/** A non-Latin script covering most letters decides on its own; Latin text goes to the stop words. */
function scriptOf(sample: string, letters: number): string | null {
  if (letters === 0) return null;
  const cyrillic = (sample.match(/[\u0400-\u04FF]/g)?.length ?? 0) * 2 >= letters;
  for (const { code, test, share } of SCRIPTS) {
    if (code === 'uk' && !cyrillic) continue;
    const found = sample.match(test)?.length ?? 0;
    if (found >= 3 && found >= letters * share) return code;
  }
  return null;
}
