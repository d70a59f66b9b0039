// Swedish UI strings for imported quality data: charts over time, the strip
// plot on indicator pages, and where the figures come from.
import { formatNumber } from '../lib/locale/format';

export const svQualityData = {
  history: {
    heading: 'Resultat över tid',
    lead: (name: string) =>
      `Tabellerna visar de senaste fem perioderna för ${name} och kommunens snitt. Under varje tabell kan du öppna ett diagram med samma siffror.`,
    showChart: (indicator: string) => `Visa diagram: ${indicator}`,
    legendSubject: (name: string) => `${name}: heldragen linje med runda punkter`,
    legendKommun: 'Kommunens snitt: streckad linje med fyrkantiga punkter',
    legendLabel: 'Förklaring till diagrammet',
    gapNote: 'En period utan siffra är en lucka i linjen, aldrig en nolla. Tabellen säger varför siffran saknas.',
    caption: (indicator: string, name: string) => `${indicator}: ${name} och kommunens snitt per period`,
    period: 'Period',
    kommun: 'Kommunens snitt',
    noChart: 'Det finns ingen siffra att rita ännu, så här finns bara tabellen.',
    unknownNNote: 'Resultat med okänt antal svar räknas inte heller med i ett beräknat snitt, eftersom de inte kan vägas.',
    sources: 'Källa',
    publishedOn: (date: string) => `publicerad här ${date}`,
  },
  strip: {
    heading: 'Senaste resultat för alla',
    lead: 'Varje punkt i diagrammet är en enhet eller anordnare och dess senaste resultat. Den streckade lodräta linjen är kommunens snitt. Samma siffror står i tabellen under: aktuella resultat först, bästa först, sedan äldre uppgifter och sist de utan siffra.',
    legendOld: 'Ring: äldre uppgift.',
    legendInactive: 'Kryss: kan inte väljas (godkännandet återkallat, avslutad eller stängd).',
    status: 'Status',
    notDrawn: (count: number) => `${formatNumber(count, 0)} utan siffra finns bara i tabellen, där det står varför.`,
    averageLabel: (value: string) => `Kommunens snitt ${value}`,
    tableCaption: (name: string) => `Senaste resultat: ${name}`,
    name: 'Namn',
  },
} as const;
