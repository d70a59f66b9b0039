// The scripted story of the example: warnings, a withdrawal and providers that ended.
// Status histories and follow-ups both read these dates, so they always agree.

export interface StatusEvent {
  status: 'active' | 'warned' | 'withdrawn' | 'ended';
  date: string;
  note: string;
}

export const STATUS_EVENTS: Record<string, StatusEvent[]> = {
  'hemtjanst-direkt': [
    { status: 'warned', date: '2025-05-14', note: 'Varning efter utredning av klagomål: allvarliga avvikelser hade inte rapporterats till kommunen.' },
    {
      status: 'withdrawn',
      date: '2026-03-18',
      note: 'Kommunen återkallade auktorisationen efter en fördjupad granskning. Kunderna har fått välja en ny anordnare.',
    },
  ],
  ledsagarna: [
    { status: 'warned', date: '2024-09-12', note: 'Varning: anordnaren tackade nej till kunder trots att kapacitetstaket inte var nått.' },
    { status: 'active', date: '2025-03-04', note: 'Bristerna är åtgärdade. Varningen gäller inte längre.' },
  ],
  'lindgardens-aldreomsorg': [{ status: 'warned', date: '2026-06-10', note: 'Varning efter oanmält besök: för få personal med rätt utbildning på natten.' }],
  'parsamtal-i-centrum': [{ status: 'ended', date: '2024-12-31', note: 'Anordnaren sade upp avtalet och har slutat med familjerådgivning.' }],
  'rent-och-fint': [{ status: 'ended', date: '2025-06-30', note: 'Anordnaren sade upp avtalet och verksamheten har stängt.' }],
};

/** The date a provider stopped delivering (withdrawn or ended), if it has. */
export function stoppedOn(providerId: string): string | undefined {
  const last = STATUS_EVENTS[providerId]?.at(-1);
  return last && (last.status === 'withdrawn' || last.status === 'ended') ? last.date : undefined;
}

/** The latent quality of providers the story needs to be weak or strong (0 is average). */
export const QUALITY_OVERRIDES: Record<string, number> = {
  'hemtjanst-direkt': -1.8,
  'lindgardens-aldreomsorg': -1.1,
  ledsagarna: -0.6,
  shalomhemmet: 1.0,
  kotiapu: 0.9,
  'vi-tillsammans': 1.2,
};
