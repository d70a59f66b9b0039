// Swedish UI strings for what holds on the publication date: the status line
// (warning, withdrawn approval, an end come or announced), the age of
// date-stamped facts (capacity, customer counts) and the page summary. Plain
// text with {placeholders}, so the comparison island gets the same words as pages.
export const svStatus = {
  line: {
    warning: 'Varning från kommunen {date}',
    warningOfProvider: 'Anordnaren fick en varning från kommunen {date}',
    withdrawn: 'Kommunen återkallade godkännandet {date}',
    withdrawnOfProvider: 'Kommunen återkallade anordnarens godkännande {date}',
    ended: 'Slutade i kundvalet {date}',
    endedOfProvider: 'Anordnaren slutade i kundvalet {date}',
    closed: 'Stängde {date}',
    plannedWithdrawn: 'Godkännandet upphör {date}. Kan väljas till dess',
    plannedWithdrawnOfProvider: 'Anordnarens godkännande upphör {date}. Kan väljas till dess',
    plannedEnded: 'Slutar i kundvalet {date}. Kan väljas till dess',
    plannedEndedOfProvider: 'Anordnaren slutar i kundvalet {date}. Kan väljas till dess',
    plannedClosed: 'Stänger {date}. Kan väljas till dess',
    /** Link to the follow-up that explains a note; the name follows, visually hidden, so each link says where it goes. */
    readFollowUp: 'Läs kommunens uppföljning',
    readStatus: 'Läs kommunens förklaring',
    linkContext: 'om {name}',
  },
  age: {
    months: { one: '{count} månad', other: '{count} månader' },
    years: { one: '{count} år', other: '{count} år' },
  },
  capacity: {
    confirmed: 'bekräftat {date}',
    old: 'Uppgiften är {age} gammal – ring och fråga om det finns plats.',
    future: 'Uppgiften har ett datum som inte har kommit än – ring och fråga om det finns plats.',
    undated: 'Det står inte när uppgiften bekräftades – ring och fråga om det finns plats.',
    /** The filter's label: only current confirmations count. */
    acceptsNewFilter: 'Tar emot nya kunder nu (bekräftat de senaste {months} månaderna)',
    acceptsNewCount: '{count} av {total} tar emot nya kunder nu',
    acceptsNewCountNote: 'Vi räknar bara de som har bekräftat det de senaste {months} månaderna. Ring och fråga de andra.',
  },
  customers: {
    old: 'Uppgiften är {age} gammal.',
    future: 'Datumet har inte kommit än.',
    undated: 'Det står inte när antalet räknades.',
  },
  summary: {
    heading: 'I korthet',
    status: 'Status',
    latestFollowUp: 'Senaste uppföljning',
    noFollowUp: 'Kommunen har inte följt upp ännu',
    capacity: 'Nya kunder',
    keyResults: 'Viktigaste resultat',
    allResults: 'Alla resultat',
  },
} as const;
