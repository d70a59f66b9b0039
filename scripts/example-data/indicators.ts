// Indicator definitions: Socialstyrelsen's survey of the elderly (real Kolada KPI ids),
// SKR's LSS survey for daglig verksamhet, and figures from the providers' quality reports.
// Each also carries the parameters the example figures are drawn from.
import type { z } from 'zod';
import type { indicatorSchema } from '../../src/schemas/indicator';
import { ANSWERS_KPI } from './imports';
import type { ServiceId } from './services';

export type IndicatorInput = z.input<typeof indicatorSchema>;

export type Survey = 'socialstyrelsen' | 'skr' | 'provider-report';

export interface IndicatorDef {
  file: IndicatorInput;
  survey: Survey;
  /** The service whose providers or units are measured. */
  measures: ServiceId[];
  /** The nation's value in 2021 and its change per year. */
  nation: number;
  trend: number;
  /** How far providers spread around the nation's value (one step of hidden quality). */
  spread: number;
  min: number;
  max: number;
}

const SOS_NAME = 'Socialstyrelsen: Vad tycker de äldre om äldreomsorgen?';
const SOS_URL = 'https://www.socialstyrelsen.se/statistik-och-data/oppna-jamforelser/socialtjanst/aldreomsorg/vad-tycker-de-aldre-om-aldreomsorgen/';
const SOS_RULE =
  'Socialstyrelsens regel: resultat för en enskild verksamhet redovisas bara när minst 7 personer har svarat (se metodbeskrivningen för årets undersökning). Med färre svar visar vi "För få svar för att redovisa".';
const SOS_HEMTJANST_RESPONDENTS =
  'Enkäten skickas med post till alla som är 65 år eller äldre och har haft hemtjänst i minst några månader. Ungefär sex av tio svarar. Många svarar med hjälp av en anhörig eller någon annan, och ibland svarar anhöriga åt den äldre.';
const SOS_SABO_RESPONDENTS =
  'Enkäten skickas med post till alla som är 65 år eller äldre och bor på särskilt boende. Ungefär hälften svarar. Många av de boende har en demenssjukdom, så mer än hälften av svaren har lämnats med hjälp av en anhörig eller personal, eller av en anhörig på den boendes vägnar.';

const SKR_NAME = 'SKR: Brukarundersökning inom funktionshinderområdet (daglig verksamhet LSS)';
const SKR_URL = 'https://www.kolada.se/';
const SKR_RULE =
  'SKR:s regel: resultat för en enskild verksamhet visas bara när minst 5 personer har svarat. Med färre svar visar vi "För få svar för att redovisa".';
const SKR_RESPONDENTS =
  'Deltagarna svarar själva, på dator eller surfplatta med bilder och uppläst text. Den som vill kan få hjälp av en frågeassistent som inte arbetar i verksamheten. Anhöriga eller gode män får inte svara åt deltagaren.';

const REPORT_NAME = 'Anordnarens kvalitetsredovisning till Exempelkommun';
const REPORT_RULE = 'Kommunens regel: en uppgift från kvalitetsredovisningen visas bara när den bygger på minst 5 personer (kunder eller anställda).';

function sos(
  id: string,
  service: 'hemtjanst' | 'sarskilt-boende',
  kpi: string,
  name: string,
  question: string,
  explanation: string,
  nation: number,
  trend: number,
  spread: number,
): IndicatorDef {
  return {
    survey: 'socialstyrelsen',
    measures: [service],
    nation,
    trend,
    spread,
    min: 35,
    max: 100,
    file: {
      id,
      name,
      question,
      explanation,
      respondents: service === 'hemtjanst' ? SOS_HEMTJANST_RESPONDENTS : SOS_SABO_RESPONDENTS,
      unit: 'percent',
      betterDirection: 'higher',
      source: { kind: 'socialstyrelsen', name: SOS_NAME, url: SOS_URL },
      koladaKpi: kpi,
      koladaAnswersKpi: ANSWERS_KPI[service],
      minAnswers: 7,
      minAnswersRule: SOS_RULE,
      services: [service],
    },
  };
}

function skr(
  id: string,
  name: string,
  question: string,
  explanation: string,
  kpi: string | undefined,
  nation: number,
  trend: number,
  spread: number,
): IndicatorDef {
  return {
    survey: 'skr',
    measures: ['daglig-verksamhet-lss'],
    nation,
    trend,
    spread,
    min: 40,
    max: 100,
    file: {
      id,
      name,
      question,
      explanation,
      respondents: SKR_RESPONDENTS,
      unit: 'percent',
      betterDirection: 'higher',
      source: { kind: 'skr', name: SKR_NAME, url: SKR_URL },
      ...(kpi ? { koladaKpi: kpi, koladaAnswersKpi: ANSWERS_KPI['daglig-verksamhet-lss'] } : {}),
      minAnswers: 5,
      minAnswersRule: SKR_RULE,
      services: ['daglig-verksamhet-lss'],
    },
  };
}

export const INDICATOR_DEFS: IndicatorDef[] = [
  sos(
    'hemtjanst-nojdhet',
    'hemtjanst',
    'U21468',
    'Nöjd med hemtjänsten',
    'Hur nöjd eller missnöjd är du sammantaget med den hemtjänst du har?',
    'Andelen som svarat att de är mycket eller ganska nöjda med hemtjänsten som helhet. Ett högre värde är bättre.',
    87,
    -0.4,
    4.5,
  ),
  sos(
    'hemtjanst-bemotande',
    'hemtjanst',
    'U21504',
    'Bra bemötande i hemtjänsten',
    'Brukar personalen bemöta dig på ett bra sätt?',
    'Andelen som svarat att personalen alltid eller oftast bemöter dem på ett bra sätt. Ett högre värde är bättre.',
    96,
    -0.2,
    2,
  ),
  sos(
    'hemtjanst-trygghet',
    'hemtjanst',
    'U21505',
    'Känner sig trygg med hemtjänsten',
    'Hur tryggt eller otryggt känns det att bo hemma med stöd från hemtjänsten?',
    'Andelen som svarat att det känns mycket eller ganska tryggt att bo hemma med stöd från hemtjänsten. Ett högre värde är bättre.',
    86,
    -0.3,
    4,
  ),
  sos(
    'hemtjanst-hansyn',
    'hemtjanst',
    'U21463',
    'Personalen tar hänsyn till åsikter och önskemål',
    'Brukar personalen ta hänsyn till dina åsikter och önskemål om hur hjälpen ska utföras?',
    'Andelen som svarat att personalen alltid eller oftast tar hänsyn till deras åsikter och önskemål. Ett högre värde är bättre.',
    84,
    -0.3,
    4.5,
  ),
  sos(
    'hemtjanst-paverka-tider',
    'hemtjanst',
    'U21462',
    'Kan påverka vilka tider hjälpen kommer',
    'Brukar du kunna påverka vilka tider du får hjälp av hemtjänstpersonalen?',
    'Andelen som svarat att de alltid eller oftast kan påverka vilka tider de får hjälp. Ett högre värde är bättre. Resultatet är lägre i hela landet än för de andra frågorna.',
    60,
    -0.5,
    7,
  ),
  sos(
    'sabo-nojdhet',
    'sarskilt-boende',
    'U23471',
    'Nöjd med sitt boende',
    'Hur nöjd eller missnöjd är du sammantaget med ditt äldreboende?',
    'Andelen som svarat att de är mycket eller ganska nöjda med boendet som helhet. Ett högre värde är bättre.',
    81,
    -0.4,
    5.5,
  ),
  sos(
    'sabo-bemotande',
    'sarskilt-boende',
    'U23520',
    'Bra bemötande på boendet',
    'Brukar personalen bemöta dig på ett bra sätt?',
    'Andelen som svarat att personalen alltid eller oftast bemöter dem på ett bra sätt. Ett högre värde är bättre.',
    94,
    -0.2,
    2.5,
  ),
  sos(
    'sabo-trygghet',
    'sarskilt-boende',
    'U23521',
    'Känner sig trygg på boendet',
    'Hur tryggt eller otryggt känns det att bo på ditt äldreboende?',
    'Andelen som svarat att det känns mycket eller ganska tryggt att bo på boendet. Ett högre värde är bättre.',
    88,
    -0.2,
    4,
  ),
  sos(
    'sabo-hansyn',
    'sarskilt-boende',
    'U23461',
    'Personalen tar hänsyn till åsikter och önskemål',
    'Brukar personalen ta hänsyn till dina åsikter och önskemål om hur hjälpen ska utföras?',
    'Andelen som svarat att personalen alltid eller oftast tar hänsyn till deras åsikter och önskemål. Ett högre värde är bättre.',
    79,
    -0.3,
    5,
  ),
  sos(
    'sabo-maten',
    'sarskilt-boende',
    'U23467',
    'Maten smakar bra',
    'Hur brukar maten smaka?',
    'Andelen som svarat att maten brukar smaka mycket eller ganska bra. Ett högre värde är bättre. Boenden som lagar maten i eget kök har ofta högre värden.',
    73,
    -0.3,
    7,
  ),
  sos(
    'sabo-maltidsmiljo',
    'sarskilt-boende',
    'U23468',
    'Måltiderna är en trevlig stund',
    'Upplever du att måltiderna på ditt äldreboende är en trevlig stund på dagen?',
    'Andelen som svarat att måltiderna alltid eller oftast är en trevlig stund på dagen. Ett högre värde är bättre.',
    70,
    -0.2,
    6.5,
  ),
  skr(
    'dv-trivs',
    'Trivs på sin dagliga verksamhet',
    'Trivs du på din dagliga verksamhet?',
    'Andelen som svarat ja. Svarsalternativen är ja, ibland och nej. Ett högre värde är bättre.',
    undefined,
    88,
    0.4,
    4.5,
  ),
  skr(
    'dv-bestamma',
    'Får bestämma om saker som är viktiga',
    'Får du bestämma om saker som är viktiga?',
    'Andelen som svarat ja. Svarsalternativen är ja, ibland och nej. Ett högre värde är bättre.',
    'U28532',
    77,
    0.5,
    6,
  ),
  skr(
    'dv-trygghet',
    'Känner sig trygg med personalen',
    'Känner du dig trygg med all personal?',
    'Andelen som svarat ja. Svarsalternativen är ja, ibland och nej. Ett högre värde är bättre.',
    undefined,
    85,
    0.3,
    5,
  ),
  skr(
    'dv-forstar',
    'Personalen förstår vad man säger',
    'Förstår personalen vad du säger?',
    'Andelen som svarat ja. Svarsalternativen är ja, ibland och nej. Ett högre värde är bättre.',
    undefined,
    80,
    0.4,
    5.5,
  ),
  {
    survey: 'provider-report',
    measures: ['hemtjanst'],
    nation: 16,
    trend: -0.1,
    spread: -2.2,
    min: 5,
    max: 30,
    file: {
      id: 'personalkontinuitet',
      name: 'Personalkontinuitet i hemtjänsten',
      question: 'Hur många olika personer i personalen besöker en kund under 14 dagar?',
      explanation:
        'Antalet olika personal som en kund med hemtjänst möter under 14 dagar. Det räknas för kunder som får hjälp minst två gånger varje dag, och värdet är mittvärdet (median) för anordnarens kunder. Ett lägre värde är bättre: då träffar kunden färre nya ansikten.',
      respondents:
        'Anordnaren räknar ut värdet från sina scheman under två veckor på hösten och redovisar det i sin kvalitetsredovisning. Antal avser kunder som ingår i mätningen.',
      unit: 'number',
      betterDirection: 'lower',
      countsWhat: 'customers',
      source: { kind: 'provider-report', name: REPORT_NAME },
      minAnswers: 5,
      minAnswersRule: REPORT_RULE,
      services: ['hemtjanst'],
    },
  },
  {
    survey: 'provider-report',
    measures: ['hemtjanst', 'sarskilt-boende', 'korttidsvistelse-lss'],
    nation: 76,
    trend: 0.6,
    spread: 6,
    min: 40,
    max: 100,
    file: {
      id: 'utbildad-personal',
      name: 'Personal med vård- och omsorgsutbildning',
      question: 'Hur stor andel av personalen har en utbildning inom vård och omsorg?',
      explanation:
        'Andelen tillsvidareanställd personal som har undersköterskeutbildning, vård- och omsorgsprogrammet eller motsvarande. Ett högre värde är bättre.',
      respondents: 'Anordnaren redovisar andelen i sin kvalitetsredovisning. Antal avser anställda som ingår i beräkningen.',
      unit: 'percent',
      betterDirection: 'higher',
      countsWhat: 'staff',
      source: { kind: 'provider-report', name: REPORT_NAME },
      minAnswers: 5,
      minAnswersRule: REPORT_RULE,
      services: ['hemtjanst', 'sarskilt-boende', 'korttidsvistelse-lss'],
    },
  },
];
