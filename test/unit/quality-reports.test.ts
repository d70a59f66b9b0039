import { describe, expect, it } from 'vitest';
import { reportsByService, reportsForService } from '../../src/lib/catalog/quality-reports';
import type { QualityReport } from '../../src/schemas/quality-report';

const report = (id: string, over: Partial<QualityReport>): QualityReport => ({
  id,
  providerId: 'p1',
  serviceId: 'hemtjanst',
  year: 2025,
  submittedOn: '2025-03-01',
  aspects: {},
  figures: {},
  ...over,
});

describe('reportsForService', () => {
  const reports = [
    report('hem-2024', { year: 2024, submittedOn: '2024-02-01' }),
    report('boende-2026', { serviceId: 'boende', year: 2026, submittedOn: '2026-03-01' }),
    report('hem-2025', {}),
    report('unit-2025', { serviceId: 'boende', unitId: 'u1' }),
  ];

  it.each([
    ['hemtjanst', undefined, ['hem-2025', 'hem-2024']],
    ['boende', undefined, ['boende-2026']],
    ['boende', 'u1', ['unit-2025']],
    ['boende', 'u2', []],
    ['annat', undefined, []],
  ])('%s (unit %s) -> %j, newest first, never another service or unit', (serviceId, unitId, ids) => {
    expect(reportsForService(reports, serviceId, unitId).map((r) => r.id)).toEqual(ids);
  });

  it('orders a year by the latest submission, then by id, whatever the input order', () => {
    const a = report('a', { submittedOn: '2025-02-01' });
    const b = report('b', { submittedOn: '2025-05-01' });
    const c = report('c', { submittedOn: '2025-05-01' });
    expect(reportsForService([a, c, b], 'hemtjanst').map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('reportsByService', () => {
  it('gives one entry per service in the given order, saying when a service is reported per unit', () => {
    const reports = [report('hem', {}), report('unit', { serviceId: 'boende', unitId: 'u1' })];
    expect(reportsByService(reports, ['boende', 'hemtjanst', 'daglig']).map((s) => [s.serviceId, s.reports.map((r) => r.id), s.perUnit])).toEqual([
      ['boende', [], true],
      ['hemtjanst', ['hem'], false],
      ['daglig', [], false],
    ]);
  });
});
