// The authorisation conditions (auktorisationsvillkor) that follow-ups check, after
// Nacka kommun's presentation "Kundval inom sociala tjänster" (auktorisationsvillkor-exempel.csv).
import type { z } from 'zod';
import type { conditionSchema } from '../../src/schemas/condition';

export type ConditionInput = z.input<typeof conditionSchema>;

export const CONDITIONS: ConditionInput[] = [
  {
    id: 'mal',
    text: 'Anordnaren ska redovisa hur de statliga och/eller kommunala målen för verksamheten ska nås.',
    checkedBy: 'Uppvisa vid auktorisation, Uppföljning',
    onFailure: 'Varning och/eller avauktorisation',
  },
  {
    id: 'nycklar',
    text: 'Anordnaren ska ha rutiner för hantering av nycklar till brukarnas bostäder och värdehandlingar/medel tillhöriga brukarna.',
    checkedBy: 'Uppföljning',
    onFailure: 'Varning och/eller avauktorisation',
  },
  {
    id: 'ledning-kompetens',
    text: 'Den som utövar den dagliga ledningen av verksamheten ska ha för arbetsuppgifterna och verksamhetens inriktning adekvat kompetens.',
    checkedBy: 'Uppvisa vid auktorisation, Uppföljning',
    onFailure: 'Varning och/eller avauktorisation',
  },
  {
    id: 'ledning-byte',
    text: 'Om anordnaren byter den som ansvarar för den dagliga ledningen av verksamheten ska detta anmälas till kommunen för godkännande.',
    checkedBy: 'Egen anmälan',
    onFailure: 'Varning',
  },
  {
    id: 'avvikelser',
    text: 'Anordnaren ska rapportera allvarliga klagomål, fel, brister och avvikelser till kommunen.',
    checkedBy: 'Egen anmälan, Uppföljning',
    onFailure: 'Varning och/eller avauktorisation',
  },
  {
    id: 'lagar',
    text: 'Anordnaren ska följa lagar, betala skatter och avgifter och vara registrerad som företag.',
    checkedBy: 'Uppvisa vid auktorisation, Uppföljning',
    onFailure: 'Varning och/eller avauktorisation',
  },
  {
    id: 'personal-kompetens',
    text: 'Arbetsledare och personal ska ha rätt utbildning och erfarenhet.',
    checkedBy: 'Uppföljning',
    onFailure: 'Varning och/eller avauktorisation',
  },
  {
    id: 'ta-emot-alla',
    text: 'Anordnaren ska ta emot alla som väljer dem (inom angivet kapacitetstak).',
    checkedBy: 'Uppföljning',
    onFailure: 'Varning och/eller avauktorisation',
  },
  {
    id: 'medverka-uppfoljning',
    text: 'Anordnaren ska medverka i kommunens uppföljning och lämna en årlig kvalitetsredovisning.',
    checkedBy: 'Uppföljning',
    onFailure: 'Varning och/eller avauktorisation',
  },
];
