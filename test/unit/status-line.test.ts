// The status line: what a card, row, comparison column, search result and page
// says about a warning, a withdrawn approval or an end, on the publication date.
import { describe, expect, it } from 'vitest';
import { statusNoteText } from '../../src/i18n/status-text';
import { svStatus } from '../../src/i18n/sv-status';
import { statusLine } from '../../src/lib/status/status-line';
import type { FollowUp } from '../../src/schemas/follow-up';
import type { Provider } from '../../src/schemas/provider';
import { provider, unit } from './support/model-builder';

const TODAY = '2026-11-15';
const history = (...entries: [Provider['statusHistory'][number]['status'], string, string?][]) =>
  entries.map(([status, date, note]) => ({ status, date, ...(note ? { note } : {}) }));

function followUp(over: Partial<FollowUp> = {}): FollowUp {
  return {
    id: 'f1',
    providerId: 'p1',
    serviceId: 'hemtjanst',
    date: '2026-06-10',
    kind: 'unannounced-visit',
    conditions: [],
    findings: 'x',
    actions: [],
    sanction: 'none',
    status: 'open',
    ...over,
  };
}

describe('statusLine', () => {
  it('has nothing to say about an approved provider without sanctions', () => {
    expect(statusLine({ provider: provider(), followUps: [followUp()] }, TODAY)).toEqual({ choosable: true, notes: [] });
  });

  it('tells a warning in force with its date and links the follow-up that gave it', () => {
    const p = provider({ statusHistory: history(['active', '2020-01-01'], ['warned', '2026-06-10', 'För få utbildade på natten.']) });
    const line = statusLine({ provider: p, followUps: [followUp({ sanction: 'warning' }), followUp({ id: 'f0', date: '2025-01-01' })] }, TODAY);
    expect(line).toEqual({
      choosable: true,
      notes: [
        { kind: 'warning', date: '2026-06-10', explainedAt: 'anordnare/p1/#uppfoljning-f1', explainedBy: 'follow-up', note: 'För få utbildade på natten.' },
      ],
    });
  });

  it('on a unit, links a warning given at the unit to the unit’s page, and one given elsewhere as the provider’s', () => {
    const p = provider({ statusHistory: history(['active', '2020-01-01'], ['warned', '2026-06-10']) });
    const followUps = [followUp({ unitId: 'u1', sanction: 'warning' })];
    expect(statusLine({ provider: p, unit: unit(), followUps }, TODAY).notes).toEqual([
      { kind: 'warning', date: '2026-06-10', explainedAt: 'enheter/u1/#uppfoljning-f1', explainedBy: 'follow-up' },
    ]);
    expect(statusLine({ provider: p, unit: unit({ id: 'u2' }), followUps }, TODAY).notes).toEqual([
      { kind: 'warning', date: '2026-06-10', ofProvider: true, explainedAt: 'enheter/u1/#uppfoljning-f1', explainedBy: 'follow-up' },
    ]);
  });

  it('tells a warning from the latest follow-up even when no status line was added for it', () => {
    const line = statusLine({ provider: provider(), followUps: [followUp({ sanction: 'warning' })] }, TODAY);
    expect(line.notes).toEqual([{ kind: 'warning', date: '2026-06-10', explainedAt: 'anordnare/p1/#uppfoljning-f1', explainedBy: 'follow-up' }]);
  });

  it('drops a warning once a later status says it no longer applies, or a later follow-up gave none', () => {
    const lifted = provider({
      statusHistory: history(['active', '2015-09-01'], ['warned', '2024-09-12'], ['active', '2025-03-04', 'Bristerna är åtgärdade.']),
    });
    expect(statusLine({ provider: lifted, followUps: [followUp({ date: '2024-09-12', sanction: 'warning' })] }, TODAY).notes).toEqual([]);
    const later = [followUp({ date: '2024-09-12', sanction: 'warning' }), followUp({ id: 'f2', date: '2025-09-01' })];
    expect(statusLine({ provider: provider(), followUps: later }, TODAY).notes).toEqual([]);
  });

  it('makes a withdrawn provider unchoosable and links the follow-up with the withdrawal', () => {
    const p = provider({ statusHistory: history(['active', '2019-04-01'], ['withdrawn', '2026-03-18']) });
    const line = statusLine({ provider: p, followUps: [followUp({ id: 'w', date: '2026-03-18', sanction: 'withdrawal' })] }, TODAY);
    expect(line).toEqual({
      choosable: false,
      notes: [{ kind: 'withdrawn', date: '2026-03-18', explainedAt: 'anordnare/p1/#uppfoljning-w', explainedBy: 'follow-up' }],
    });
  });

  it('makes an ended provider and a closed unit unchoosable, explained on their pages', () => {
    const ended = provider({ statusHistory: history(['active', '2014-03-01'], ['ended', '2025-06-30', 'Sade upp avtalet.']) });
    expect(statusLine({ provider: ended, unit: unit(), followUps: [] }, TODAY)).toEqual({
      choosable: false,
      notes: [{ kind: 'ended', date: '2025-06-30', ofProvider: true, explainedAt: 'anordnare/p1/#status', explainedBy: 'status', note: 'Sade upp avtalet.' }],
    });
    expect(statusLine({ provider: provider(), unit: unit({ closedOn: '2025-06-30' }), followUps: [] }, TODAY)).toEqual({
      choosable: false,
      notes: [{ kind: 'closed', date: '2025-06-30', explainedAt: 'enheter/u1/#status', explainedBy: 'status' }],
    });
  });

  it.each([
    ['the day before the end', '2027-01-30', true],
    ['the day of the end', '2027-01-31', false],
  ])('takes an announced end into effect on its day, not before (%s)', (_what, date, choosable) => {
    const p = provider({ statusHistory: history(['active', '2020-01-01'], ['ended', '2027-01-31']) });
    expect(statusLine({ provider: p, followUps: [] }, date).choosable).toBe(choosable);
  });

  it('tells an announced end as a planned end, after a warning in force', () => {
    const p = provider({ statusHistory: history(['active', '2020-01-01'], ['warned', '2026-06-10'], ['withdrawn', '2027-01-31', 'Avauktoriseras.']) });
    const line = statusLine(
      { provider: p, followUps: [followUp({ sanction: 'warning' }), followUp({ id: 'beslut', date: '2026-10-01', sanction: 'withdrawal' })] },
      TODAY,
    );
    expect(line.choosable).toBe(true);
    expect(line.notes.map((n) => [n.kind, n.date, n.ending, n.explainedAt])).toEqual([
      ['warning', '2026-06-10', undefined, 'anordnare/p1/#uppfoljning-f1'],
      ['planned-end', '2027-01-31', 'withdrawn', 'anordnare/p1/#uppfoljning-beslut'],
    ]);
  });

  it('tells the first of a provider’s end and its unit’s closing', () => {
    const p = provider({ statusHistory: history(['active', '2020-01-01'], ['ended', '2027-06-30']) });
    const line = statusLine({ provider: p, unit: unit({ closedOn: '2027-02-28' }), followUps: [] }, TODAY);
    expect(line.notes).toEqual([{ kind: 'planned-end', date: '2027-02-28', ending: 'closed', explainedAt: 'enheter/u1/#status', explainedBy: 'status' }]);
  });

  it('ignores a follow-up dated after the day', () => {
    expect(statusLine({ provider: provider(), followUps: [followUp({ date: '2026-12-01', sanction: 'warning' })] }, TODAY).notes).toEqual([]);
  });
});

describe('statusNoteText', () => {
  const base = { explainedAt: 'x', explainedBy: 'status' as const };
  it.each([
    [{ kind: 'warning', date: '2026-06-10' }, 'Varning från kommunen 10 juni 2026'],
    [{ kind: 'warning', date: '2026-06-10', ofProvider: true }, 'Anordnaren fick en varning från kommunen 10 juni 2026'],
    [{ kind: 'withdrawn', date: '2026-03-18' }, 'Kommunen återkallade godkännandet 18 mars 2026'],
    [{ kind: 'ended', date: '2025-06-30', ofProvider: true }, 'Anordnaren slutade i kundvalet 30 juni 2025'],
    [{ kind: 'closed', date: '2025-06-30' }, 'Stängde 30 juni 2025'],
    [{ kind: 'planned-end', ending: 'ended', date: '2027-01-31' }, 'Slutar i kundvalet 31 januari 2027. Kan väljas till dess'],
    [
      { kind: 'planned-end', ending: 'withdrawn', date: '2027-01-31', ofProvider: true },
      'Anordnarens godkännande upphör 31 januari 2027. Kan väljas till dess',
    ],
    [{ kind: 'planned-end', ending: 'closed', date: '2027-02-28' }, 'Stänger 28 februari 2027. Kan väljas till dess'],
  ] as const)('%o -> "%s"', (note, text) => {
    expect(statusNoteText({ ...base, ...note }, svStatus.line)).toBe(text);
  });
});
