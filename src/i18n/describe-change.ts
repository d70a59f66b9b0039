// A change event in words, the same on the page, in the feed and in open data.
import type { ChangeEvent } from '../lib/catalog/changes';
import { formatDate } from '../lib/locale/format';
import { formatPeriod } from '../lib/locale/periods';
import { sv } from './sv';

export function describeChange(e: ChangeEvent, t = sv): string {
  const h = t.openData.changes.headline;
  switch (e.kind) {
    case 'provider-new':
      return h['provider-new'](e.subjectName);
    case 'provider-status':
      return e.planned && (e.status === 'withdrawn' || e.status === 'ended')
        ? h.plannedStatus[e.status](e.subjectName, formatDate(e.date))
        : h.status[e.status!](e.subjectName);
    case 'unit-opened':
      return h['unit-opened'](e.subjectName);
    case 'unit-closed':
      return e.planned ? h.plannedClosed(e.subjectName, formatDate(e.date)) : h['unit-closed'](e.subjectName);
    case 'follow-up':
      return h['follow-up'](
        t.followUp.kinds[e.followUp!.kind],
        e.subjectName,
        e.sanction && e.sanction !== 'none' ? t.followUp.sanctions[e.sanction] : undefined,
      );
    case 'quality-report':
      return h['quality-report'](e.subjectName, e.qualityReportYear!);
    case 'survey-period':
      return h['survey-period'](e.subjectName, formatPeriod(e.period!));
    case 'capacity':
      return h.capacity(e.subjectName, t.enums.capacity[e.acceptsNewCustomers!]);
  }
}
