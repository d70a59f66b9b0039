// What a provider's or unit's page says about it: card, status, contact, reports, the record.
import { describe, expect, it } from 'vitest';
import ChoiceCard from '../../src/components/ChoiceCard.astro';
import ContactList from '../../src/components/ContactList.astro';
import QualityReportSection from '../../src/components/QualityReportSection.astro';
import StatusLine from '../../src/components/StatusLine.astro';
import SubjectSummary from '../../src/components/SubjectSummary.astro';
import SubjectRecord from '../../src/components/SubjectRecord.astro';
import type { ChoiceCardView } from '../../src/lib/pages/choice-card';
import type { SubjectRecordView } from '../../src/lib/pages/subject-record';
import type { SubjectSummaryView } from '../../src/lib/pages/subject-summary';
import type { StatusNote } from '../../src/lib/status/status-line';
import type { QualityReport } from '../../src/schemas/quality-report';
import { htmlProblems, inList, render, textOf, underH1, underH2 } from './support/render';
import { figureWithAverages, followUp, withheldFigure } from './support/props';

const card = (over: Partial<ChoiceCardView> = {}): ChoiceCardView => ({
  id: 'u1',
  kind: 'unit',
  name: 'Solgården',
  path: 'enheter/u1/',
  providerName: 'Solgården Omsorg AB',
  address: { street: 'Solvägen 1', city: 'Testköping' },
  areaNames: ['Centrum'],
  ownership: 'private',
  languages: [],
  profileNames: [],
  places: 40,
  statusNotes: [],
  ...over,
});

describe('ChoiceCard', () => {
  it('links the choice and lists a unit’s provider, address and places', async () => {
    const html = await render(ChoiceCard, { card: card() });
    expect(await htmlProblems(html, underH2(inList))).toEqual([]);
    expect(html).toContain('href="/enheter/u1/"');
    expect(textOf(html)).toContain('Solgården Omsorg AB');
    expect(textOf(html)).toContain('Solvägen 1, Testköping');
  });
  it('leaves out provider and address for a provider, says "none" for no languages, and shows no number for a withheld key figure', async () => {
    const html = await render(ChoiceCard, {
      card: card({
        kind: 'provider',
        path: 'anordnare/p1/',
        address: undefined,
        places: undefined,
        keyFigure: figureWithAverages({ figure: withheldFigure() }),
      }),
    });
    expect(await htmlProblems(html, underH2(inList))).toEqual([]);
    expect(textOf(html)).not.toContain('Solgården Omsorg AB');
    expect(textOf(html)).not.toMatch(/\d+ %/);
    expect(textOf(html)).toContain('färre än 7 svar');
  });
});

const warning: StatusNote = {
  kind: 'warning',
  date: '2026-06-10',
  explainedAt: 'enheter/u1/#uppfoljning-f1',
  explainedBy: 'follow-up',
  note: 'För få utbildade på natten.',
};

describe('ChoiceCard with a status line', () => {
  it('shows a warning in force with its date and a link to the follow-up, before the facts', async () => {
    const html = await render(ChoiceCard, { card: card({ statusNotes: [warning] }) });
    expect(await htmlProblems(html, underH2(inList))).toEqual([]);
    expect(textOf(html)).toContain('Varning från kommunen 10 juni 2026. Läs kommunens uppföljning om Solgården');
    expect(html).toContain('href="/enheter/u1/#uppfoljning-f1"');
    expect(html.indexOf('data-status="warning"')).toBeLessThan(html.indexOf('<dl'));
    // The kommun's note belongs on the unit's own page, not on every card.
    expect(textOf(html)).not.toContain('För få utbildade');
  });
});

describe('StatusLine', () => {
  it('says nothing when there is nothing to tell', async () => {
    expect(textOf(await render(StatusLine, { notes: [], name: 'X' }))).toBe('');
  });
  it('gives the kommun’s note on the page itself, and leaves out a link to the page’s own summary', async () => {
    const ended: StatusNote = {
      kind: 'planned-end',
      ending: 'ended',
      date: '2027-01-31',
      explainedAt: 'anordnare/p1/#status',
      explainedBy: 'status',
      note: 'Avtalet är uppsagt.',
    };
    const html = await render(StatusLine, { notes: [ended], name: 'X', withNotes: true, linkStatus: false });
    expect(await htmlProblems(html)).toEqual([]);
    expect(textOf(html)).toBe('Slutar i kundvalet 31 januari 2027. Kan väljas till dess. Avtalet är uppsagt.');
    expect(html).not.toContain('<a');
    expect(await render(StatusLine, { notes: [ended], name: 'X' })).toContain('href="/anordnare/p1/#status"');
  });
});

describe('SubjectSummary', () => {
  const summary = (over: Partial<SubjectSummaryView> = {}): SubjectSummaryView => ({
    statusLine: { choosable: true, notes: [warning] },
    status: { status: 'warned', since: '2026-06-10' },
    latestFollowUp: { date: '2026-06-10', kind: 'unannounced-visit', sanction: 'warning', status: 'open', anchor: 'uppfoljning-f1' },
    capacity: { acceptsNewCustomers: 'yes', confirmedOn: '2025-06-17', age: { state: 'old', months: 17 }, acceptsNewNow: false },
    keyResults: [figureWithAverages()],
    ...over,
  });
  it('opens with the status and its note, the latest follow-up, the capacity with its age and the key results', async () => {
    const html = await render(SubjectSummary, { summary: summary(), name: 'Solgården', resultsId: 'results-heading' });
    expect(await htmlProblems(html, underH1)).toEqual([]);
    const text = textOf(html);
    expect(html).toContain('id="status"');
    expect(text).toContain('Varning från kommunen 10 juni 2026. För få utbildade på natten. Läs kommunens uppföljning om Solgården');
    expect(text).toContain('Oanmält besök 10 juni 2026 : Varning. Pågår.');
    expect(html).toContain('href="#uppfoljning-f1"');
    expect(text).toContain('Uppgiften är 17 månader gammal – ring och fråga om det finns plats.');
    expect(text).toContain('Viktigaste resultat');
    expect(html).toContain('href="#results-heading"');
  });
  it('says the status in words when there is nothing to warn about, and that there is no follow-up yet', async () => {
    const html = await render(SubjectSummary, {
      summary: summary({
        statusLine: { choosable: true, notes: [] },
        status: { status: 'active', since: '2020-01-01' },
        latestFollowUp: undefined,
        keyResults: [],
      }),
      name: 'Solgården',
    });
    expect(await htmlProblems(html, underH1)).toEqual([]);
    expect(textOf(html)).toContain('Status Godkänd');
    expect(textOf(html)).toContain('Kommunen har inte följt upp ännu');
    expect(textOf(html)).not.toContain('Viktigaste resultat');
  });
});

describe('ContactList', () => {
  it('makes phone and e-mail tappable links and shortens the web address', async () => {
    const html = await render(ContactList, { contact: { phone: '+46 8 123 45', email: 'info@example.se', web: 'https://example.se/' } });
    expect(await htmlProblems(html)).toEqual([]);
    expect(html).toContain('href="tel:');
    expect(html).toContain('href="mailto:info@example.se"');
    expect(textOf(html)).toContain('example.se');
    expect(textOf(html)).not.toContain('https://');
  });
  it('says there is nothing when no contact is given', async () => {
    const html = await render(ContactList, { contact: {} });
    expect(await htmlProblems(html)).toEqual([]);
    expect(html).not.toContain('<a');
  });
});

const report = (over: Partial<Omit<QualityReport, 'figures'>> = {}): QualityReport => ({
  id: 'r2025',
  providerId: 'p1',
  serviceId: 'hemtjanst',
  year: 2025,
  submittedOn: '2025-03-15',
  aspects: { safety: 'Vi går igenom rutinerna.' },
  figures: {},
  ...over,
});

describe('QualityReportSection', () => {
  it('shows the latest report in full and earlier years behind links on the page', async () => {
    const html = await render(QualityReportSection, { serviceName: 'Hemtjänst', reports: [report(), report({ id: 'r2024', year: 2024 })] });
    expect(await htmlProblems(html, underH2())).toEqual([]);
    expect(html).toContain('id="kvalitetsredovisning-r2025"');
    expect(html).toContain('href="#kvalitetsredovisning-r2024"');
  });
  it.each([
    [false, 'inte lämnat någon kvalitetsredovisning'],
    [true, 'för varje boende eller verksamhet'],
  ])('says why there is no report (per unit: %s)', async (perUnit, words) => {
    const html = await render(QualityReportSection, { serviceName: 'Hemtjänst', reports: [], perUnit });
    expect(await htmlProblems(html, underH2())).toEqual([]);
    expect(textOf(html)).toContain(words);
  });
});

describe('SubjectRecord', () => {
  const record = (over: Partial<SubjectRecordView> = {}): SubjectRecordView => ({
    name: 'Lindas hemtjänst',
    showResults: true,
    figures: [figureWithAverages()],
    freshnessMonths: 24,
    history: { blocks: [], anyComputed: false },
    reports: [{ serviceName: 'Hemtjänst', reports: [report()] }],
    followUps: [followUp()],
    updated: '2025-05-20',
    ...over,
  });
  it('has results, reports, follow-ups with the feed, and the sources', async () => {
    const html = await render(SubjectRecord, { record: record() });
    expect(await htmlProblems(html, underH1)).toEqual([]);
    expect(html).toContain('id="results-heading"');
    expect(html).toContain('id="uppfoljning-f1"');
    expect(html).toContain('href="/uppfoljningar/flode.xml"');
    expect(html).toContain('datetime="2025-05-20"');
  });
  it('puts the follow-ups before the results over time and the quality report, so they come early on a phone', async () => {
    const history = { blocks: [{ indicator: figureWithAverages().indicator, rows: [{ figure: figureWithAverages().figure }] }], anyComputed: false };
    const html = await render(SubjectRecord, { record: record({ history }) });
    expect(await htmlProblems(html, underH1)).toEqual([]);
    const at = (id: string) => html.indexOf(`id="${id}"`);
    expect(at('results-heading')).toBeLessThan(at('followups-heading'));
    expect(at('followups-heading')).toBeLessThan(at('history-heading'));
    expect(at('history-heading')).toBeLessThan(at('report-heading'));
  });
  it('leaves the results out when they are shown per unit, and says there are no follow-ups', async () => {
    const html = await render(SubjectRecord, { record: record({ showResults: false, followUps: [] }) });
    expect(await htmlProblems(html, underH1)).toEqual([]);
    expect(html).not.toContain('id="results-heading"');
    expect(textOf(html)).toContain('inte gjort någon uppföljning');
  });
});
