import { describe, expect, it } from 'vitest';
import { columnNote } from '../../components/compare/column-note';
import { DAY, makeSummary, record, version } from './fixtures';

describe('columnNote', () => {
  it('says nothing about an ordinary English policy', () => {
    expect(columnNote(record('a.example', [version(makeSummary(), 'a1', DAY)]))).toBeNull();
  });

  it('warns about a page that is not in English or may not be a policy', () => {
    const french = record('fr.example', [version(makeSummary({ language: 'fr' }), 'f1', DAY)]);
    const notPolicy = record('b.example', [version(makeSummary({ isPolicy: false }), 'b1', DAY)]);
    expect(columnNote(french)).toMatch(/not in English/);
    expect(columnNote(notPolicy)).toMatch(/may not be a privacy policy/);
  });

  it('marks a summary upgraded from an older format and names what it never recorded', () => {
    const upgraded = {
      ...version(makeSummary(), 'm1', DAY),
      migration: { fromSchemaVersion: 0, filled: ['rights', 'sharing.recipients'] },
    };
    expect(columnNote(record('m.example', [upgraded]))).toBe(
      'summary upgraded from an older PolicyLens format; not recorded there, so not known: rights, sharing.recipients',
    );
    const complete = { ...upgraded, migration: { fromSchemaVersion: 0, filled: [] } };
    expect(columnNote(record('m.example', [complete]))).toBe(
      'summary upgraded from an older PolicyLens format',
    );
  });
});
