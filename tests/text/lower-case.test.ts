import { describe, expect, it } from 'vitest';
import { toLowerSameLength } from '../../lib/text/lower-case';
import { classifyPassage } from '../../lib/analyze/classify';

describe('toLowerSameLength', () => {
  it('lower-cases ordinary text like toLowerCase', () => {
    expect(toLowerSameLength('We RETAIN Your Data')).toBe('we retain your data');
  });

  it('keeps positions when a character would lower-case to two code units', () => {
    const text = 'İİİ We retain your data';
    expect('İ'.toLowerCase()).toHaveLength(2);
    const lower = toLowerSameLength(text);
    expect(lower).toHaveLength(text.length);
    expect(lower.indexOf('retain')).toBe(text.indexOf('retain'));
  });
});

describe('classification next to length-changing characters', () => {
  it('finds the same categories whether or not such characters come first', () => {
    const passage = 'We retain your personal information for 30 days after you close your account.';
    expect(classifyPassage(`İİİİ ${passage}`)).toEqual(classifyPassage(`IIII ${passage}`));
  });
});
