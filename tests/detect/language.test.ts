import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../lib/detect/language';
import { oppFiles, readOpp, readSeed, seedFiles } from './corpus';

describe('detectLanguage', () => {
  it.each([
    ['en', 'We collect your email address and name when you sign up. We do not sell it to anyone.'],
    [
      'fr',
      'Nous collectons vos données personnelles lorsque vous utilisez notre site. Vous pouvez exercer vos droits.',
    ],
    [
      'de',
      'Wir verarbeiten Ihre personenbezogenen Daten nur, wenn dies für die Bereitstellung unserer Dienste erforderlich ist.',
    ],
    [
      'es',
      'Recopilamos sus datos personales cuando usted utiliza nuestro sitio web y los servicios que ofrecemos.',
    ],
    [
      'it',
      'Raccogliamo i dati personali degli utenti per fornire i nostri servizi e per migliorare il sito.',
    ],
    ['pt', 'Recolhemos os seus dados pessoais quando você usa o nosso site e os nossos serviços.'],
    [
      'nl',
      'Wij verzamelen uw persoonsgegevens wanneer u onze website gebruikt en deze gegevens worden veilig bewaard.',
    ],
    [
      'sv',
      'Vi samlar in personuppgifter när du använder vår webbplats och vi delar dem inte med andra.',
    ],
    ['ru', 'Мы собираем ваши персональные данные, когда вы пользуетесь нашим сайтом.'],
    ['ja', '当社は、お客様の個人情報を適切に取り扱います。'],
    ['zh', '我们会收集您在使用服务时提供的个人信息。'],
  ])('%s', (code, text) => {
    expect(detectLanguage(text)).toBe(code);
  });

  it("says 'und' for empty, too short, or garbage input", () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('Hello')).toBe('und');
    expect(detectLanguage('qwx zzv plk mmr tty uuio brr')).toBe('und');
    const binary = Array.from({ length: 100_000 }, (_, i) =>
      String.fromCharCode((i * 7919) % 256),
    ).join('');
    expect(detectLanguage(binary)).toBe('und');
    expect(detectLanguage('1234 5678 %%%% //// ---- ====')).toBe('und');
  });

  it('does not call a French or German policy English even with English words in it', () => {
    const fr =
      'Politique de confidentialité. Nous utilisons des cookies et Google Analytics pour mesurer l’audience du site. Vous pouvez vous opposer au traitement de vos données.';
    const de =
      'Datenschutzerklärung. Wir nutzen Cookies und Google Analytics, um die Nutzung unserer Website zu analysieren. Sie können der Verarbeitung Ihrer Daten widersprechen.';
    expect(detectLanguage(fr)).toBe('fr');
    expect(detectLanguage(de)).toBe('de');
  });

  it('reads a bounded sample of a 5 MB text quickly', () => {
    const text = 'We keep your data safe and we do not share it with others. '.repeat(90_000);
    const short = text.slice(0, 6000);
    const time = (input: string) => {
      let best = Infinity;
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        expect(detectLanguage(input)).toBe('en');
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    expect(time(text)).toBeLessThan(time(short) * 5 + 20);
  });

  it.skipIf(seedFiles.length === 0 || oppFiles.length === 0)(
    'finds English in every corpus policy',
    () => {
      for (const text of [...seedFiles.map(readSeed), ...oppFiles.map(readOpp)])
        expect(detectLanguage(text)).toBe('en');
    },
  );
});
