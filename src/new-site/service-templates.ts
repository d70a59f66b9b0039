// The services a kommun can start its site with: twelve common kundval, each
// with its law, what the customer chooses, how the kommun pays, and texts in
// plain Swedish that are a starting point, not the kommun's own words. Every
// text starts with [Ändra], so npm run validate lists it until someone has
// read and rewritten it. No provider, unit, number or fact about a real kommun.
import type { z } from 'zod';
import { EDIT_MARK } from '../lib/placeholders/placeholders';
import type { serviceSchema } from '../schemas/service';

export type ServiceInput = z.input<typeof serviceSchema>;

export interface ServiceTemplate {
  id: string;
  name: string;
  legalBasis: ServiceInput['legalBasis'];
  choiceLevel: ServiceInput['choiceLevel'];
  paymentUnit: ServiceInput['payment']['unit'];
  targetGroup: string;
  description: string;
  howToApply: string;
  howToSwitch: string;
  noChoice: string;
  payment: string;
}

// Eleven are the kundval that most kommuner ran under LOV in Nacka kommun's
// review (SOCN 2020/240, ../shared/data/kundval-nacka-2020.csv), with
// ledsagarservice and avlösarservice as two services; hemsjukvård (HSL) is
// the twelfth, for kommuner that have kundval in their hemsjukvård.
export const SERVICE_TEMPLATES: readonly ServiceTemplate[] = [
  {
    id: 'hemtjanst',
    name: 'Hemtjänst',
    legalBasis: 'SoL',
    choiceLevel: 'provider',
    paymentUnit: 'hour',
    targetGroup: 'Dig som bor hemma och behöver hjälp i vardagen, till exempel för att du har blivit äldre, är sjuk eller har en funktionsnedsättning.',
    description:
      'Hemtjänst är hjälp i ditt hem. Det kan vara hjälp med att duscha, klä på dig och äta, eller med städning, tvätt och inköp. Du väljer själv vilken utförare som ska ge dig hjälpen. Alla utförare är godkända av kommunen och ska följa samma villkor.',
    howToApply:
      'Kontakta kommunens biståndshandläggare och berätta vad du behöver hjälp med. Handläggaren utreder ditt behov och fattar ett beslut. När du har fått beslut väljer du utförare och berättar det för handläggaren.',
    howToSwitch:
      'Du kan byta utförare när du vill, och du behöver inte säga varför. Kontakta din biståndshandläggare och berätta vilken utförare du vill byta till.',
    noChoice:
      'Om du inte vill eller kan välja får du ändå den hjälp du har fått beslut om. Skriv här vem som då ger hjälpen, till exempel kommunens egen hemtjänst.',
    payment:
      'Kommunen betalar utföraren för varje timme hjälp som du har fått. Ersättningen är densamma för alla utförare, och din avgift är densamma oavsett vilken utförare du väljer.',
  },
  {
    id: 'sarskilt-boende',
    name: 'Särskilt boende för äldre',
    legalBasis: 'SoL',
    choiceLevel: 'unit',
    paymentUnit: 'day',
    targetGroup: 'Dig som är äldre och behöver vård och omsorg dygnet runt, och inte längre kan få det du behöver i ditt hem.',
    description:
      'Ett särskilt boende, som också kallas vård- och omsorgsboende eller äldreboende, är en egen lägenhet med personal som finns där dygnet runt. Du väljer själv vilket boende du vill bo på.',
    howToApply:
      'Ansök hos kommunens biståndshandläggare. Handläggaren utreder ditt behov och fattar ett beslut. När du har fått beslut berättar du vilket eller vilka boenden du vill bo på.',
    howToSwitch: 'Du kan ansöka om att flytta till ett annat boende. Kontakta din biståndshandläggare. Du får flytta när det finns en ledig lägenhet där.',
    noChoice:
      'Om du inte vill eller kan välja erbjuder kommunen dig en plats på ett boende som har en ledig lägenhet som passar dig. Skriv här hur det går till.',
    payment: 'Kommunen betalar boendet ett belopp för varje dygn. Din avgift för omsorgen beror inte på vilket boende du väljer.',
  },
  {
    id: 'dagverksamhet-aldre',
    name: 'Dagverksamhet för äldre',
    legalBasis: 'SoL',
    choiceLevel: 'unit',
    paymentUnit: 'day',
    targetGroup: 'Dig som är äldre och bor hemma, och som behöver stöd, aktiviteter och gemenskap under dagen, till exempel för att du har en demenssjukdom.',
    description:
      'På en dagverksamhet träffar du andra, äter tillsammans och är med i aktiviteter. Dina anhöriga får samtidigt tid för sig själva. Du väljer själv vilken dagverksamhet du vill gå till.',
    howToApply: 'Ansök hos kommunens biståndshandläggare. När du har fått beslut väljer du dagverksamhet.',
    howToSwitch: 'Kontakta din biståndshandläggare om du vill byta dagverksamhet. Du kan byta när det finns en ledig plats.',
    noChoice: 'Om du inte vill eller kan välja föreslår handläggaren en dagverksamhet som har plats och passar dig. Skriv här hur det går till.',
    payment: 'Kommunen betalar dagverksamheten för varje dag du är där.',
  },
  {
    id: 'boendestod',
    name: 'Boendestöd',
    legalBasis: 'SoL',
    choiceLevel: 'provider',
    paymentUnit: 'hour',
    targetGroup: 'Dig som är vuxen, bor i egen bostad och behöver stöd i vardagen på grund av en psykisk eller neuropsykiatrisk funktionsnedsättning.',
    description:
      'Boendestöd är praktiskt och socialt stöd i ditt hem. Personalen hjälper dig att själv klara till exempel städning, tvätt, matlagning och ekonomi. Du väljer själv vilken utförare som ska ge dig boendestöd.',
    howToApply: 'Ansök hos kommunens handläggare. När du har fått beslut väljer du utförare.',
    howToSwitch: 'Du kan byta utförare när du vill. Kontakta din handläggare och berätta vilken utförare du vill byta till.',
    noChoice: 'Om du inte vill eller kan välja får du ändå det stöd du har fått beslut om. Skriv här vem som då ger stödet.',
    payment: 'Kommunen betalar utföraren för varje timme stöd som du har fått.',
  },
  {
    id: 'sysselsattning-psykisk',
    name: 'Sysselsättning för personer med psykisk funktionsnedsättning',
    legalBasis: 'SoL',
    choiceLevel: 'unit',
    paymentUnit: 'day',
    targetGroup: 'Dig som har en psykisk funktionsnedsättning och inte arbetar eller studerar just nu.',
    description:
      'Sysselsättning ger dig något meningsfullt att göra på dagarna, i din egen takt. Det kan vara arbete i ett café, en trädgård eller en verkstad, eller att träffa andra på en mötesplats. Du väljer själv vilken verksamhet du vill vara på.',
    howToApply: 'Ansök hos kommunens handläggare. När du har fått beslut väljer du verksamhet. Du kan gärna besöka verksamheterna innan du väljer.',
    howToSwitch: 'Kontakta din handläggare om du vill byta verksamhet.',
    noChoice: 'Om du inte vill eller kan välja föreslår handläggaren en verksamhet som har plats och passar dig. Skriv här hur det går till.',
    payment: 'Kommunen betalar verksamheten för varje dag du är där.',
  },
  {
    id: 'familjeradgivning',
    name: 'Familjerådgivning',
    legalBasis: 'SoL',
    choiceLevel: 'provider',
    paymentUnit: 'visit',
    targetGroup: 'Dig som har problem i en parrelation eller i familjen. Ni kan komma tillsammans eller en i taget.',
    description:
      'Familjerådgivning är samtal med en utbildad familjerådgivare om svårigheter i relationen. Samtalen är frivilliga och familjerådgivaren har tystnadsplikt. Du väljer själv vilken mottagning du vill gå till.',
    howToApply: 'Du behöver inte ansöka hos kommunen. Kontakta den mottagning du vill gå till och boka en tid.',
    howToSwitch: 'Du kan byta mottagning när du vill. Kontakta den nya mottagningen och boka en tid.',
    noChoice: 'Skriv här vart den kan vända sig som inte vet vilken mottagning den ska välja, till exempel kommunens egen familjerådgivning.',
    payment: 'Kommunen betalar mottagningen för varje samtal. Du betalar samma avgift per besök oavsett vilken mottagning du väljer.',
  },
  {
    id: 'daglig-verksamhet-lss',
    name: 'Daglig verksamhet enligt LSS',
    legalBasis: 'LSS',
    choiceLevel: 'unit',
    paymentUnit: 'day',
    targetGroup:
      'Dig som är i yrkesverksam ålder, inte arbetar eller studerar, och har rätt till stöd enligt LSS, till exempel för att du har en intellektuell funktionsnedsättning eller autism.',
    description:
      'Daglig verksamhet är en meningsfull sysselsättning på dagarna, till exempel i ett café, en trädgård eller en verkstad, med konst och musik, eller som praktik på en vanlig arbetsplats. Du väljer själv vilken daglig verksamhet du vill vara på.',
    howToApply: 'Ansök hos kommunens LSS-handläggare. När du har fått beslut väljer du daglig verksamhet och berättar det för handläggaren.',
    howToSwitch: 'Du kan byta daglig verksamhet. Kontakta din LSS-handläggare. Du kan börja när det finns plats.',
    noChoice: 'Om du inte vill eller kan välja får du ändå en plats på en daglig verksamhet. Skriv här vilken, till exempel kommunens egen.',
    payment: 'Kommunen betalar verksamheten för varje dag du är där. Beloppet kan bero på hur mycket stöd du behöver.',
  },
  {
    id: 'korttidsvistelse-lss',
    name: 'Korttidsvistelse enligt LSS',
    legalBasis: 'LSS',
    choiceLevel: 'unit',
    paymentUnit: 'day',
    targetGroup: 'Barn, ungdomar och vuxna med funktionsnedsättning som har rätt till stöd enligt LSS.',
    description:
      'Korttidsvistelse betyder att du bor några dygn i taget på ett korttidshem, för miljöombyte och för att göra roliga saker. Samtidigt får din familj tid att vila. Du och din familj väljer själva vilket korttidshem du ska vara på.',
    howToApply: 'Ansök hos kommunens LSS-handläggare. När du har fått beslut väljer ni korttidshem.',
    howToSwitch: 'Kontakta din LSS-handläggare om du vill byta korttidshem. Du kan byta när det finns plats.',
    noChoice: 'Om ni inte vill eller kan välja föreslår handläggaren ett korttidshem som har plats och passar dig. Skriv här hur det går till.',
    payment: 'Kommunen betalar korttidshemmet för varje dygn du är där.',
  },
  {
    id: 'ledsagarservice-lss',
    name: 'Ledsagarservice enligt LSS',
    legalBasis: 'LSS',
    choiceLevel: 'provider',
    paymentUnit: 'hour',
    targetGroup: 'Dig som har rätt till stöd enligt LSS och behöver någon som följer med dig när du vill göra saker på fritiden.',
    description:
      'Ledsagarservice betyder att en ledsagare följer med dig på sådant du vill göra, till exempel gå på bio, träffa vänner eller träna. Du väljer själv vilken utförare du vill ha.',
    howToApply: 'Ansök hos kommunens LSS-handläggare. När du har fått beslut väljer du utförare.',
    howToSwitch: 'Du kan byta utförare när du vill. Kontakta din LSS-handläggare.',
    noChoice: 'Om du inte vill eller kan välja får du ändå den ledsagning du har fått beslut om. Skriv här vem som då ger den.',
    payment: 'Kommunen betalar utföraren för varje timme ledsagning som har utförts.',
  },
  {
    id: 'avlosarservice-lss',
    name: 'Avlösarservice enligt LSS',
    legalBasis: 'LSS',
    choiceLevel: 'provider',
    paymentUnit: 'hour',
    targetGroup: 'Dig som vårdar någon i hemmet som har en funktionsnedsättning och rätt till stöd enligt LSS.',
    description:
      'Avlösarservice betyder att en avlösare tar hand om den du vårdar i hemmet, så att du kan göra annat en stund. Du väljer själv vilken utförare du vill ha.',
    howToApply: 'Ansök hos kommunens LSS-handläggare. När du har fått beslut väljer du utförare.',
    howToSwitch: 'Du kan byta utförare när du vill. Kontakta din LSS-handläggare.',
    noChoice: 'Om du inte vill eller kan välja får du ändå den avlösning du har fått beslut om. Skriv här vem som då ger den.',
    payment: 'Kommunen betalar utföraren för varje timme avlösning som har utförts.',
  },
  {
    id: 'bostad-sarskild-service-lss',
    name: 'Bostad med särskild service för vuxna enligt LSS',
    legalBasis: 'LSS',
    choiceLevel: 'unit',
    paymentUnit: 'day',
    targetGroup: 'Dig som är vuxen, har rätt till stöd enligt LSS och behöver bo med personal nära, till exempel i en gruppbostad eller en servicebostad.',
    description:
      'I en gruppbostad har du en egen lägenhet, och personal finns i huset dygnet runt. I en servicebostad bor du mer självständigt, med personal nära när du behöver dem. Du väljer själv vilken bostad du vill söka till.',
    howToApply:
      'Ansök hos kommunens LSS-handläggare. När du har fått beslut berättar du vilken bostad du vill bo i. Du får ett erbjudande när en lägenhet blir ledig.',
    howToSwitch: 'Kontakta din LSS-handläggare om du vill flytta till en annan bostad.',
    noChoice: 'Om du inte vill eller kan välja erbjuder kommunen dig en bostad som har en ledig lägenhet och passar dig. Skriv här hur det går till.',
    payment: 'Kommunen betalar bostaden ett belopp för varje dygn. Beloppet kan bero på hur mycket stöd du behöver.',
  },
  {
    id: 'hemsjukvard',
    name: 'Hemsjukvård',
    legalBasis: 'HSL',
    choiceLevel: 'provider',
    paymentUnit: 'hour',
    targetGroup: 'Dig som bor hemma och behöver hälso- och sjukvård där, till exempel för att du inte kan ta dig till vårdcentralen.',
    description:
      'Hemsjukvård är vård i ditt hem av till exempel sjuksköterska, arbetsterapeut eller fysioterapeut. Det kan vara hjälp med läkemedel, sårvård eller träning. Du väljer själv vilken utförare som ska ge dig vården.',
    howToApply: 'Prata med din vårdcentral eller med sjukhuset när du ska åka hem. De bedömer tillsammans med kommunen om du behöver hemsjukvård.',
    howToSwitch: 'Du kan byta utförare när du vill. Skriv här vem man kontaktar för att byta.',
    noChoice: 'Om du inte vill eller kan välja får du ändå den vård du behöver. Skriv här vem som då ger vården.',
    payment: 'Kommunen betalar utföraren för varje timme vård som har utförts.',
  },
];

export const SERVICE_IDS = SERVICE_TEMPLATES.map((s) => s.id);

/** When --services is not given: hemtjänst, by far the most common kundval. */
export const DEFAULT_SERVICE_IDS = ['hemtjanst'];

/** One area for the whole kommun; the kommun splits it if providers choose where they work. */
export const WHOLE_KOMMUN_AREA = { id: 'hela-kommunen', name: 'Hela kommunen' };

const marked = (text: string) => `${EDIT_MARK} ${text}`;

/** The service file for a template: every text marked for the kommun to edit. */
export function serviceFile(template: ServiceTemplate): ServiceInput {
  return {
    id: template.id,
    name: template.name,
    legalBasis: template.legalBasis,
    choiceLevel: template.choiceLevel,
    targetGroup: marked(template.targetGroup),
    description: marked(template.description),
    howToApply: marked(template.howToApply),
    howToSwitch: marked(template.howToSwitch),
    noChoiceAlternative: { description: marked(template.noChoice) },
    payment: { unit: template.paymentUnit, description: marked(template.payment) },
    areas: [WHOLE_KOMMUN_AREA],
    keyIndicators: [],
    order: (SERVICE_TEMPLATES.indexOf(template) + 1) * 10,
  };
}
