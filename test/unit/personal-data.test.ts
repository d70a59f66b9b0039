// The personnummer scan walks every value in a record, wherever it is nested.
// The numbers are test personnummer (12 December 1912), not real people.
import { describe, expect, it } from 'vitest';
import { findPersonalNumbersIn } from '../../src/data/personal-data';

describe('findPersonalNumbersIn', () => {
  it('finds numbers in nested objects and lists, with their path', () => {
    const record = {
      name: 'Omsorg AB',
      contact: { phone: '08-123 456 00' },
      actions: [{ text: 'Ok' }, { text: 'Ring 19121212-1212' }],
      aspects: { safety: 'Se 121212-1212 och 20121212-1212' },
    };
    expect(findPersonalNumbersIn(record)).toEqual([
      { path: ['actions', 1, 'text'], match: '19121212-1212' },
      { path: ['aspects', 'safety'], match: '121212-1212' },
      { path: ['aspects', 'safety'], match: '20121212-1212' },
    ]);
  });

  it.each([
    [1212121212, [{ path: [], match: '1212121212' }]],
    [191212121212, [{ path: [], match: '191212121212' }]],
    [24, []],
    [87.5, []],
    [true, []],
    [null, []],
    [undefined, []],
  ])('checks the bare value %j', (value, expected) => {
    expect(findPersonalNumbersIn(value)).toEqual(expected);
  });
});
