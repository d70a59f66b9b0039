// The provider schema on its own: organisationsnummer, enskild firma and defaults.
import { describe, expect, it } from 'vitest';
import { orgNumberSchema, providerSchema } from '../../src/schemas/provider';

const provider = {
  id: 'omsorg-ab',
  name: 'Omsorg AB',
  orgNumber: '556677-1233',
  ownership: 'private',
  services: ['hemtjanst'],
  authorisedSince: '2020-01-01',
  statusHistory: [{ status: 'active', date: '2020-01-01' }],
  contact: { phone: '08-123 456 00' },
  description: 'Hemtjänst i hela kommunen.',
  updatedOn: '2025-01-01',
};

const messages = (value: unknown) => {
  const result = providerSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('orgNumberSchema', () => {
  it.each([['212000-0142'], ['5566771233']])('accepts %s', (value) => {
    expect(orgNumberSchema.safeParse(value).success).toBe(true);
  });

  it.each([
    ['212000-0144', 'ett organisationsnummer med rätt kontrollsiffra (sista siffran stämmer inte)'],
    [
      '121212-1212',
      'ett organisationsnummer för en juridisk person. Detta ser ut som ett personnummer (enskild firma) och får inte publiceras: ta bort orgNumber och skriv soleTrader: true',
    ],
    ['2120000-142', 'ett organisationsnummer med tio siffror, skrivet NNNNNN-NNNN'],
    [2120000142, 'ett organisationsnummer med tio siffror, skrivet NNNNNN-NNNN'],
  ])('refuses %j', (value, message) => {
    const result = orgNumberSchema.safeParse(value);
    expect(result.success ? [] : result.error.issues.map((i) => i.message)).toEqual([message]);
  });
});

describe('providerSchema', () => {
  it('accepts a provider and fills in empty lists', () => {
    const result = providerSchema.parse(provider);
    expect(result).toMatchObject({ soleTrader: false, languages: [], profiles: [], areas: [] });
  });

  it('accepts an enskild firma without a number', () => {
    const { orgNumber: _, ...rest } = provider;
    expect(messages({ ...rest, soleTrader: true })).toEqual([]);
  });

  it.each([
    ['no number and not a sole trader', { orgNumber: undefined }, ['orgNumber: ett organisationsnummer (eller soleTrader: true för enskild firma)']],
    [
      'a number and a sole trader',
      { soleTrader: true },
      ['orgNumber: inget organisationsnummer när soleTrader är true (en enskild firmas nummer är ett personnummer)'],
    ],
    ['no services', { services: [] }, ['services: minst en tjänst']],
    ['no status', { statusHistory: [] }, ['statusHistory: minst en status (active när auktorisationen började)']],
    ['an unknown status', { statusHistory: [{ status: 'paused', date: '2020-01-01' }] }, ['statusHistory.0.status: active, warned, withdrawn eller ended']],
    ['a javascript: web address', { contact: { web: 'javascript:alert(1)' } }, ['contact.web: en webbadress som börjar med https:// eller http://']],
    ['a mailto: web address', { contact: { web: 'mailto:a@b.se' } }, ['contact.web: en webbadress som börjar med https:// eller http://']],
    ['an e-mail address with a name in it', { contact: { email: 'Omsorg <info@omsorg.example>' } }, ['contact.email: en e-postadress, t.ex. namn@exempel.se']],
    ['letters in the phone number', { contact: { phone: '08-OMSORG' } }, ['contact.phone: ett telefonnummer med siffror, t.ex. 08-123 456 00']],
    ['an empty description', { description: '   ' }, ['description: en text som inte är tom']],
  ])('refuses %s', (_what, change, expected) => {
    expect(messages({ ...provider, ...change })).toEqual(expected);
  });
});
