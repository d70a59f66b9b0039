// "Nytt och ändrat" and the feed come from the dates in content: each kind of change, in order, with stable ids.
import { describe, expect, it } from 'vitest';
import { describeChange } from '../../src/i18n/describe-change';
import { deriveChanges, isFeedEvent, recentChanges } from '../../src/lib/catalog/changes';
import type { FollowUp } from '../../src/schemas/follow-up';
import { indicator, model, provider, service, unit, value } from './support/model-builder';

const followUp = (over: Partial<FollowUp> = {}): FollowUp => ({
  id: 'f1',
  providerId: 'p1',
  serviceId: 'hemtjanst',
  date: '2025-03-10',
  kind: 'planned',
  conditions: [],
  findings: 'Bra.',
  actions: [],
  sanction: 'none',
  status: 'closed',
  ...over,
});

describe('deriveChanges', () => {
  it.each([
    [
      'a new provider',
      model({ providers: [provider({ authorisedSince: '2024-05-01', statusHistory: [{ status: 'active', date: '2024-05-01' }] })] }),
      [['2024-05-01', 'provider-new', 'Anordnare 1 godkändes som ny utförare']],
    ],
    [
      'a warning and a withdrawal',
      model({
        providers: [
          provider({
            authorisedSince: '2020-01-01',
            statusHistory: [
              { status: 'active', date: '2020-01-01' },
              { status: 'warned', date: '2025-01-10' },
              { status: 'withdrawn', date: '2025-06-01' },
            ],
          }),
        ],
      }),
      [
        ['2025-06-01', 'provider-status', 'Anordnare 1 fick sitt godkännande återkallat'],
        ['2025-01-10', 'provider-status', 'Anordnare 1 fick en varning'],
        ['2020-01-01', 'provider-new', 'Anordnare 1 godkändes som ny utförare'],
      ],
    ],
    [
      'an ended provider',
      model({
        providers: [
          provider({
            statusHistory: [
              { status: 'active', date: '2020-01-01' },
              { status: 'ended', date: '2025-02-01' },
            ],
          }),
        ],
      }),
      [
        ['2025-02-01', 'provider-status', 'Anordnare 1 slutade som utförare'],
        ['2020-01-01', 'provider-new', 'Anordnare 1 godkändes som ny utförare'],
      ],
    ],
    [
      'a follow-up with a sanction',
      model({ followUps: [followUp({ sanction: 'warning', kind: 'unannounced-visit' })] }),
      [
        ['2025-03-10', 'follow-up', 'Oanmält besök av Anordnare 1: varning'],
        ['2020-01-01', 'provider-new', 'Anordnare 1 godkändes som ny utförare'],
      ],
    ],
    [
      'a unit that opened and closed',
      model({
        services: [service(), service({ id: 'boende', choiceLevel: 'unit' })],
        providers: [provider({ services: ['hemtjanst', 'boende'] })],
        units: [unit({ serviceId: 'boende', openedOn: '2019-01-01', closedOn: '2025-04-01' })],
      }),
      [
        ['2025-04-01', 'unit-closed', 'Enhet 1 stängde'],
        ['2020-01-01', 'provider-new', 'Anordnare 1 godkändes som ny utförare'],
        ['2019-01-01', 'unit-opened', 'Enhet 1 öppnade'],
      ],
    ],
    [
      'new survey results, once per indicator and period',
      model({
        indicatorValues: [
          value({ period: '2024', publishedOn: '2025-02-01' }),
          value({ subject: 'p2', period: '2024', publishedOn: '2025-01-15' }),
          value({ subjectType: 'municipality', subject: '0182', period: '2024', publishedOn: '2024-12-01' }),
        ],
      }),
      [
        ['2025-01-15', 'survey-period', 'Nya resultat: Nöjdhet, 2024'],
        ['2020-01-01', 'provider-new', 'Anordnare 1 godkändes som ny utförare'],
      ],
    ],
    [
      'an end and a closing announced for after the publication date (2026-11-15)',
      model({
        services: [service(), service({ id: 'boende', choiceLevel: 'unit' })],
        providers: [
          provider({
            services: ['hemtjanst', 'boende'],
            statusHistory: [
              { status: 'active', date: '2020-01-01' },
              { status: 'ended', date: '2027-01-31' },
            ],
          }),
        ],
        units: [unit({ serviceId: 'boende', closedOn: '2026-12-31' })],
      }),
      [
        ['2027-01-31', 'provider-status', 'Anordnare 1 slutar som utförare 31 januari 2027'],
        ['2026-12-31', 'unit-closed', 'Enhet 1 stänger 31 december 2026'],
        ['2020-01-01', 'provider-new', 'Anordnare 1 godkändes som ny utförare'],
      ],
    ],
    [
      'capacity confirmed',
      model({ providers: [provider({ capacity: { acceptsNewCustomers: 'waiting-list', confirmedOn: '2025-05-02' } })] }),
      [
        ['2025-05-02', 'capacity', 'Anordnare 1 bekräftade uppgiften om nya kunder: kö för nya kunder'],
        ['2020-01-01', 'provider-new', 'Anordnare 1 godkändes som ny utförare'],
      ],
    ],
  ])('%s', (_what, m, expected) => {
    expect(deriveChanges(m).map((e) => [e.date, e.kind, describeChange(e)])).toEqual(expected);
  });

  it('puts the weightier change first on the same day, then sorts by name', () => {
    const m = model({
      providers: [
        provider({ id: 'b', name: 'Björk', authorisedSince: '2025-01-01', statusHistory: [{ status: 'active', date: '2025-01-01' }] }),
        provider({
          id: 'a',
          name: 'Äng',
          authorisedSince: '2020-01-01',
          statusHistory: [
            { status: 'active', date: '2020-01-01' },
            { status: 'warned', date: '2025-01-01' },
          ],
        }),
        provider({ id: 'c', name: 'Ceder', authorisedSince: '2025-01-01', statusHistory: [{ status: 'active', date: '2025-01-01' }] }),
      ],
    });
    expect(
      deriveChanges(m)
        .slice(0, 3)
        .map((e) => [e.kind, e.subjectName]),
    ).toEqual([
      ['provider-status', 'Äng'],
      ['provider-new', 'Björk'],
      ['provider-new', 'Ceder'],
    ]);
  });

  it('keeps ids stable when an older status entry is added', () => {
    const before = provider({
      statusHistory: [
        { status: 'active', date: '2020-01-01' },
        { status: 'warned', date: '2025-01-10' },
      ],
    });
    const after = provider({
      statusHistory: [
        { status: 'active', date: '2020-01-01' },
        { status: 'warned', date: '2022-01-01' },
        { status: 'active', date: '2022-06-01' },
        { status: 'warned', date: '2025-01-10' },
      ],
    });
    const ids = (p: typeof before) => deriveChanges(model({ providers: [p] })).map((e) => e.id);
    expect(ids(after)).toEqual(expect.arrayContaining(ids(before)));
    expect(new Set(ids(after)).size).toBe(ids(after).length);
  });

  it('links a unit follow-up to the unit page at the follow-up', () => {
    const m = model({
      services: [service(), service({ id: 'boende', choiceLevel: 'unit' })],
      providers: [provider({ services: ['hemtjanst', 'boende'] })],
      units: [unit({ serviceId: 'boende' })],
      followUps: [followUp({ unitId: 'u1', serviceId: 'boende' })],
    });
    expect(deriveChanges(m).find((e) => e.kind === 'follow-up')).toMatchObject({
      subjectType: 'unit',
      subjectName: 'Enhet 1',
      path: 'enheter/u1/#uppfoljning-f1',
    });
  });
});

describe('isFeedEvent and recentChanges', () => {
  const m = model({
    indicators: [indicator()],
    providers: [
      provider({
        capacity: { acceptsNewCustomers: 'yes', confirmedOn: '2025-05-01' },
        statusHistory: [
          { status: 'active', date: '2020-01-01' },
          { status: 'warned', date: '2025-01-10' },
        ],
      }),
    ],
    followUps: [followUp()],
    indicatorValues: [value()],
  });
  const events = deriveChanges(m);
  it('feeds follow-ups and changes of who can be chosen, not capacity or results', () => {
    expect(events.filter(isFeedEvent).map((e) => e.kind)).toEqual(['follow-up', 'provider-status', 'provider-new']);
  });
  it('keeps the last months before the publication date', () => {
    expect(recentChanges(events, '2025-06-01', 12).map((e) => e.date)).toEqual(['2026-01-01', '2025-05-01', '2025-03-10', '2025-01-10']);
  });
});
