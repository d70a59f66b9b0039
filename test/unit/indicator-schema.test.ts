// The indicator definition: the minimum number of answers can never go below 5.
import { describe, expect, it } from 'vitest';
import { indicatorSchema, MIN_ANSWERS_FLOOR } from '../../src/schemas/indicator';

const indicator = {
  id: 'nojdhet-helhet',
  name: 'Nöjdhet',
  question: 'Hur nöjd är du?',
  explanation: 'Andelen nöjda.',
  unit: 'percent',
  betterDirection: 'higher',
  source: { kind: 'socialstyrelsen', name: 'Vad tycker de äldre om äldreomsorgen?' },
  minAnswersRule: 'Socialstyrelsens regel.',
  services: ['hemtjanst'],
};

describe('indicatorSchema', () => {
  it('defaults minAnswers to the floor of 5', () => {
    expect(MIN_ANSWERS_FLOOR).toBe(5);
    expect(indicatorSchema.parse(indicator).minAnswers).toBe(5);
  });

  it.each([[5], [7], [30]])('accepts minAnswers %i', (minAnswers) => {
    expect(indicatorSchema.parse({ ...indicator, minAnswers }).minAnswers).toBe(minAnswers);
  });

  it.each([
    [4, 'minst 5 (lägre gräns är inte tillåten)'],
    [0, 'minst 5 (lägre gräns är inte tillåten)'],
    [6.5, 'ett heltal'],
    ['7', 'ett heltal, minst 5'],
  ])('refuses minAnswers %j', (minAnswers, message) => {
    const result = indicatorSchema.safeParse({ ...indicator, minAnswers });
    expect(result.success ? [] : result.error.issues.map((i) => i.message)).toEqual([message]);
  });

  it('says what n counts: answers by default, or customers or staff', () => {
    expect(indicatorSchema.parse(indicator).countsWhat).toBe('answers');
    expect(indicatorSchema.parse({ ...indicator, countsWhat: 'staff' }).countsWhat).toBe('staff');
    expect(indicatorSchema.parse({ ...indicator, countsWhat: 'customers' }).countsWhat).toBe('customers');
  });

  it.each([['kunder'], [''], [3]])('refuses countsWhat %j with the allowed words', (countsWhat) => {
    const result = indicatorSchema.safeParse({ ...indicator, countsWhat });
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'countsWhat: answers (svar), customers (kunder) eller staff (anställda)',
    ]);
  });

  it('refuses a source address that is not a web address', () => {
    const result = indicatorSchema.safeParse({ ...indicator, source: { ...indicator.source, url: 'data:text/html,x' } });
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'source.url: en webbadress som börjar med https:// eller http://',
    ]);
  });
});
