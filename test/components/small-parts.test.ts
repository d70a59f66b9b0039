// Small parts used across pages: links from data, capacity, facts, tags, changes.
import { describe, expect, it } from 'vitest';
import CapacityText from '../../src/components/CapacityText.astro';
import ChangeList from '../../src/components/ChangeList.astro';
import CompareRuleNote from '../../src/components/CompareRuleNote.astro';
import FactsList from '../../src/components/FactsList.astro';
import InactiveTag from '../../src/components/InactiveTag.astro';
import LatestChanges from '../../src/components/LatestChanges.astro';
import QualityReportBody from '../../src/components/QualityReportBody.astro';
import SafeLink from '../../src/components/SafeLink.astro';
import type { ChangeEvent } from '../../src/lib/catalog/changes';
import { htmlProblems, render, textOf, underH1 } from './support/render';

describe('SafeLink', () => {
  it.each([
    ['https://example.se/', true],
    ['mailto:info@example.se', true],
    ['javascript:alert(1)', false],
    [undefined, false],
  ])('%s is a link: %s', async (href, isLink) => {
    const html = await render(SafeLink, { href }, { default: 'Läs rapporten' });
    expect(await htmlProblems(html)).toEqual([]);
    expect(html.includes('<a ')).toBe(isLink);
    expect(textOf(html)).toBe('Läs rapporten');
  });
});

describe('CapacityText', () => {
  const current = { state: 'current', months: 1 } as const;
  it('says whether new customers are taken, with the cap and the confirmation date', async () => {
    const html = await render(CapacityText, {
      capacity: { acceptsNewCustomers: 'yes', cap: 20, confirmedOn: '2025-05-20', age: current, acceptsNewNow: true },
    });
    expect(await htmlProblems(html)).toEqual([]);
    expect(textOf(html)).toBe('Tar emot nya kunder . Kapacitetstak: högst 20 kunder (bekräftat 20 maj 2025)');
  });
  it('leaves the date out when asked, and says "none" without capacity', async () => {
    expect(
      textOf(
        await render(CapacityText, { capacity: { acceptsNewCustomers: 'no', confirmedOn: '2025-05-20', age: current, acceptsNewNow: false }, showDate: false }),
      ),
    ).not.toContain('bekräftat');
    expect(await render(CapacityText, {})).toMatch(/<span[^>]*>[^<]+<\/span>/);
  });
  it.each([
    [{ state: 'old', months: 17 }, 'Tar emot nya kunder (bekräftat 17 juni 2025) . Uppgiften är 17 månader gammal – ring och fråga om det finns plats.'],
    [{ state: 'future' }, 'Tar emot nya kunder (bekräftat 17 juni 2025) . Uppgiften har ett datum som inte har kommit än – ring och fråga om det finns plats.'],
  ] as const)('says how old a confirmation that is not current is, and to call, even without the date column (%o)', async (age, text) => {
    const html = await render(CapacityText, {
      capacity: { acceptsNewCustomers: 'yes', confirmedOn: '2025-06-17', age, acceptsNewNow: false },
      showDate: false,
    });
    expect(await htmlProblems(html)).toEqual([]);
    expect(textOf(html)).toBe(text);
    expect(html).toContain(`data-capacity-age="${age.state}"`);
  });
});

describe('FactsList', () => {
  it('lists only the facts that are known, yes or no', async () => {
    const html = await render(FactsList, { facts: { confirmedOn: '2025-05-20', petsAllowed: false, ownKitchen: true } });
    expect(await htmlProblems(html)).toEqual([]);
    expect(html.match(/<dt/g)).toHaveLength(2);
    expect(textOf(html)).toContain('Husdjur tillåtna Nej');
  });
  it('renders nothing without known facts', async () => {
    expect(textOf(await render(FactsList, { facts: { confirmedOn: '2025-05-20' } }))).toBe('');
  });
});

describe('InactiveTag', () => {
  it('tags a withdrawn choice and nothing for an active one', async () => {
    expect(await render(InactiveTag, { reason: 'withdrawn' })).toContain('data-inactive="withdrawn"');
    expect(textOf(await render(InactiveTag, {}))).toBe('');
  });
});

describe('QualityReportBody', () => {
  it('shows the figures given and each aspect that has a text', async () => {
    const report = {
      id: 'r',
      providerId: 'p',
      serviceId: 's',
      year: 2025,
      submittedOn: '2025-03-15',
      aspects: { safety: 'Rutiner varje kvartal.' },
      figures: { trainedStaffShare: 82.5 },
    };
    const html = await render(QualityReportBody, { report });
    expect(await htmlProblems(html)).toEqual([]);
    expect(html.match(/<details/g)).toHaveLength(1);
    expect(textOf(html)).toContain('Rutiner varje kvartal.');
    expect(html.match(/<dt/g)).toHaveLength(1);
  });
});

const event = (over: Partial<ChangeEvent> = {}): ChangeEvent => ({
  id: 'e1',
  date: '2025-05-01',
  kind: 'provider-new',
  subjectType: 'provider',
  subjectId: 'p1',
  subjectName: 'Lindas hemtjänst',
  serviceIds: ['hemtjanst'],
  path: 'anordnare/p1/',
  ...over,
});

describe('ChangeList', () => {
  it('lists each change with its date and a link, with ids when asked', async () => {
    const html = await render(ChangeList, { events: [event()], withIds: true });
    expect(await htmlProblems(html)).toEqual([]);
    expect(html).toContain('href="/anordnare/p1/"');
    expect(html).toContain('id="e1"');
    expect(html).toContain('datetime="2025-05-01"');
  });
});

describe('LatestChanges', () => {
  it('shows the changes with a link to all, and nothing without changes', async () => {
    const html = await render(LatestChanges, { events: [event()] });
    expect(await htmlProblems(html, underH1)).toEqual([]);
    expect(html).toContain('href="/nytt-och-andrat/"');
    expect(textOf(await render(LatestChanges, { events: [] }))).toBe('');
  });
});

describe('CompareRuleNote', () => {
  it('links to where the rule is explained', async () => {
    const html = await render(CompareRuleNote);
    expect(await htmlProblems(html)).toEqual([]);
    expect(html).toContain('href="/indikatorer/#sa-jamfor-vi"');
  });
});
