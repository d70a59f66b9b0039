// Follow-ups: one on a record, and the filterable list.
import { describe, expect, it } from 'vitest';
import FollowUpItem from '../../src/components/FollowUpItem.astro';
import FollowUpList from '../../src/components/FollowUpList.astro';
import type { FollowUpsPageView } from '../../src/lib/pages/follow-ups-page';
import { htmlProblems, render, textOf, underH1, underH2 } from './support/render';
import { followUp } from './support/props';

describe('FollowUpItem', () => {
  it('lists the conditions with comments, actions with deadlines and a safe report link', async () => {
    const html = await render(FollowUpItem, {
      followUp: followUp({
        sanction: 'remark',
        unit: { name: 'Solgården', path: 'enheter/u1/' },
        conditions: [{ text: 'Genomförandeplan finns', result: 'partly', comment: 'Saknas för två kunder.' }],
        actions: [{ text: 'Uppdatera planerna.', deadline: '2025-09-30' }],
        reportUrl: 'https://kommun.example/rapport.pdf',
      }),
    });
    expect(await htmlProblems(html, underH2())).toEqual([]);
    expect(html).toContain('href="/enheter/u1/"');
    expect(textOf(html)).toContain('Saknas för två kunder.');
    expect(html).toContain('<strong class="tag"');
    expect(html).toContain('href="https://kommun.example/rapport.pdf"');
  });
  it('shows the provider only when asked, no table without conditions, and no link for an unsafe report address', async () => {
    const plain = await render(FollowUpItem, { followUp: followUp({ reportUrl: 'javascript:alert(1)' }) });
    expect(await htmlProblems(plain, underH2())).toEqual([]);
    expect(plain).not.toContain('<table');
    expect(plain).not.toContain('javascript:');
    expect(plain).not.toContain('href="/anordnare/p1/"');
    const withSubject = await render(FollowUpItem, { followUp: followUp(), showSubject: true, headingLevel: 4 });
    expect(withSubject).toContain('href="/anordnare/p1/"');
    expect(withSubject).toContain('<h4');
  });
});

const view = (over: Partial<FollowUpsPageView> = {}): FollowUpsPageView => ({
  total: 2,
  groups: [
    { facet: 'tjanst', options: [{ facet: 'tjanst', value: 'hemtjanst', slug: 'hemtjanst', count: 2, serviceName: 'Hemtjänst', current: false }] },
    { facet: 'atgard', options: [{ facet: 'atgard', value: 'remark', slug: 'anmarkning', count: 1, current: false }] },
  ],
  rows: [
    {
      id: 'f1',
      date: '2025-03-10',
      kind: 'planned',
      sanction: 'remark',
      status: 'open',
      subjectName: 'Solgården',
      subjectNote: 'Solgården Omsorg AB',
      path: 'enheter/u1/#uppfoljning-f1',
      serviceName: 'Hemtjänst',
    },
    {
      id: 'f2',
      date: '2025-01-10',
      kind: 'dialogue-meeting',
      sanction: 'none',
      status: 'closed',
      subjectName: 'Lindas',
      path: 'anordnare/p1/#uppfoljning-f2',
      serviceName: 'Hemtjänst',
    },
  ],
  ...over,
});

describe('FollowUpList', () => {
  it('marks "all" current on the whole list and links each filter and row', async () => {
    const html = await render(FollowUpList, { view: view(), caption: 'Alla' });
    expect(await htmlProblems(html, underH1)).toEqual([]);
    expect(html).toMatch(/href="\/uppfoljningar\/"[^>]*aria-current="page"/);
    expect(html).toContain('href="/uppfoljningar/atgard/anmarkning/"');
    expect(html).toContain('href="/enheter/u1/#uppfoljning-f1"');
    expect(textOf(html)).toContain('Anmärkning (1)');
    expect(textOf(html)).toContain('(Solgården Omsorg AB)');
  });
  it('marks the current filter and says when nothing matches', async () => {
    const current = { facet: 'atgard' as const, value: 'warning', slug: 'varning', count: 0, current: true };
    const html = await render(FollowUpList, { view: view({ current, rows: [], groups: [{ facet: 'atgard', options: [current] }] }), caption: 'Varning' });
    expect(await htmlProblems(html, underH1)).toEqual([]);
    expect(html).not.toMatch(/href="\/uppfoljningar\/"[^>]*aria-current/);
    expect(html).toMatch(/href="\/uppfoljningar\/atgard\/varning\/"[^>]*aria-current="page"/);
    expect(html).not.toContain('<table');
  });
});
