// The workbook, said once: every sheet, its columns (Swedish header, field in
// the content file, kind of cell, allowed values) and the words that explain
// them. The export writes from this table, the import reads by it, and the
// first sheet (Förklaringar) is printed from it, so the three cannot disagree.
import { conditionResultValues, followUpKindValues, followUpStatusValues, sanctionValues } from '../../schemas/follow-up';
import { subjectTypeValues, valueStateValues } from '../../schemas/indicator-value';
import { ownershipValues, providerStatusValues, type Provider } from '../../schemas/provider';
import type { QualityAspect } from '../../schemas/quality-report';
import { choiceLevelValues, legalBasisValues, paymentUnitValues } from '../../schemas/service';

/** The content kinds the workbook holds, as named in src/schemas/registry.ts. */
export type WorkbookKind = 'services' | 'providers' | 'units' | 'conditions' | 'followUps' | 'qualityReports' | 'indicatorValues';

/**
 * How a cell is read and written. Text kinds keep what is typed (a number typed
 * into one becomes its digits); dates must be dates in Excel; lists are written
 * "a; b; c" in one cell.
 */
export type CellKind =
  | 'id'
  | 'text'
  | 'long-text'
  | 'date'
  | 'integer'
  | 'number'
  | 'yes-no'
  | 'choice'
  | 'org-number'
  | 'phone'
  | 'web'
  | 'postal-code'
  | 'id-list'
  | 'text-list'
  | 'period'
  | 'subject'
  | 'file';

export interface Choice {
  /** As stored in the content file. */
  value: string | boolean;
  /** As shown in the drop-down list. */
  label: string;
}

/** A drop-down list of fixed values; `name` heads its column beside the explanations. */
export interface ChoiceList {
  name: string;
  options: readonly Choice[];
}

/** Drop-down lists of ids, taken from a sheet's Id column or from the list beside the explanations. */
export type IdPick = 'services' | 'providers' | 'units' | 'conditions' | 'indicators';

export interface ColumnDef {
  header: string;
  /** Field in the record, or in the group's item; [] is the item itself (a list of ids). */
  path: readonly string[];
  kind: CellKind;
  /** Must have a value (the schema decides; this is for the explanation sheet). */
  required?: boolean;
  explanation: string;
  choices?: ChoiceList;
  pick?: IdPick;
}

/** A list of items written as numbered columns: "Status 1", "Statusdatum 1", "Status 2", ... */
export interface GroupDef {
  /** The list in the record. */
  path: readonly string[];
  columns: readonly ColumnDef[];
  /** How many numbered groups the export writes beyond the longest list, for new items. */
  spare: number;
  /** At least this many groups are written, even when every list is shorter. */
  atLeast: number;
}

export type SheetColumn = ColumnDef | { group: GroupDef };

export interface SheetDef {
  name: string;
  kind: WorkbookKind;
  /** What one row is, for the explanation sheet: "en anordnare". */
  rowIs: string;
  explanation: string;
  columns: readonly SheetColumn[];
}

export const isGroup = (c: SheetColumn): c is { group: GroupDef } => 'group' in c;

const choiceList = <V extends string>(name: string, labels: Record<V, string>, order: readonly V[]): ChoiceList => ({
  name,
  options: order.map((value) => ({ value, label: labels[value] })),
});

export const YES_NO: ChoiceList = {
  name: 'Ja eller nej',
  options: [
    { value: true, label: 'ja' },
    { value: false, label: 'nej' },
  ],
};

type AcceptsNewCustomers = NonNullable<Provider['capacity']>['acceptsNewCustomers'];

export const CHOICES = {
  legalBasis: choiceList('Lagrum', { SoL: 'SoL', LSS: 'LSS', HSL: 'HSL' }, legalBasisValues),
  choiceLevel: choiceList('Kunden väljer', { provider: 'anordnare', unit: 'enhet' }, choiceLevelValues),
  paymentUnit: choiceList(
    'Ersättning per',
    { hour: 'timme', day: 'dag', 'half-day': 'halvdag', visit: 'besök', treatment: 'behandling', month: 'månad', other: 'annat' },
    paymentUnitValues,
  ),
  ownership: choiceList('Driftform', { private: 'privat', municipal: 'kommunal egen regi', nonprofit: 'idéburen' }, ownershipValues),
  providerStatus: choiceList('Status', { active: 'aktiv', warned: 'varning', withdrawn: 'avauktoriserad', ended: 'avslutad' }, providerStatusValues),
  acceptsNewCustomers: choiceList<AcceptsNewCustomers>('Tar emot nya kunder', { yes: 'ja', no: 'nej', 'waiting-list': 'kö' }, ['yes', 'no', 'waiting-list']),
  followUpKind: choiceList(
    'Typ av uppföljning',
    {
      planned: 'planerad uppföljning',
      'unannounced-visit': 'oanmält besök',
      'in-depth-review': 'fördjupad granskning',
      'complaint-investigation': 'klagomålsutredning',
      'dialogue-meeting': 'dialogmöte',
    },
    followUpKindValues,
  ),
  conditionResult: choiceList('Villkorsresultat', { met: 'uppfyllt', partly: 'delvis uppfyllt', 'not-met': 'ej uppfyllt' }, conditionResultValues),
  sanction: choiceList('Sanktion', { none: 'ingen', remark: 'anmärkning', warning: 'varning', withdrawal: 'avauktorisation' }, sanctionValues),
  followUpStatus: choiceList('Uppföljningens status', { open: 'pågår', closed: 'avslutad' }, followUpStatusValues),
  subjectType: choiceList('Gäller', { unit: 'enhet', provider: 'anordnare', municipality: 'kommunen', nation: 'riket' }, subjectTypeValues),
  valueState: choiceList(
    'Uppgift',
    {
      value: 'värde',
      suppressed: 'för få svar',
      missing: 'uppgift saknas',
      'not-applicable': 'ej tillämpligt',
      'not-measured': 'ny verksamhet (inte mätt ännu)',
    },
    valueStateValues,
  ),
} satisfies Record<string, ChoiceList>;

const col = (header: string, path: string, kind: CellKind, explanation: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  header,
  path: path ? path.split('.') : [],
  kind,
  explanation,
  ...extra,
});
const required = { required: true } as const;

/** Columns shared by providers and units: address, capacity and the facts people choose on. */
const addressColumns = (isRequired: boolean) => [
  col('Gatuadress', 'address.street', 'text', 'Gatuadress, t.ex. Storgatan 1.', isRequired ? required : {}),
  col('Postnummer', 'address.postalCode', 'postal-code', 'Postnummer med fem siffror, t.ex. 131 40.', isRequired ? required : {}),
  col('Ort', 'address.city', 'text', 'Postort.', isRequired ? required : {}),
];

const capacityColumns = [
  col('Tar emot nya kunder', 'capacity.acceptsNewCustomers', 'choice', 'Om nya kunder tas emot: ja, nej eller kö. Tomt om uppgiften saknas.', {
    choices: CHOICES.acceptsNewCustomers,
  }),
  col('Kapacitet bekräftad', 'capacity.confirmedOn', 'date', 'Datum då uppgiften om nya kunder senast bekräftades. Behövs när Tar emot nya kunder är ifyllt.'),
  col('Kapacitetstak', 'capacity.cap', 'integer', 'Det högsta antalet kunder som tas emot (heltal större än 0).'),
  col('Kapacitet, kommentar', 'capacity.note', 'long-text', 'Förklaring, t.ex. om väntetid. Högst 500 tecken.'),
];

const factColumns = [
  col('Fakta bekräftade', 'facts.confirmedOn', 'date', 'Datum då fakta i kolumnerna efter senast bekräftades. Behövs när någon av dem är ifylld.'),
  col('Personal på natten', 'facts.nightCoverage', 'yes-no', 'Har personal eller hjälp på natten. Tomt om frågan inte passar.', { choices: YES_NO }),
  col('Personal på helger', 'facts.weekendCoverage', 'yes-no', 'Har personal eller hjälp på helger.', { choices: YES_NO }),
  col('Kan önska personalens kön', 'facts.staffGenderOnRequest', 'yes-no', 'Man kan önska kvinnlig eller manlig personal.', { choices: YES_NO }),
  col('Husdjur tillåtna', 'facts.petsAllowed', 'yes-no', 'Husdjur är tillåtna.', { choices: YES_NO }),
  col('Eget kök', 'facts.ownKitchen', 'yes-no', 'Maten lagas i eget kök.', { choices: YES_NO }),
  col('Specialkost', 'facts.specialDiets', 'yes-no', 'Specialkost finns, t.ex. vid allergi eller av religiösa skäl.', { choices: YES_NO }),
];

const contactColumns = [
  col('Telefon', 'contact.phone', 'phone', 'Telefonnummer, t.ex. 08-123 456 00. Ett nummer med ett personnummers form skrivs med +46.'),
  col('E-post', 'contact.email', 'text', 'E-postadress, t.ex. info@exempel.se.'),
  col('Webbplats', 'contact.web', 'web', 'Webbadress som börjar med https://.'),
];

const languagesColumn = col(
  'Språk',
  'languages',
  'text-list',
  'Språk som personalen talar förutom svenska, med små bokstäver, skilda med semikolon: arabiska; finska.',
);
const profilesColumn = col(
  'Profiler',
  'profiles',
  'id-list',
  'Id för profiler (inriktningar) från site.yaml, skilda med semikolon. Tillåtna id står på bladet Förklaringar.',
);

/** Who and what a follow-up or quality report is about. */
const subjectColumns = (what: string) => [
  col('Anordnare', 'providerId', 'id', `Id för anordnaren som ${what} gäller (från bladet Anordnare).`, { ...required, pick: 'providers' }),
  col('Enhet', 'unitId', 'id', `Id för enheten, om ${what} gäller en enhet (från bladet Enheter). Enheten måste höra till anordnaren.`, { pick: 'units' }),
  col('Tjänst', 'serviceId', 'id', 'Id för tjänsten (från bladet Tjänster). Anordnaren måste vara auktoriserad för den.', { ...required, pick: 'services' }),
];

const ASPECT_HEADERS: Record<QualityAspect, string> = {
  accessibility: 'Tillgänglighet',
  participation: 'Delaktighet',
  selfDetermination: 'Självbestämmande och integritet',
  holisticView: 'Helhetssyn',
  coordination: 'Samordning',
  knowledgeBased: 'Kunskapsbaserad verksamhet',
  efficiency: 'Effektivitet',
  safety: 'Trygghet och säkerhet',
};

export const SHEETS: readonly SheetDef[] = [
  {
    name: 'Tjänster',
    kind: 'services',
    rowIs: 'en tjänst (ett kundval)',
    explanation: 'En rad per tjänst. Raden blir filen services/<id>.yaml.',
    columns: [
      col('Id', 'id', 'id', 'Tjänstens id: små bokstäver a-z, siffror och bindestreck. Samma som filnamnet. Byt inte id på en publicerad tjänst.', required),
      col('Namn', 'name', 'text', 'Tjänstens namn, högst 120 tecken.', required),
      col('Lagrum', 'legalBasis', 'choice', 'Lagen som tjänsten ges enligt.', { ...required, choices: CHOICES.legalBasis }),
      col(
        'Kunden väljer',
        'choiceLevel',
        'choice',
        'anordnare: kunden väljer en organisation (t.ex. hemtjänst). enhet: kunden väljer ett boende eller en verksamhet på bladet Enheter.',
        { ...required, choices: CHOICES.choiceLevel },
      ),
      col('Målgrupp', 'targetGroup', 'long-text', 'Vem tjänsten är till för, högst 1 000 tecken.', required),
      col('Beskrivning', 'description', 'long-text', 'Vad tjänsten är, i klarspråk, högst 3 000 tecken.', required),
      col('Så ansöker man', 'howToApply', 'long-text', 'Hur man ansöker, högst 2 000 tecken.', required),
      col('Så byter man', 'howToSwitch', 'long-text', 'Hur man byter anordnare, högst 2 000 tecken.', required),
      col(
        'Ickevalsalternativ',
        'noChoiceAlternative.description',
        'long-text',
        'Vad som händer om man inte väljer, högst 2 000 tecken. Tomt om tjänsten inte har något.',
      ),
      col(
        'Ickevalsalternativets anordnare',
        'noChoiceAlternative.providerId',
        'id',
        'Id för den anordnare man får om man inte väljer. Anordnaren måste vara auktoriserad för tjänsten.',
        { pick: 'providers' },
      ),
      col('Ersättning per', 'payment.unit', 'choice', 'Vad kommunen betalar anordnaren per.', { ...required, choices: CHOICES.paymentUnit }),
      col('Ersättningsmodell', 'payment.description', 'long-text', 'Förklaring av ersättningen, högst 500 tecken.', required),
      col(
        'Nyckelindikatorer',
        'keyIndicators',
        'id-list',
        'Id för de indikatorer som visas först, i den ordningen, skilda med semikolon. Tillåtna id står på bladet Förklaringar.',
      ),
      col('Antal kunder', 'customers.count', 'integer', 'Antal kunder (heltal).'),
      col('Antal kunder gäller', 'customers.asOf', 'text', 'När antalet gäller, som text, t.ex. per 2020-07-31. Behövs när Antal kunder är ifyllt.'),
      col('Ordning', 'order', 'integer', 'Ordningen på tjänsterna på webbplatsen, lägst först. Tomt betyder 100.'),
      {
        group: {
          path: ['areas'],
          spare: 2,
          atLeast: 3,
          columns: [
            col(
              'Område-id',
              'id',
              'id',
              'Områdets id, unikt inom tjänsten. Minst ett område. Områdena numreras 1, 2, 3 ...; lägg till fler kolumner med nästa nummer om det behövs.',
            ),
            col('Områdesnamn', 'name', 'text', 'Områdets namn, högst 80 tecken.'),
          ],
        },
      },
    ],
  },
  {
    name: 'Anordnare',
    kind: 'providers',
    rowIs: 'en anordnare (utförare)',
    explanation: 'En rad per anordnare. Raden blir filen providers/<id>.yaml.',
    columns: [
      col('Id', 'id', 'id', 'Anordnarens id: små bokstäver a-z, siffror och bindestreck. Samma som filnamnet.', required),
      col('Namn', 'name', 'text', 'Namnet som det är registrerat, högst 150 tecken.', required),
      col('Organisationsnummer', 'orgNumber', 'org-number', 'Skrivet NNNNNN-NNNN. Sista siffran kontrolleras. Tomt för enskild firma.'),
      col(
        'Enskild firma',
        'soleTrader',
        'yes-no',
        'ja för enskild firma: då ska organisationsnumret vara tomt (det är ägarens personnummer). Tomt betyder nej.',
        { choices: YES_NO },
      ),
      col('Driftform', 'ownership', 'choice', 'Ägarform.', { ...required, choices: CHOICES.ownership }),
      {
        group: {
          path: ['services'],
          spare: 1,
          atLeast: 3,
          columns: [col('Tjänst', '', 'id', 'Id för en tjänst som anordnaren är auktoriserad för (från bladet Tjänster). Minst en.', { pick: 'services' })],
        },
      },
      col('Auktoriserad sedan', 'authorisedSince', 'date', 'Datum då auktorisationen började.', required),
      {
        group: {
          path: ['statusHistory'],
          spare: 2,
          atLeast: 3,
          columns: [
            col(
              'Status',
              'status',
              'choice',
              'Anordnarens status över tid, äldst först: Status 1 är den första, den sista ifyllda gäller nu. Den första är aktiv från Auktoriserad sedan.',
              { choices: CHOICES.providerStatus },
            ),
            col('Statusdatum', 'date', 'date', 'Datum då statusen började gälla. Datumen ska stå i ordning.'),
            col('Statusnotering', 'note', 'long-text', 'Förklaring, högst 500 tecken.'),
          ],
        },
      },
      ...contactColumns,
      ...addressColumns(false),
      col('Beskrivning', 'description', 'long-text', 'Beskrivning av anordnaren i klarspråk, högst 4 000 tecken.', required),
      languagesColumn,
      profilesColumn,
      col(
        'Områden',
        'areas',
        'id-list',
        'Id för områdena som anordnaren arbetar i, skilda med semikolon. De måste finnas hos någon av anordnarens tjänster (bladet Tjänster).',
      ),
      ...capacityColumns,
      ...factColumns,
      col('IVO-tillstånd krävs', 'ivoPermit.required', 'yes-no', 'ja om tjänsten kräver tillstånd från IVO. Tomt om uppgiften inte finns.', {
        choices: YES_NO,
      }),
      col('IVO-diarienummer', 'ivoPermit.reference', 'text', 'IVO:s diarienummer, högst 60 tecken. Behöver IVO-tillstånd krävs.'),
      col('Uppdaterad', 'updatedOn', 'date', 'Datum då uppgifterna senast ändrades.', required),
    ],
  },
  {
    name: 'Enheter',
    kind: 'units',
    rowIs: 'en enhet (ett boende, en daglig verksamhet, ett korttidshem ...)',
    explanation: 'En rad per enhet, för tjänster där kunden väljer enhet. Raden blir filen units/<id>.yaml.',
    columns: [
      col('Id', 'id', 'id', 'Enhetens id: små bokstäver a-z, siffror och bindestreck. Samma som filnamnet.', required),
      col('Namn', 'name', 'text', 'Enhetens namn, högst 150 tecken.', required),
      col('Anordnare', 'providerId', 'id', 'Id för anordnaren som driver enheten (från bladet Anordnare).', { ...required, pick: 'providers' }),
      col(
        'Tjänst',
        'serviceId',
        'id',
        'Id för tjänsten (från bladet Tjänster). Tjänsten ska vara en där kunden väljer enhet, och anordnaren auktoriserad för den.',
        { ...required, pick: 'services' },
      ),
      ...addressColumns(true),
      col('Latitud', 'coordinates.lat', 'number', 'Läge på kartan, latitud 55-70, t.ex. 59,3268.'),
      col('Longitud', 'coordinates.lon', 'number', 'Läge på kartan, longitud 10-25, t.ex. 18,2801.'),
      col('Område', 'area', 'id', 'Id för området, från tjänstens områden på bladet Tjänster.', required),
      col('Platser', 'places', 'integer', 'Antal platser (lägenheter, platser per dag eller dygn), heltal större än 0.'),
      col('Beskrivning', 'description', 'long-text', 'Beskrivning i klarspråk, högst 4 000 tecken.', required),
      languagesColumn,
      profilesColumn,
      ...capacityColumns,
      ...factColumns,
      ...contactColumns,
      col('Öppnade', 'openedOn', 'date', 'Datum då enheten öppnade.'),
      col('Stängde', 'closedOn', 'date', 'Datum då enheten stängde. Den visas då inte i listorna, men sidan finns kvar.'),
      col('Uppdaterad', 'updatedOn', 'date', 'Datum då uppgifterna senast ändrades.', required),
    ],
  },
  {
    name: 'Villkor',
    kind: 'conditions',
    rowIs: 'ett auktorisationsvillkor',
    explanation: 'En rad per auktorisationsvillkor. Raderna står i conditions.yaml.',
    columns: [
      col('Id', 'id', 'id', 'Villkorets id. Uppföljningarna hänvisar till det.', required),
      col('Villkor', 'text', 'long-text', 'Villkoret, högst 1 000 tecken.', required),
      col('Kontrolleras genom', 'checkedBy', 'text', 'Hur villkoret kontrolleras, t.ex. Uppföljning. Högst 300 tecken.', required),
      col('Om villkoret inte uppfylls', 'onFailure', 'text', 'Vad som händer då, t.ex. Varning och/eller avauktorisation. Högst 300 tecken.', required),
    ],
  },
  {
    name: 'Uppföljningar',
    kind: 'followUps',
    rowIs: 'en uppföljning',
    explanation: 'En rad per uppföljning. En ny uppföljning skrivs i follow-ups/<år>.yaml efter sitt datum; en befintlig stannar i sin fil.',
    columns: [
      col('Id', 'id', 'id', 'Uppföljningens id, unikt, t.ex. 2026-03-18-hemtjanst-direkt.', required),
      ...subjectColumns('uppföljningen'),
      col('Datum', 'date', 'date', 'Datum för uppföljningen.', required),
      col('Typ', 'kind', 'choice', 'Typ av uppföljning.', { ...required, choices: CHOICES.followUpKind }),
      {
        group: {
          path: ['conditions'],
          spare: 1,
          atLeast: 3,
          columns: [
            col('Villkor', 'conditionId', 'id', 'Id för ett villkor som kontrollerades (från bladet Villkor). Villkoren numreras 1, 2, 3 ...', {
              pick: 'conditions',
            }),
            col('Villkorsresultat', 'result', 'choice', 'Resultatet för villkoret med samma nummer.', { choices: CHOICES.conditionResult }),
            col('Villkorskommentar', 'comment', 'long-text', 'Kommentar till villkoret, högst 1 000 tecken.'),
          ],
        },
      },
      col('Iakttagelser', 'findings', 'long-text', 'Vad kommunen kom fram till, i klarspråk, högst 4 000 tecken.', required),
      {
        group: {
          path: ['actions'],
          spare: 1,
          atLeast: 2,
          columns: [
            col('Åtgärd', 'text', 'long-text', 'En åtgärd som anordnaren måste göra, högst 1 000 tecken.'),
            col('Åtgärd senast', 'deadline', 'date', 'Datum då åtgärden med samma nummer ska vara gjord.'),
          ],
        },
      },
      col('Sanktion', 'sanction', 'choice', 'Sanktion, från mildast till strängast.', { ...required, choices: CHOICES.sanction }),
      col('Status', 'status', 'choice', 'Om uppföljningen pågår eller är avslutad.', { ...required, choices: CHOICES.followUpStatus }),
      col('Rapport', 'reportUrl', 'web', 'Länk till hela rapporten, börjar med https://.'),
    ],
  },
  {
    name: 'Kvalitetsredovisningar',
    kind: 'qualityReports',
    rowIs: 'en kvalitetsredovisning',
    explanation: 'En rad per kvalitetsredovisning. En ny skrivs i quality-reports/<år>.yaml efter sitt år; en befintlig stannar i sin fil.',
    columns: [
      col('Id', 'id', 'id', 'Redovisningens id, unikt, t.ex. kr-2025-trygga-hander-hemtjanst.', required),
      ...subjectColumns('redovisningen'),
      col('År', 'year', 'integer', 'Året som redovisningen gäller, t.ex. 2025.', required),
      col('Inlämnad', 'submittedOn', 'date', 'Datum då redovisningen lämnades in.', required),
      ...(Object.entries(ASPECT_HEADERS) as [QualityAspect, string][]).map(([aspect, header]) =>
        col(header, `aspects.${aspect}`, 'long-text', `Text om kvalitetsaspekten ${header.toLowerCase()}, högst 4 000 tecken.`),
      ),
      col('Personalkontinuitet', 'figures.staffContinuity', 'number', 'Hur många olika personal en kund möter under 14 dagar (tal, 0 eller mer).'),
      col('Andel utbildad personal (%)', 'figures.trainedStaffShare', 'number', 'Andel av personalen med vård- och omsorgsutbildning, i procent (0-100).'),
      col('Klagomål', 'figures.complaints', 'integer', 'Antal klagomål under året.'),
      col('Lex Sarah-rapporter', 'figures.lexSarahReports', 'integer', 'Antal lex Sarah-rapporter under året.'),
      col('Personalens språk', 'figures.staffLanguages', 'text-list', 'Språk som personalen talar förutom svenska, skilda med semikolon.'),
    ],
  },
  {
    name: 'Resultat',
    kind: 'indicatorValues',
    rowIs: 'en siffra för en indikator, en enhet (eller anordnare, kommunen, riket) och en period',
    explanation:
      'En rad per siffra. Raden står i filen i kolumnen Fil (i indicator-values/). Indikator, Gäller, Id och Period säger vilken siffra raden är; ändras någon av dem blir det en ny rad.',
    columns: [
      col('Indikator', 'indicator', 'id', 'Id för indikatorn (indikatorerna står på bladet Förklaringar; de ändras i content/indicators/).', {
        ...required,
        pick: 'indicators',
      }),
      col('Gäller', 'subjectType', 'choice', 'Vad siffran gäller.', { ...required, choices: CHOICES.subjectType }),
      col('Id', 'subject', 'subject', 'Id för enheten eller anordnaren, kommunkoden (t.ex. 0182) för kommunen, eller riket.', required),
      col('Period', 'period', 'period', 'Ett år (2025), ett halvår (2025-H1) eller ett kvartal (2025-Q3).', required),
      col('Uppgift', 'state', 'choice', 'Vilket slags uppgift: värde, eller varför värdet saknas. Ett saknat värde visas i ord, aldrig som 0.', {
        ...required,
        choices: CHOICES.valueState,
      }),
      col('Värde', 'value', 'number', 'Siffran, bara när Uppgift är värde. En andel i procent ligger mellan 0 och 100.'),
      col('Antal svar', 'n', 'integer', 'Antal svar (eller personer som räknats) bakom siffran.'),
      col('Svarsfrekvens (%)', 'responseRate', 'number', 'Svarsfrekvens i procent, 0-100.'),
      col('Källa', 'source', 'text', 'Var siffran kommer ifrån, högst 200 tecken.', required),
      col('Kolada-id', 'kpi', 'text', 'Kolada-id, t.ex. U21468.'),
      col('Publicerad', 'publishedOn', 'date', 'Datum då siffran publicerades här.', required),
      col('Fil', '', 'file', 'Filen i indicator-values/ där raden står, t.ex. socialstyrelsen-hemtjanst.csv. Tomt på en ny rad: arbetsbok.csv.'),
    ],
  },
];

/** The first sheet, which explains the others and holds the values of the drop-down lists; the import does not read it. */
export const EXPLANATION_SHEET = 'Förklaringar';
/** Where a new Resultat row is written when its Fil cell is empty. */
export const DEFAULT_VALUES_FILE = 'arbetsbok.csv';

export const sheetOf = (kind: WorkbookKind): SheetDef => SHEETS.find((s) => s.kind === kind)!;

/** Every column of a sheet in order, a group's columns once each with its number placeholder. */
export function plainColumns(sheet: SheetDef): ColumnDef[] {
  return sheet.columns.filter((c): c is ColumnDef => !isGroup(c));
}

export const groupHeader = (column: ColumnDef, n: number) => `${column.header} ${n}`;

/** The column a header on a sheet stands for ("Status 2" is the group column Status). */
export function columnByHeader(sheetName: string, header: string): ColumnDef | undefined {
  const sheet = SHEETS.find((s) => s.name === sheetName);
  if (!sheet) return undefined;
  const plain = plainColumns(sheet).find((c) => c.header === header);
  if (plain) return plain;
  const base = /^(.*\S)\s+\d+$/.exec(header)?.[1];
  return sheet.columns.flatMap((c) => (isGroup(c) ? c.group.columns : [])).find((c) => c.header === base);
}
