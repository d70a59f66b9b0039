// The twelve kundval of Exempelkommun, shaped like Nacka kommun's in 2020
// (SOCN 2020/240, /work/shared/data/kundval-nacka-2020.csv), with plain-language texts.
import type { z } from 'zod';
import type { serviceSchema } from '../../src/schemas/service';
import { DISTRICTS, PARTS } from './places';

export type ServiceInput = z.input<typeof serviceSchema>;

export type ServiceId =
  | 'hemtjanst'
  | 'sarskilt-boende'
  | 'familjeradgivning'
  | 'familjebehandling'
  | 'dagverksamhet-aldre'
  | 'sysselsattning-psykisk'
  | 'boendestod'
  | 'korttidsvistelse-lss'
  | 'oppenvard-missbruk'
  | 'daglig-verksamhet-lss'
  | 'ledsagar-avlosarservice-lss'
  | 'bostad-sarskild-service-lss';

/** Whether a service's areas are the seven districts or the four larger kommundelar. */
export type AreaKind = 'districts' | 'parts';

export interface ServiceDef extends Omit<ServiceInput, 'areas' | 'id'> {
  id: ServiceId;
  areaKind: AreaKind;
  /** Limit the districts used (särskilt boende and dagverksamhet are not in every district). */
  areaIds?: string[];
  /** Needs an IVO permit when run privately. */
  ivoPermitRequired: boolean;
  /** Word for the people served, used in generated texts. */
  who: string;
}

const NO_CHOICE_HEMTJANST =
  'Om du inte vill eller kan välja får du hemtjänst av kommunens egen hemtjänst, Exempelkommunens hemtjänst (egen regi). Du kan när som helst välja en annan anordnare senare.';

export const SERVICE_DEFS: ServiceDef[] = [
  {
    id: 'hemtjanst',
    name: 'Hemtjänst',
    legalBasis: 'SoL',
    choiceLevel: 'provider',
    areaKind: 'districts',
    ivoPermitRequired: true,
    who: 'kunderna',
    targetGroup:
      'Dig som bor hemma och behöver hjälp i vardagen, till exempel för att du har blivit äldre, är sjuk eller har en funktionsnedsättning. Hemtjänst är till för alla åldrar.',
    description:
      'Hemtjänst är hjälp i ditt hem. Det kan vara hjälp med personlig omvårdnad, som att duscha, klä på dig och äta, eller med service, som städning, tvätt och inköp. I hemtjänsten ingår också ledsagning och avlösning av anhöriga som vårdar dig.\n\nDu väljer själv vilken anordnare som ska ge dig hjälpen. Alla anordnare är godkända av kommunen och ska följa samma villkor. Du betalar samma avgift oavsett vilken anordnare du väljer.',
    howToApply:
      'Kontakta kommunens biståndshandläggare på telefon 08-465 004 00 eller via e-tjänsten på kommunens webbplats. Handläggaren pratar med dig om vad du behöver och fattar sedan ett beslut. När du har fått beslut om hemtjänst väljer du anordnare och berättar det för handläggaren.',
    howToSwitch:
      'Du kan byta anordnare när du vill och du behöver inte säga varför. Ring din biståndshandläggare och berätta vilken anordnare du vill ha i stället. Bytet görs oftast inom två veckor.',
    noChoiceAlternative: { description: NO_CHOICE_HEMTJANST, providerId: 'exempelkommunens-hemtjanst' },
    payment: {
      unit: 'hour',
      description:
        'Timersättning: kommunen betalar anordnaren för varje timme hjälp som du har beviljats och som anordnaren har utfört. Ersättningen är densamma för alla anordnare.',
    },
    keyIndicators: ['hemtjanst-nojdhet', 'hemtjanst-bemotande', 'hemtjanst-trygghet', 'personalkontinuitet'],
    customers: { count: 1538, asOf: 'per 2020-07-31' },
    order: 10,
  },
  {
    id: 'sarskilt-boende',
    name: 'Särskilt boende för äldre',
    legalBasis: 'SoL',
    choiceLevel: 'unit',
    areaKind: 'districts',
    areaIds: ['norrstrand', 'granbacka', 'sjoviken', 'lovhojden', 'stenudden', 'tallmo'],
    ivoPermitRequired: true,
    who: 'de boende',
    targetGroup: 'Dig som är äldre och behöver vård och omsorg dygnet runt, och inte längre kan få det du behöver i ditt eget hem, även med hemtjänst.',
    description:
      'Ett särskilt boende, ofta kallat vård- och omsorgsboende eller äldreboende, är en egen lägenhet med personal som finns där dygnet runt. Där får du hjälp med omvårdnad, måltider och hälso- och sjukvård, och du kan vara med i aktiviteter.\n\nDu väljer själv vilket boende du vill bo på. Boendena har olika inriktning, till exempel demens, språk eller kultur. Du kan välja flera boenden i den ordning du helst vill ha dem.',
    howToApply:
      'Ansök hos kommunens biståndshandläggare. Handläggaren utreder ditt behov och fattar beslut. När du har fått beslut lämnar du dina önskemål om boende till handläggaren. Du får erbjudande om plats när en lägenhet blir ledig på något av de boenden du har valt.',
    howToSwitch:
      'Du kan ansöka om att flytta till ett annat boende. Kontakta din biståndshandläggare och berätta vilket boende du vill flytta till. Du får flytta när det finns en ledig lägenhet där.',
    noChoiceAlternative: {
      description:
        'Om du inte vill eller kan välja boende erbjuder kommunen dig en plats på det boende som först har en ledig lägenhet som passar dina behov. Du kan senare ansöka om att flytta till ett boende du själv väljer.',
    },
    payment: {
      unit: 'day',
      description:
        'Dygnsersättning i olika nivåer: kommunen betalar boendet ett belopp per dygn, och beloppet beror på hur mycket vård och omsorg den boende behöver. Din egen avgift och hyra påverkas inte av vilket boende du väljer.',
    },
    keyIndicators: ['sabo-nojdhet', 'sabo-trygghet', 'sabo-bemotande', 'sabo-maten'],
    customers: { count: 610, asOf: 'per 2020-07-31' },
    order: 20,
  },
  {
    id: 'familjeradgivning',
    name: 'Familjerådgivning',
    legalBasis: 'SoL',
    choiceLevel: 'provider',
    areaKind: 'parts',
    ivoPermitRequired: false,
    who: 'klienterna',
    targetGroup: 'Dig som bor i Exempelkommun och har problem i en parrelation eller familj. Ni kan komma tillsammans eller en i taget.',
    description:
      'Familjerådgivning är samtal med en utbildad familjerådgivare om svårigheter i relationen, till exempel om ni bråkar ofta, har svårt att prata med varandra eller funderar på att separera. Samtalen är frivilliga och familjerådgivaren har tystnadsplikt. Det förs ingen journal.\n\nDu väljer själv vilken mottagning du vill gå till. Mottagningarna har olika inriktning och talar olika språk.',
    howToApply:
      'Du behöver inte ansöka hos kommunen. Kontakta den mottagning du vill gå till och boka en tid. Berätta att du bor i Exempelkommun. Du betalar en avgift per besök direkt till mottagningen.',
    howToSwitch: 'Du kan byta mottagning när du vill. Kontakta den nya mottagningen och boka en tid. Du behöver inte meddela kommunen.',
    noChoiceAlternative: {
      description:
        'Om du inte vet vilken mottagning du ska välja kan du vända dig till kommunens egen familjerådgivning, Exempelkommunens familjeenhet (egen regi).',
      providerId: 'exempelkommunens-familjeenhet',
    },
    payment: {
      unit: 'visit',
      description:
        'Per besök: kommunen betalar mottagningen ett fast belopp för varje samtal. Du betalar samma avgift per besök oavsett vilken mottagning du väljer.',
    },
    keyIndicators: [],
    customers: { count: 891, asOf: 'under 2019' },
    order: 30,
  },
  {
    id: 'familjebehandling',
    name: 'Familjebehandling',
    legalBasis: 'SoL',
    choiceLevel: 'provider',
    areaKind: 'parts',
    ivoPermitRequired: false,
    who: 'familjerna',
    targetGroup: 'Familjer med barn och ungdomar upp till 20 år där det finns svårigheter hemma, i skolan eller i relationerna i familjen.',
    description:
      'Familjebehandling är stöd och behandling för hela familjen. En familjebehandlare träffar er hemma eller på mottagningen och arbetar med det ni och socialtjänsten har kommit överens om, till exempel konflikter, gränssättning eller ett barns oro.\n\nNär socialtjänsten har beslutat om familjebehandling väljer ni själva vilken anordnare ni vill ha.',
    howToApply:
      'Kontakta socialtjänstens mottagning för barn och unga. En socialsekreterare utreder vilket stöd familjen behöver. Om ni får beslut om familjebehandling får ni en lista över anordnarna och väljer en av dem.',
    howToSwitch: 'Kontakta er socialsekreterare om ni vill byta anordnare. Ni behöver inte säga varför.',
    noChoiceAlternative: {
      description: 'Om ni inte vill eller kan välja får ni familjebehandling av kommunens egen familjeenhet (egen regi).',
      providerId: 'exempelkommunens-familjeenhet',
    },
    payment: { unit: 'hour', description: 'Per behandlingstimme: kommunen betalar anordnaren för varje timme behandling som familjen har fått.' },
    keyIndicators: [],
    customers: { count: 218, asOf: 'under 2019' },
    order: 40,
  },
  {
    id: 'dagverksamhet-aldre',
    name: 'Dagverksamhet för äldre',
    legalBasis: 'SoL',
    choiceLevel: 'unit',
    areaKind: 'districts',
    areaIds: ['norrstrand', 'sjoviken', 'stenudden', 'tallmo'],
    ivoPermitRequired: false,
    who: 'deltagarna',
    targetGroup: 'Dig som är äldre och bor hemma, till exempel om du har en demenssjukdom eller känner dig ensam och behöver stöd och gemenskap under dagen.',
    description:
      'På en dagverksamhet träffar du andra, äter lunch tillsammans och är med i aktiviteter som promenader, musik, gymnastik och samtal. Dagverksamheten ger också dina anhöriga tid för sig själva. Du kan vara där en eller flera dagar i veckan.\n\nDu väljer själv vilken dagverksamhet du vill gå till. Någon är inriktad på demens och någon har finskspråkig personal.',
    howToApply:
      'Ansök hos kommunens biståndshandläggare. När du har fått beslut väljer du dagverksamhet. Kommunen kan ordna resor till och från dagverksamheten med färdtjänst.',
    howToSwitch: 'Kontakta din biståndshandläggare om du vill byta dagverksamhet. Du kan byta när det finns en ledig plats.',
    payment: { unit: 'day', description: 'Per deltagande dag: kommunen betalar verksamheten för varje dag du är där.' },
    keyIndicators: [],
    customers: { count: 88, asOf: 'per 2020-07-31' },
    order: 50,
  },
  {
    id: 'sysselsattning-psykisk',
    name: 'Sysselsättning för personer med psykisk funktionsnedsättning',
    legalBasis: 'SoL',
    choiceLevel: 'unit',
    areaKind: 'parts',
    ivoPermitRequired: false,
    who: 'deltagarna',
    targetGroup: 'Dig som är mellan 18 och 65 år och har en psykisk funktionsnedsättning som gör att du inte kan arbeta eller studera just nu.',
    description:
      'Sysselsättning ger dig något meningsfullt att göra på dagarna, i din egen takt. Det kan vara att arbeta i ett café, i en trädgård eller i en verkstad, eller att träffa andra på en mötesplats. Målet är att du ska må bättre och kanske komma närmare arbete eller studier.\n\nDu väljer själv vilken verksamhet du vill vara på.',
    howToApply:
      'Ansök hos kommunens handläggare för socialpsykiatri. När du har fått beslut väljer du verksamhet. Du kan gärna besöka verksamheterna innan du väljer.',
    howToSwitch: 'Kontakta din handläggare om du vill byta verksamhet.',
    payment: { unit: 'half-day', description: 'Per halvdag: kommunen betalar verksamheten för varje halvdag du deltar.' },
    keyIndicators: [],
    customers: { count: 47, asOf: 'per 2020-07-31' },
    order: 60,
  },
  {
    id: 'boendestod',
    name: 'Boendestöd',
    legalBasis: 'SoL',
    choiceLevel: 'provider',
    areaKind: 'parts',
    ivoPermitRequired: false,
    who: 'kunderna',
    targetGroup: 'Dig som är vuxen, bor i egen bostad och behöver stöd i vardagen på grund av en psykisk eller neuropsykiatrisk funktionsnedsättning.',
    description:
      'Boendestöd är praktiskt och socialt stöd i ditt hem. Personalen hjälper dig att själv klara till exempel städning, tvätt, matlagning, ekonomi och kontakter med myndigheter. Ni gör sakerna tillsammans, så att du efter hand klarar mer på egen hand.\n\nDu väljer själv vilken anordnare som ska ge dig boendestöd.',
    howToApply: 'Ansök hos kommunens handläggare för socialpsykiatri. När du har fått beslut väljer du anordnare.',
    howToSwitch: 'Du kan byta anordnare när du vill. Kontakta din handläggare och berätta vilken anordnare du vill ha i stället.',
    noChoiceAlternative: {
      description: 'Om du inte vill eller kan välja får du boendestöd av kommunens egen socialpsykiatri (egen regi).',
      providerId: 'exempelkommunens-socialpsykiatri',
    },
    payment: { unit: 'hour', description: 'Per timme: kommunen betalar anordnaren för varje timme stöd som du har fått.' },
    keyIndicators: [],
    customers: { count: 1048, asOf: 'per 2020-07-31' },
    order: 70,
  },
  {
    id: 'korttidsvistelse-lss',
    name: 'Korttidsvistelse enligt LSS',
    legalBasis: 'LSS',
    choiceLevel: 'unit',
    areaKind: 'districts',
    ivoPermitRequired: true,
    who: 'gästerna',
    targetGroup: 'Barn, ungdomar och vuxna med funktionsnedsättning som har rätt till stöd enligt LSS. Oftast är det barn och ungdomar.',
    description:
      'Korttidsvistelse betyder att du bor några dygn i månaden på ett korttidshem, på ett läger eller i en stödfamilj. Du får miljöombyte, träffar kompisar och gör roliga saker. Samtidigt får din familj tid att vila.\n\nDu och din familj väljer själva vilket korttidshem du ska vara på.',
    howToApply: 'Ansök hos kommunens LSS-handläggare. När du har fått beslut väljer ni korttidshem. Ni kan besöka korttidshemmen innan ni väljer.',
    howToSwitch: 'Kontakta din LSS-handläggare om du vill byta korttidshem. Du kan byta när det finns plats.',
    noChoiceAlternative: {
      description: 'Om ni inte vill eller kan välja föreslår handläggaren ett korttidshem med ledig plats som passar dina behov.',
    },
    payment: { unit: 'day', description: 'Per dygn: kommunen betalar korttidshemmet för varje dygn du är där.' },
    keyIndicators: ['utbildad-personal'],
    customers: { count: 164, asOf: 'per 2020-07-31' },
    order: 80,
  },
  {
    id: 'oppenvard-missbruk',
    name: 'Öppenvård vid missbruk och beroende',
    legalBasis: 'SoL',
    choiceLevel: 'provider',
    areaKind: 'parts',
    ivoPermitRequired: false,
    who: 'klienterna',
    targetGroup: 'Dig som är vuxen och har problem med alkohol, narkotika, spel eller läkemedel och vill ha hjälp att förändra det.',
    description:
      'Öppenvård är behandling medan du bor kvar hemma. Du går på samtal, ensam eller i grupp, några gånger i veckan under en period. Behandlingen bygger på metoder som har visat sig fungera.\n\nNär socialtjänsten har beslutat om behandling väljer du själv anordnare.',
    howToApply:
      'Kontakta socialtjänstens mottagning för vuxna. En socialsekreterare pratar med dig om vad du behöver. Om du får beslut om öppenvård väljer du anordnare.',
    howToSwitch: 'Kontakta din socialsekreterare om du vill byta anordnare.',
    payment: { unit: 'treatment', description: 'Per behandling: kommunen betalar anordnaren ett fast belopp för hela behandlingen.' },
    keyIndicators: [],
    customers: { count: 30, asOf: 'under 2019' },
    order: 90,
  },
  {
    id: 'daglig-verksamhet-lss',
    name: 'Daglig verksamhet enligt LSS',
    legalBasis: 'LSS',
    choiceLevel: 'unit',
    areaKind: 'districts',
    ivoPermitRequired: true,
    who: 'deltagarna',
    targetGroup:
      'Dig som är i arbetsför ålder, inte arbetar eller studerar och har en intellektuell funktionsnedsättning, autism eller en hjärnskada som du fått i vuxen ålder.',
    description:
      'Daglig verksamhet är en meningsfull sysselsättning på dagarna. Det finns verksamheter med till exempel café, bageri, trädgård, snickeri, konst, musik, teater och media, och verksamheter där du får praktik på en vanlig arbetsplats.\n\nDu väljer själv vilken daglig verksamhet du vill vara på. Det går bra att besöka flera innan du bestämmer dig.',
    howToApply: 'Ansök hos kommunens LSS-handläggare. När du har fått beslut väljer du daglig verksamhet och berättar det för handläggaren.',
    howToSwitch:
      'Du kan byta daglig verksamhet. Kontakta din LSS-handläggare och berätta vilken verksamhet du vill byta till. Du kan börja när det finns plats.',
    noChoiceAlternative: {
      description: 'Om du inte vill eller kan välja får du plats på en daglig verksamhet i kommunens egen regi, Exempelkommunens stöd och service.',
      providerId: 'exempelkommunens-stod-och-service',
    },
    payment: {
      unit: 'day',
      description:
        'Per heldag eller halvdag utifrån stödnivåer: kommunen betalar verksamheten för varje dag eller halvdag du är där. Beloppet beror på hur mycket stöd du behöver.',
    },
    keyIndicators: ['dv-trivs', 'dv-bestamma', 'dv-trygghet', 'dv-forstar'],
    customers: { count: 252, asOf: 'per 2020-07-31' },
    order: 100,
  },
  {
    id: 'ledsagar-avlosarservice-lss',
    name: 'Ledsagarservice och avlösarservice enligt LSS',
    legalBasis: 'LSS',
    choiceLevel: 'provider',
    areaKind: 'districts',
    ivoPermitRequired: true,
    who: 'kunderna',
    targetGroup: 'Dig som har rätt till stöd enligt LSS och behöver hjälp för att komma ut på fritiden, eller din familj om ni behöver avlösning hemma.',
    description:
      'Ledsagarservice betyder att en ledsagare följer med dig på sådant du vill göra på fritiden, till exempel gå på bio, träffa vänner eller träna. Avlösarservice betyder att en avlösare tar hand om dig i hemmet, så att din familj kan göra annat en stund.\n\nDu väljer själv vilken anordnare du vill ha.',
    howToApply: 'Ansök hos kommunens LSS-handläggare. När du har fått beslut väljer du anordnare.',
    howToSwitch: 'Du kan byta anordnare när du vill. Kontakta din LSS-handläggare.',
    noChoiceAlternative: {
      description:
        'Om du inte vill eller kan välja utser handläggaren en anordnare från en turordningslista. Listan går runt mellan alla anordnare som tar emot nya kunder.',
    },
    payment: { unit: 'hour', description: 'Per timme: kommunen betalar anordnaren för varje timme ledsagning eller avlösning som har utförts.' },
    keyIndicators: [],
    customers: { count: 1340, asOf: 'per 2020-07-31' },
    order: 110,
  },
  {
    id: 'bostad-sarskild-service-lss',
    name: 'Bostad med särskild service för vuxna enligt LSS',
    legalBasis: 'LSS',
    choiceLevel: 'unit',
    areaKind: 'districts',
    ivoPermitRequired: true,
    who: 'de boende',
    targetGroup: 'Dig som är vuxen, har rätt till stöd enligt LSS och behöver ett boende med personal, till exempel en gruppbostad eller servicebostad.',
    description:
      'I en gruppbostad har du en egen lägenhet och personal finns alltid i huset. I en servicebostad bor du mer självständigt, och personalen finns nära när du behöver dem. De flesta bostäderna drivs av kommunen; de som ingår i kundvalet visas här.\n\nDu väljer själv vilken bostad du vill söka till.',
    howToApply: 'Ansök hos kommunens LSS-handläggare. När du har fått beslut lämnar du dina önskemål om bostad. Du får erbjudande när en lägenhet blir ledig.',
    howToSwitch: 'Kontakta din LSS-handläggare om du vill flytta till en annan bostad.',
    payment: {
      unit: 'day',
      description: 'Per dygn utifrån stödnivåer: kommunen betalar bostaden per dygn, och beloppet beror på hur mycket stöd den boende behöver.',
    },
    keyIndicators: [],
    customers: { count: 126, asOf: 'per 2020-07-31' },
    order: 120,
  },
];

export function serviceDef(id: string): ServiceDef {
  const s = SERVICE_DEFS.find((x) => x.id === id);
  if (!s) throw new Error(`unknown service ${id}`);
  return s;
}

/** The area list a service is split into. */
export function serviceAreas(def: ServiceDef): { id: string; name: string }[] {
  if (def.areaKind === 'parts') return PARTS.map((p) => ({ id: p.id, name: p.name }));
  const ids = def.areaIds ?? DISTRICTS.map((d) => d.id);
  return DISTRICTS.filter((d) => ids.includes(d.id)).map((d) => ({ id: d.id, name: d.name }));
}

/** The service file, without the generator's own helper fields. */
export function buildService(def: ServiceDef): ServiceInput {
  const { areaKind: _k, areaIds: _a, ivoPermitRequired: _i, who: _w, ...rest } = def;
  return {
    id: rest.id,
    name: rest.name,
    legalBasis: rest.legalBasis,
    choiceLevel: rest.choiceLevel,
    targetGroup: rest.targetGroup,
    description: rest.description,
    howToApply: rest.howToApply,
    howToSwitch: rest.howToSwitch,
    ...(rest.noChoiceAlternative ? { noChoiceAlternative: rest.noChoiceAlternative } : {}),
    payment: rest.payment,
    areas: serviceAreas(def),
    keyIndicators: rest.keyIndicators,
    customers: rest.customers,
    order: rest.order,
  };
}
