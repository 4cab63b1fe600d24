import { buildDocument } from '../../lib/analyze';
import { evidenceOf, type Facts, type PolicyDocument } from '../../lib/analyze/types';
import type { Evidence } from '../../lib/schema';
import type { FlagContext } from '../../lib/flags/types';

export type FactsPatch = Partial<Pick<Facts, 'dataCollected' | 'retention'>> & {
  sellsData?: Facts['sharing']['sellsData'];
  recipients?: Facts['sharing']['recipients'];
  contacts?: Partial<Facts['contacts']>;
};

/** Facts as the facts stage would report them for a policy that states nothing, with a contact by default. */
export function makeFacts(doc: PolicyDocument, patch: FactsPatch = {}): Facts {
  return {
    schemaVersion: 1,
    source: { url: null, title: null },
    company: null,
    lastUpdated: null,
    isPolicy: true,
    confidence: 1,
    language: 'en',
    wordCount: 0,
    sections: doc.sections.map(({ heading, categories, start, end }) => ({
      heading,
      categories,
      start,
      end,
    })),
    dataCollected: patch.dataCollected ?? [],
    sharing: { sellsData: patch.sellsData ?? 'not-stated', recipients: patch.recipients ?? [] },
    retention: patch.retention ?? [],
    rights: [],
    contacts: {
      emails: ['privacy@example.org'],
      phones: [],
      addresses: [],
      urls: [],
      ...patch.contacts,
    },
  };
}

/** Evidence for the sentence of `doc` that contains `fragment` (the test fails loudly when there is none). */
export function quoteOf(doc: PolicyDocument, fragment: string): Evidence[] {
  const sentence = doc.sentences.find((s) => s.text.includes(fragment));
  if (!sentence) throw new Error(`no sentence contains "${fragment}"`);
  return [evidenceOf(sentence)];
}

export interface FlagExample {
  text: string;
  /** Facts for the example, built against its document so evidence offsets are real. */
  facts?: (doc: PolicyDocument) => FactsPatch;
  /** Why this example is here, when it is not obvious. */
  note?: string;
}

export function makeContext(example: FlagExample): FlagContext {
  const doc = buildDocument({ text: example.text });
  return { doc, facts: makeFacts(doc, example.facts?.(doc)) };
}
