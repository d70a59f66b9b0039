// Who runs what in Exempelkommun: invented providers and their units. Names are made up;
// ids, ownership, services and the few fixed facts live here, the rest is drawn at random.
import type { OrgKind } from './identity';
import type { ServiceId } from './services';

export type Fate =
  /** Warning after a follow-up, still warned on the publication date. */
  | 'warned'
  /** Warned, then back to active when the faults were put right. */
  | 'warned-then-active'
  /** Authorisation withdrawn (avauktoriserad) after an in-depth review. */
  | 'withdrawn'
  /** The provider ended its agreement itself. */
  | 'ended';

export interface UnitSpec {
  name: string;
  service: ServiceId;
  district: string;
  places: number;
  profiles?: string[];
  languages?: string[];
  /** What the unit does, as a phrase after "Hos oss ...". */
  focus: string;
  openedOn?: string;
  closedOn?: string;
}

export interface ProviderSpec {
  id: string;
  name: string;
  ownership: 'private' | 'municipal' | 'nonprofit';
  org: OrgKind | 'sole-trader';
  services: ServiceId[];
  profiles?: string[];
  languages?: string[];
  authorisedSince?: string;
  fate?: Fate;
  /** Customers aged 65+ in hemtjänst (drives survey answer counts). */
  size?: number;
  /** District of the office. */
  home: string;
  /** A phrase on what sets the provider apart, used in its description. */
  focus: string;
  units?: UnitSpec[];
}

const MUNICIPAL_SINCE = '2009-01-01';

export const PROVIDER_SPECS: ProviderSpec[] = [
  // Hemtjänst (and for some, ledsagar- och avlösarservice enligt LSS).
  { id: 'exempelkommunens-hemtjanst', name: 'Exempelkommunens hemtjänst, egen regi', ownership: 'municipal', org: 'kommun', services: ['hemtjanst'], authorisedSince: MUNICIPAL_SINCE, size: 240, home: 'sjoviken', languages: ['finska', 'arabiska', 'engelska'], profiles: ['demens', 'palliativ'], focus: 'är kommunens egen hemtjänst och finns i alla delar av kommunen. Vi har ett eget demensteam och ett team för vård i livets slut' },
  { id: 'trygga-hander', name: 'Trygga Händer Hemtjänst AB', ownership: 'private', org: 'ab', services: ['hemtjanst', 'ledsagar-avlosarservice-lss'], size: 180, home: 'granbacka', languages: ['arabiska', 'persiska', 'engelska'], profiles: ['demens'], focus: 'arbetar i små arbetslag så att du möter samma personal så ofta som möjligt' },
  { id: 'omsorgshuset', name: 'Omsorgshuset i Exempelkommun AB', ownership: 'private', org: 'ab', services: ['hemtjanst', 'sarskilt-boende', 'ledsagar-avlosarservice-lss'], size: 150, home: 'lovhojden', languages: ['engelska', 'spanska', 'polska'], profiles: ['demens'], focus: 'har hemtjänst och två vård- och omsorgsboenden i kommunen, och all personal går vår egen utbildning i demensvård',
    units: [
      { name: 'Solbackens vård- och omsorgsboende', service: 'sarskilt-boende', district: 'granbacka', places: 60, profiles: ['demens', 'somatik'], focus: 'finns fyra avdelningar för personer med demenssjukdom och två för personer med somatiska sjukdomar' },
      { name: 'Sjöglimtens vård- och omsorgsboende', service: 'sarskilt-boende', district: 'sjoviken', places: 48, profiles: ['demens'], focus: 'bor du nära vattnet, med utsikt över viken från de flesta lägenheter. Boendet är inriktat på demens' },
    ] },
  { id: 'sjovikens-hemtjanst', name: 'Sjövikens Hemtjänst AB', ownership: 'private', org: 'ab', services: ['hemtjanst', 'ledsagar-avlosarservice-lss'], size: 90, home: 'sjoviken', languages: ['engelska', 'bosniska', 'serbiska'], focus: 'är ett familjeägt företag som funnits i Sjöviken sedan kundvalet började' },
  { id: 'hemtjanst-ankaret', name: 'Hemtjänst Ankaret AB', ownership: 'private', org: 'ab', services: ['hemtjanst'], size: 60, home: 'norrstrand', languages: ['engelska', 'somaliska', 'tigrinja'], focus: 'har sitt kontor i Norrstrand och kör cykel eller elbil till alla besök' },
  { id: 'granbacka-omsorg', name: 'Granbacka Omsorg AB', ownership: 'private', org: 'ab', services: ['hemtjanst', 'ledsagar-avlosarservice-lss'], size: 75, home: 'granbacka', languages: ['engelska', 'turkiska', 'kurdiska'], focus: 'ger hemtjänst i norra delen av kommunen och har personal som kan laga mat från många olika kök' },
  { id: 'kotiapu', name: 'Kotiapu Omsorg AB', ownership: 'private', org: 'ab', services: ['hemtjanst', 'sarskilt-boende', 'ledsagar-avlosarservice-lss'], size: 45, home: 'tallmo', languages: ['finska', 'meänkieli', 'engelska'], profiles: ['finskspraklig'], focus: 'ger hemtjänst och boende på finska. All personal talar finska och vi firar finska högtider',
    units: [
      { name: 'Kotikoti vård- och omsorgsboende', service: 'sarskilt-boende', district: 'tallmo', places: 36, profiles: ['finskspraklig', 'demens'], languages: ['finska', 'meänkieli'], focus: 'talar all personal finska, och vi lagar finsk husmanskost. Boendet ingår i kommunens arbete som finskt förvaltningsområde' },
    ] },
  { id: 'salam-hemtjanst', name: 'Salam Hemtjänst i Exempelkommun AB', ownership: 'private', org: 'ab', services: ['hemtjanst'], size: 55, home: 'stenudden', languages: ['arabiska', 'somaliska', 'kurdiska', 'engelska'], profiles: ['muslimsk', 'sprakprofil-arabiska'], focus: 'har personal som talar arabiska och somaliska och lagar halalmat om du vill' },
  { id: 'livsgladje', name: 'Livsglädje Hemtjänst AB', ownership: 'private', org: 'ab', services: ['hemtjanst', 'ledsagar-avlosarservice-lss'], size: 110, home: 'ekvallen', languages: ['engelska', 'grekiska', 'spanska'], focus: 'erbjuder promenader och sociala aktiviteter som en del av hemtjänsten' },
  { id: 'hemtjanst-regnbagen', name: 'Hemtjänst Regnbågen AB', ownership: 'private', org: 'ab', services: ['hemtjanst'], size: 40, home: 'sjoviken', languages: ['engelska', 'tyska'], profiles: ['hbtq'], focus: 'är HBTQ-certifierade, och all personal har gått utbildning om hbtq-personers livsvillkor' },
  { id: 'omtanke-i-hemmet', name: 'Omtanke i Hemmet AB', ownership: 'private', org: 'ab', services: ['hemtjanst', 'ledsagar-avlosarservice-lss'], size: 85, home: 'lovhojden', languages: ['engelska', 'polska', 'ukrainska', 'ryska'], focus: 'har ett eget team för kunder som har mycket hjälp på kvällar och helger' },
  { id: 'stenuddens-omsorg', name: 'Stenuddens Omsorg och Service AB', ownership: 'private', org: 'ab', services: ['hemtjanst'], size: 20, home: 'stenudden', languages: ['engelska'], focus: 'är ett litet företag i östra kommundelen där du lär känna alla i personalen' },
  { id: 'hemtjanst-mehr', name: 'Hemtjänst Mehr AB', ownership: 'private', org: 'ab', services: ['hemtjanst'], size: 35, home: 'granbacka', languages: ['persiska', 'dari', 'engelska'], profiles: ['sprakprofil-persiska'], focus: 'har personal som talar persiska och dari' },
  { id: 'vi-tillsammans', name: 'Hemtjänstkooperativet Vi Tillsammans ekonomisk förening', ownership: 'private', org: 'ekforening', services: ['hemtjanst'], size: 12, home: 'tallmo', languages: ['engelska', 'estniska'], focus: 'är ett kooperativ som ägs av de anställda. Vi är få och tar därför bara emot ett begränsat antal kunder' },
  { id: 'lugn-och-ro', name: 'Lugn & Ro Hemtjänst AB', ownership: 'private', org: 'ab', services: ['hemtjanst', 'ledsagar-avlosarservice-lss'], size: 70, home: 'norrstrand', languages: ['engelska', 'thai', 'tagalog'], profiles: ['palliativ'], focus: 'har sjuksköterskor i ledningen och lång erfarenhet av vård i livets slut' },
  { id: 'hemtjanst-direkt', name: 'Hemtjänst Direkt i Exempelkommun AB', ownership: 'private', org: 'ab', services: ['hemtjanst'], size: 50, home: 'sjoviken', languages: ['engelska', 'arabiska'], authorisedSince: '2019-04-01', fate: 'withdrawn', focus: 'gav hemtjänst i centrala kommundelen' },

  // Ledsagar- och avlösarservice enligt LSS only.
  { id: 'ledsagarna', name: 'Ledsagarna i Exempelkommun AB', ownership: 'private', org: 'ab', services: ['ledsagar-avlosarservice-lss'], home: 'sjoviken', languages: ['engelska', 'teckenspråk'], authorisedSince: '2015-09-01', fate: 'warned-then-active', focus: 'har ledsagare som kan teckenspråk och ledsagare som gillar sport, musik och friluftsliv' },
  { id: 'vardagshjalpen', name: 'Avlösarservice Vardagshjälpen AB', ownership: 'private', org: 'ab', services: ['ledsagar-avlosarservice-lss'], home: 'tallmo', languages: ['engelska', 'arabiska'], profiles: ['autism'], focus: 'är specialiserade på avlösning i familjer med barn med autism' },
  { id: 'foljeslagaren', name: 'Följeslagaren Stöd AB', ownership: 'private', org: 'ab', services: ['ledsagar-avlosarservice-lss'], home: 'lovhojden', languages: ['engelska', 'spanska'], focus: 'matchar varje kund med en ledsagare med samma intressen' },
  { id: 'fritidskompisen', name: 'Fritidskompisen AB', ownership: 'private', org: 'ab', services: ['ledsagar-avlosarservice-lss'], home: 'granbacka', languages: ['engelska', 'somaliska'], profiles: ['unga-vuxna'], focus: 'har unga ledsagare och är inriktade på ungdomar och unga vuxna' },
  { id: 'stodpunkten', name: 'Stödpunkten LSS-service AB', ownership: 'private', org: 'ab', services: ['ledsagar-avlosarservice-lss'], home: 'ekvallen', languages: ['engelska', 'finska'], focus: 'ger ledsagning och avlösning dygnet runt, också vid akuta behov' },
  { id: 'assistans-och-ledsagning', name: 'Assistans och Ledsagning Exempel AB', ownership: 'private', org: 'ab', services: ['ledsagar-avlosarservice-lss'], home: 'stenudden', languages: ['engelska', 'persiska', 'teckenspråk'], focus: 'har lång erfarenhet av personlig assistans och ger nu också ledsagning och avlösning' },

  // Familjerådgivning and familjebehandling.
  { id: 'exempelkommunens-familjeenhet', name: 'Exempelkommunens familjeenhet, egen regi', ownership: 'municipal', org: 'kommun', services: ['familjeradgivning', 'familjebehandling'], authorisedSince: MUNICIPAL_SINCE, home: 'sjoviken', languages: ['engelska', 'arabiska', 'finska'], profiles: ['hbtq'], focus: 'är kommunens egen familjerådgivning och familjebehandling, med mottagning vid Sjövikstorget' },
  { id: 'samtalsrummet', name: 'Samtalsrummet i Exempelkommun AB', ownership: 'private', org: 'ab', services: ['familjeradgivning', 'familjebehandling'], home: 'sjoviken', languages: ['engelska'], focus: 'har både parterapeuter och familjebehandlare och tar emot på kvällstid' },
  { id: 'parterapi-sjoviken', name: 'Parterapi Sjöviken AB', ownership: 'private', org: 'ab', services: ['familjeradgivning'], home: 'sjoviken', languages: ['engelska', 'franska'], focus: 'är inriktade på par som har svårt att prata med varandra' },
  { id: 'relationsverkstaden', name: 'Relationsverkstaden AB', ownership: 'private', org: 'ab', services: ['familjeradgivning'], home: 'lovhojden', languages: ['engelska'], focus: 'erbjuder samtal både på mottagningen och digitalt' },
  { id: 'familjesamtal-norrstrand', name: 'Familjesamtal Norrstrand AB', ownership: 'private', org: 'ab', services: ['familjeradgivning'], home: 'norrstrand', languages: ['engelska', 'tyska'], focus: 'har mottagning i Norrstrand nära bussen' },
  { id: 'terapihuset-granbacka', name: 'Terapihuset Granbacka AB', ownership: 'private', org: 'ab', services: ['familjeradgivning'], home: 'granbacka', languages: ['engelska', 'persiska', 'dari'], profiles: ['sprakprofil-persiska'], focus: 'har familjerådgivare som talar persiska och dari' },
  { id: 'par-och-familj', name: 'Par & Familj Psykoterapi AB', ownership: 'private', org: 'ab', services: ['familjeradgivning'], home: 'sjoviken', languages: ['engelska', 'spanska'], focus: 'har legitimerade psykoterapeuter med inriktning på par och familj' },
  { id: 'kbt-mottagningen-tallmo', name: 'KBT-mottagningen Tallmo AB', ownership: 'private', org: 'ab', services: ['familjeradgivning'], home: 'tallmo', languages: ['engelska'], focus: 'arbetar med kognitiv beteendeterapi för par' },
  { id: 'mittpunkt', name: 'Familjerådgivningen Mittpunkt AB', ownership: 'private', org: 'ab', services: ['familjeradgivning'], home: 'lovhojden', languages: ['engelska', 'arabiska'], profiles: ['sprakprofil-arabiska'], focus: 'har familjerådgivare som talar arabiska' },
  { id: 'motesplats-relation', name: 'Mötesplats Relation AB', ownership: 'private', org: 'ab', services: ['familjeradgivning'], home: 'ekvallen', languages: ['engelska'], focus: 'tar emot par i alla åldrar, också äldre par' },
  { id: 'psykoterapeuterna-vid-torget', name: 'Psykoterapeuterna vid Torget AB', ownership: 'private', org: 'ab', services: ['familjeradgivning'], home: 'sjoviken', languages: ['engelska', 'italienska'], focus: 'har mottagning mitt i Sjöviken' },
  { id: 'familjeterapeuterna-stenudden', name: 'Familjeterapeuterna i Stenudden AB', ownership: 'private', org: 'ab', services: ['familjeradgivning', 'familjebehandling'], home: 'stenudden', languages: ['engelska', 'bosniska'], focus: 'arbetar med hela familjen, också med barnen' },
  { id: 'tvasamhet', name: 'Tvåsamhet Samtalsmottagning AB', ownership: 'private', org: 'ab', services: ['familjeradgivning'], home: 'granbacka', languages: ['engelska'], focus: 'har tider tidigt på morgonen och sent på kvällen' },
  { id: 'nya-steg', name: 'Nya Steg Familjerådgivning AB', ownership: 'private', org: 'ab', services: ['familjeradgivning'], home: 'tallmo', languages: ['engelska', 'polska'], focus: 'hjälper också föräldrar som har separerat att samarbeta kring barnen' },
  { id: 'kompassen', name: 'Kompassen Familjeterapi AB', ownership: 'private', org: 'ab', services: ['familjeradgivning', 'familjebehandling'], home: 'lovhojden', languages: ['engelska', 'somaliska'], focus: 'har lång erfarenhet av familjer med barn i tonåren' },
  { id: 'ankarfastet', name: 'Ankarfästet Parterapi AB', ownership: 'private', org: 'ab', services: ['familjeradgivning'], home: 'norrstrand', languages: ['engelska'], focus: 'har manliga och kvinnliga terapeuter, så att ni kan välja' },
  { id: 'sjobrisens-samtal', name: 'Sjöbrisens Samtalsmottagning AB', ownership: 'private', org: 'ab', services: ['familjeradgivning'], home: 'sjoviken', languages: ['engelska', 'tyska'], focus: 'erbjuder samtal på svenska, engelska och tyska' },
  { id: 'familjecentrum-lovhojden', name: 'Familjecentrum Lövhöjden AB', ownership: 'private', org: 'ab', services: ['familjeradgivning', 'familjebehandling'], home: 'lovhojden', languages: ['engelska', 'arabiska', 'tigrinja'], focus: 'samarbetar med förskolor och skolor i centrala kommundelen' },
  { id: 'hela-familjen', name: 'Hela Familjen Terapi AB', ownership: 'private', org: 'ab', services: ['familjeradgivning', 'familjebehandling'], home: 'ekvallen', languages: ['engelska', 'turkiska'], focus: 'arbetar med nätverksmöten där fler i familjen är med' },
  { id: 'relationscentrum', name: 'Relationscentrum Exempel AB', ownership: 'private', org: 'ab', services: ['familjeradgivning'], home: 'stenudden', languages: ['engelska'], focus: 'har mottagning i Stenudden och tar emot med kort väntetid' },
  { id: 'samtalsgruppen-ekvallen', name: 'Samtalsgruppen Ekvallen AB', ownership: 'private', org: 'ab', services: ['familjeradgivning'], home: 'ekvallen', languages: ['engelska', 'finska'], profiles: ['finskspraklig'], focus: 'har en familjerådgivare som talar finska' },
  { id: 'parsamtal-i-centrum', name: 'Parsamtal i Centrum AB', ownership: 'private', org: 'ab', services: ['familjeradgivning'], home: 'sjoviken', languages: ['engelska'], authorisedSince: '2016-02-01', fate: 'ended', focus: 'gav samtal för par vid Sjövikstorget' },
  { id: 'brobyggarna', name: 'Brobyggarna Familjerådgivning AB', ownership: 'private', org: 'ab', services: ['familjeradgivning'], home: 'granbacka', languages: ['engelska', 'arabiska', 'kurdiska', 'turkiska'], focus: 'har familjerådgivare med erfarenhet av familjer som har flyttat till Sverige' },
  { id: 'dialog-familjeradgivning', name: 'Dialog Familjerådgivning AB', ownership: 'private', org: 'ab', services: ['familjeradgivning'], home: 'tallmo', languages: ['engelska', 'ryska', 'ukrainska'], focus: 'erbjuder samtal på ryska och ukrainska' },
  { id: 'regnbagsfamiljer', name: 'Regnbågsfamiljer Samtal AB', ownership: 'private', org: 'ab', services: ['familjeradgivning'], home: 'sjoviken', languages: ['engelska'], profiles: ['hbtq'], focus: 'är HBTQ-certifierade och har lång erfarenhet av samkönade par och regnbågsfamiljer' },
  { id: 'ljusglimten-familjeradgivning', name: 'Stiftelsen Ljusglimtens familjerådgivning', ownership: 'nonprofit', org: 'stiftelse', services: ['familjeradgivning'], home: 'lovhojden', languages: ['engelska'], focus: 'är en idéburen familjerådgivning med rötter i kyrkan. Alla är välkomna, oavsett tro' },
  { id: 'lugnets-samtalsmottagning', name: 'Lugnets Samtalsmottagning', ownership: 'private', org: 'sole-trader', services: ['familjeradgivning'], home: 'norrstrand', languages: ['engelska'], focus: 'är en liten mottagning med en familjerådgivare. Du träffar alltid samma person' },
  { id: 'vagvisaren', name: 'Familjestödet Vägvisaren AB', ownership: 'private', org: 'ab', services: ['familjebehandling'], home: 'granbacka', languages: ['engelska', 'arabiska', 'somaliska'], focus: 'arbetar hemma hos familjen, också på kvällar och helger' },
  { id: 'ungdomsteamet-bryggan', name: 'Ungdomsteamet Bryggan AB', ownership: 'private', org: 'ab', services: ['familjebehandling'], home: 'sjoviken', languages: ['engelska', 'spanska'], profiles: ['unga-vuxna'], focus: 'är inriktade på familjer med tonåringar' },
  { id: 'foraldrastod-exempel', name: 'Föräldrastöd Exempel AB', ownership: 'private', org: 'ab', services: ['familjebehandling'], home: 'tallmo', languages: ['engelska', 'persiska'], focus: 'arbetar med föräldrastödsprogram som har visat goda resultat' },
  { id: 'familjebehandlarna-norrstrand', name: 'Familjebehandlarna i Norrstrand AB', ownership: 'private', org: 'ab', services: ['familjebehandling'], home: 'norrstrand', languages: ['engelska', 'tigrinja'], focus: 'har familjebehandlare med erfarenhet av barn med neuropsykiatriska diagnoser' },
  { id: 'nasta-steg-behandling', name: 'Behandlingsgruppen Nästa Steg AB', ownership: 'private', org: 'ab', services: ['familjebehandling'], home: 'stenudden', languages: ['engelska', 'bosniska'], focus: 'arbetar med familjer där det finns konflikter eller våld' },

  // Särskilt boende and dagverksamhet for older people.
  { id: 'exempelkommunens-aldreomsorg', name: 'Exempelkommunens äldreomsorg, egen regi', ownership: 'municipal', org: 'kommun', services: ['sarskilt-boende', 'dagverksamhet-aldre'], authorisedSince: MUNICIPAL_SINCE, home: 'sjoviken', focus: 'driver kommunens egna vård- och omsorgsboenden och dagverksamheter',
    units: [
      { name: 'Tallmogårdens vård- och omsorgsboende', service: 'sarskilt-boende', district: 'tallmo', places: 64, profiles: ['demens'], focus: 'finns sex avdelningar, varav fyra för personer med demenssjukdom, och en stor trädgård' },
      { name: 'Granlidens vård- och omsorgsboende', service: 'sarskilt-boende', district: 'granbacka', places: 50, profiles: ['muslimsk', 'sprakprofil-arabiska'], languages: ['arabiska', 'somaliska', 'turkiska'], focus: 'finns en avdelning med arabisktalande personal, och vi lagar halalmat till alla som vill' },
      { name: 'Björkhagens vård- och omsorgsboende', service: 'sarskilt-boende', district: 'lovhojden', places: 38, profiles: ['psykiatri'], focus: 'bor äldre som har en psykisk sjukdom. Personalen har utbildning i psykiatri' },
      { name: 'Strandgårdens vård- och omsorgsboende', service: 'sarskilt-boende', district: 'sjoviken', places: 70, profiles: ['somatik', 'palliativ'], focus: 'finns två platser för vård i livets slut och egen sjuksköterska dygnet runt' },
      { name: 'Stenrosens vård- och omsorgsboende', service: 'sarskilt-boende', district: 'stenudden', places: 42, profiles: ['demens'], focus: 'är det lilla boendet med fyra avdelningar och en stor innergård' },
      { name: 'Dagverksamheten Minnet', service: 'dagverksamhet-aldre', district: 'norrstrand', places: 15, profiles: ['demens'], focus: 'träffas personer med demenssjukdom som bor hemma, i lugn miljö med mycket musik' },
      { name: 'Träffpunkt Sjöviken dagverksamhet', service: 'dagverksamhet-aldre', district: 'sjoviken', places: 20, focus: 'träffas du andra äldre, äter lunch och går på promenader och utflykter' },
      { name: 'Dagverksamheten Kaisla', service: 'dagverksamhet-aldre', district: 'stenudden', places: 12, profiles: ['finskspraklig'], languages: ['finska'], focus: 'talar vi finska, och all personal är finskspråkig' },
      { name: 'Dagverksamheten Tallkotten', service: 'dagverksamhet-aldre', district: 'tallmo', places: 14, profiles: ['demens'], focus: 'är till för dig som fått en demenssjukdom tidigt i livet, innan 65 år' },
    ] },
  { id: 'silverarens-omsorg', name: 'Silverårens Omsorg AB', ownership: 'private', org: 'ab', services: ['sarskilt-boende'], home: 'lovhojden', focus: 'driver två vård- och omsorgsboenden med egen kock på varje boende',
    units: [
      { name: 'Lövhyddans vård- och omsorgsboende', service: 'sarskilt-boende', district: 'lovhojden', places: 54, profiles: ['demens', 'somatik'], focus: 'lagar vi all mat från grunden i det egna köket' },
      { name: 'Fyrbåkens vård- och omsorgsboende', service: 'sarskilt-boende', district: 'norrstrand', places: 72, profiles: ['psykiatri', 'somatik'], focus: 'finns avdelningar för personer med psykisk sjukdom och för personer med somatiska sjukdomar' },
    ] },
  { id: 'ekhagen-vard', name: 'Ekhagen Vård och Omsorg AB', ownership: 'private', org: 'ab', services: ['sarskilt-boende'], home: 'stenudden', focus: 'driver ett mindre boende med inriktning på vård i livets slut',
    units: [
      { name: 'Ekhagens vård- och omsorgsboende', service: 'sarskilt-boende', district: 'stenudden', places: 40, profiles: ['palliativ', 'somatik'], focus: 'har vi ett palliativt team och samarbetar nära med den avancerade sjukvården i hemmet' },
    ] },
  { id: 'shalomhemmet', name: 'Stiftelsen Shalomhemmet i Exempelkommun', ownership: 'nonprofit', org: 'stiftelse', services: ['sarskilt-boende'], home: 'sjoviken', languages: ['hebreiska', 'jiddisch', 'engelska'], focus: 'är en idéburen stiftelse som driver ett boende med judisk profil',
    units: [
      { name: 'Shalomhemmets vård- och omsorgsboende', service: 'sarskilt-boende', district: 'sjoviken', places: 32, profiles: ['judisk'], languages: ['hebreiska', 'jiddisch'], focus: 'lagar vi koshermat och firar judiska högtider. Alla är välkomna att bo här' },
    ] },
  { id: 'lindgardens-aldreomsorg', name: 'Lindgårdens Äldreomsorg AB', ownership: 'private', org: 'ab', services: ['sarskilt-boende'], home: 'stenudden', authorisedSince: '2017-05-01', fate: 'warned', focus: 'driver ett vård- och omsorgsboende i östra kommundelen',
    units: [
      { name: 'Lindgårdens vård- och omsorgsboende', service: 'sarskilt-boende', district: 'stenudden', places: 45, profiles: ['demens'], focus: 'finns tre avdelningar för personer med demenssjukdom' },
    ] },
  { id: 'havsbrisen-omsorg', name: 'Havsbrisen Omsorg AB', ownership: 'private', org: 'ab', services: ['sarskilt-boende'], home: 'norrstrand', authorisedSince: '2025-10-01', focus: 'öppnade ett nytt vård- och omsorgsboende i Norrstrand 2026',
    units: [
      { name: 'Havsbrisens vård- och omsorgsboende', service: 'sarskilt-boende', district: 'norrstrand', places: 56, profiles: ['hbtq', 'somatik'], openedOn: '2026-03-01', focus: 'är allt nybyggt. Boendet är HBTQ-certifierat och har en takterrass med utsikt över havet' },
    ] },

  // Sysselsättning and boendestöd for people with psychiatric disabilities.
  { id: 'exempelkommunens-socialpsykiatri', name: 'Exempelkommunens socialpsykiatri, egen regi', ownership: 'municipal', org: 'kommun', services: ['sysselsattning-psykisk', 'boendestod'], authorisedSince: MUNICIPAL_SINCE, home: 'lovhojden', languages: ['engelska', 'arabiska'], profiles: ['psykiatri'], focus: 'är kommunens egen verksamhet för boendestöd och sysselsättning',
    units: [
      { name: 'Mötesplats Stenudden', service: 'sysselsattning-psykisk', district: 'stenudden', places: 20, profiles: ['psykiatri'], focus: 'finns en öppen mötesplats med café, studiecirklar och utflykter' },
      { name: 'Återbruket Granbacka', service: 'sysselsattning-psykisk', district: 'granbacka', places: 12, profiles: ['psykiatri'], focus: 'lagar vi möbler och cyklar och säljer dem i vår butik' },
      { name: 'Kreativa verkstaden Lövhöjden', service: 'sysselsattning-psykisk', district: 'lovhojden', places: 10, profiles: ['psykiatri'], focus: 'målar, syr och gör keramik i lugn takt' },
    ] },
  { id: 'gemenskapshuset', name: 'Föreningen Gemenskapshuset i Exempelkommun', ownership: 'nonprofit', org: 'forening', services: ['sysselsattning-psykisk'], home: 'sjoviken', languages: ['engelska'], focus: 'är en ideell förening där medlemmar och personal driver huset tillsammans',
    units: [
      { name: 'Gemenskapshuset', service: 'sysselsattning-psykisk', district: 'sjoviken', places: 25, profiles: ['psykiatri'], focus: 'arbetar du i köket, receptionen eller på kontoret, och får stöd att söka arbete eller studier' },
    ] },
  { id: 'gronskan', name: 'Arbetskooperativet Grönskan ekonomisk förening', ownership: 'nonprofit', org: 'ekforening', services: ['sysselsattning-psykisk'], home: 'tallmo', languages: ['engelska', 'arabiska'], focus: 'är ett socialt arbetskooperativ som odlar och säljer grönsaker',
    units: [
      { name: 'Grönskans trädgårdskooperativ', service: 'sysselsattning-psykisk', district: 'tallmo', places: 14, profiles: ['psykiatri'], focus: 'odlar vi grönsaker och blommor och säljer dem på torget på lördagar' },
    ] },
  { id: 'vardagsverket', name: 'Vardagsverket AB', ownership: 'private', org: 'ab', services: ['sysselsattning-psykisk', 'boendestod'], home: 'norrstrand', languages: ['engelska', 'persiska'], profiles: ['psykiatri', 'autism'], focus: 'ger både boendestöd och sysselsättning, så att du kan ha samma kontaktperson',
    units: [
      { name: 'Vardagsverkets verkstad', service: 'sysselsattning-psykisk', district: 'norrstrand', places: 12, profiles: ['psykiatri', 'autism'], focus: 'gör vi snickeri, tryck och enklare monteringsuppdrag åt företag' },
    ] },
  { id: 'steg-framat', name: 'Steg Framåt Sysselsättning AB', ownership: 'private', org: 'ab', services: ['sysselsattning-psykisk', 'boendestod'], home: 'ekvallen', languages: ['engelska', 'somaliska', 'arabiska'], profiles: ['psykiatri', 'unga-vuxna'], focus: 'är inriktade på unga vuxna som vill komma vidare till arbete eller studier',
    units: [
      { name: 'Steg Framåt café och kontor', service: 'sysselsattning-psykisk', district: 'ekvallen', places: 16, profiles: ['psykiatri', 'unga-vuxna'], focus: 'driver vi ett café och tar kontorsuppdrag, och du får stöd av en jobbcoach' },
    ] },
  { id: 'boendestod-hemma', name: 'Boendestöd Hemma AB', ownership: 'private', org: 'ab', services: ['boendestod'], home: 'granbacka', languages: ['engelska', 'finska'], profiles: ['psykiatri'], focus: 'har boendestödjare med utbildning i psykiatri' },
  { id: 'vardagsstodet', name: 'Vardagsstödet i Exempelkommun AB', ownership: 'private', org: 'ab', services: ['boendestod'], home: 'sjoviken', languages: ['engelska', 'arabiska', 'tigrinja'], profiles: ['autism'], focus: 'har särskild kunskap om autism och adhd' },
  { id: 'nyckeln-boendestod', name: 'Nyckeln Boendestöd AB', ownership: 'private', org: 'ab', services: ['boendestod'], home: 'stenudden', languages: ['engelska'], focus: 'ger stöd också på kvällar och helger' },
  { id: 'stodlinjen', name: 'Stödlinjen Psykosocialt Stöd AB', ownership: 'private', org: 'ab', services: ['boendestod'], home: 'tallmo', languages: ['engelska', 'polska', 'spanska'], profiles: ['psykiatri'], focus: 'arbetar med återhämtning och sätter mål tillsammans med dig' },
  { id: 'hjalp-till-sjalvhjalp', name: 'Hjälp till Självhjälp Exempel AB', ownership: 'private', org: 'ab', services: ['boendestod'], home: 'lovhojden', languages: ['engelska', 'persiska', 'dari'], focus: 'ger boendestöd på persiska och dari' },

  // Öppenvård vid missbruk och beroende.
  { id: 'vandpunkten', name: 'Beroendemottagningen Vändpunkten AB', ownership: 'private', org: 'ab', services: ['oppenvard-missbruk'], home: 'sjoviken', languages: ['engelska', 'finska'], focus: 'erbjuder behandling i grupp och enskilt, också på kvällstid' },
  { id: 'stiftelsen-nystart', name: 'Stiftelsen Nystart', ownership: 'nonprofit', org: 'stiftelse', services: ['oppenvard-missbruk'], home: 'tallmo', languages: ['engelska', 'arabiska'], focus: 'är en idéburen stiftelse med behandlare som själva har erfarenhet av beroende' },

  // Korttidsvistelse, daglig verksamhet och bostad med särskild service enligt LSS.
  { id: 'exempelkommunens-stod-och-service', name: 'Exempelkommunens stöd och service, egen regi', ownership: 'municipal', org: 'kommun', services: ['korttidsvistelse-lss', 'daglig-verksamhet-lss'], authorisedSince: MUNICIPAL_SINCE, home: 'lovhojden', focus: 'är kommunens egen verksamhet för personer med funktionsnedsättning',
    units: [
      { name: 'Korttidshemmet Ekollonet', service: 'korttidsvistelse-lss', district: 'ekvallen', places: 8, profiles: ['intellektuell-funktionsnedsattning', 'autism'], focus: 'bor barn och ungdomar 7-20 år några dygn i månaden' },
      { name: 'Daglig verksamhet Lövhöjden', service: 'daglig-verksamhet-lss', district: 'lovhojden', places: 30, profiles: ['intellektuell-funktionsnedsattning'], focus: 'finns grupper för kök, tvätt, skapande och friskvård' },
      { name: 'Ekvallens aktivitetscenter', service: 'daglig-verksamhet-lss', district: 'ekvallen', places: 18, profiles: ['intellektuell-funktionsnedsattning'], focus: 'arbetar vi med sinnesupplevelser, musik och rörelse för dig som behöver mycket stöd' },
      { name: 'Servicegruppen Norrstrand', service: 'daglig-verksamhet-lss', district: 'norrstrand', places: 16, profiles: ['intellektuell-funktionsnedsattning'], focus: 'gör vi servicejobb i kommunens lokaler, till exempel att vattna blommor och sortera post' },
      { name: 'Habiliteringsgruppen Tallmo', service: 'daglig-verksamhet-lss', district: 'tallmo', places: 10, profiles: ['forvarvad-hjarnskada'], focus: 'får du som fått en hjärnskada i vuxen ålder träna och hitta nya sätt att klara vardagen' },
    ] },
  { id: 'vardagsgladje-lss', name: 'Vardagsglädje LSS AB', ownership: 'private', org: 'ab', services: ['korttidsvistelse-lss', 'daglig-verksamhet-lss'], home: 'norrstrand', languages: ['engelska', 'arabiska'], profiles: ['autism'], focus: 'har korttidsvistelse och daglig verksamhet med inriktning på autism',
    units: [
      { name: 'Korttidshemmet Vindrosen', service: 'korttidsvistelse-lss', district: 'norrstrand', places: 6, profiles: ['autism'], focus: 'bor barn och ungdomar med autism, och vi använder bildstöd och tydliga scheman' },
      { name: 'Vardagsglädjes aktivitetshus', service: 'daglig-verksamhet-lss', district: 'norrstrand', places: 20, profiles: ['autism', 'intellektuell-funktionsnedsattning'], focus: 'har du ett eget schema med aktiviteter som passar dig' },
    ] },
  { id: 'larkans-omsorg', name: 'Lärkans Omsorg AB', ownership: 'private', org: 'ab', services: ['korttidsvistelse-lss', 'daglig-verksamhet-lss', 'bostad-sarskild-service-lss'], home: 'ekvallen', languages: ['engelska', 'finska', 'spanska'], profiles: ['intellektuell-funktionsnedsattning'], focus: 'driver bostäder, korttidsvistelse och daglig verksamhet i östra kommundelen',
    units: [
      { name: 'Lärkans korttidsvistelse', service: 'korttidsvistelse-lss', district: 'lovhojden', places: 7, profiles: ['intellektuell-funktionsnedsattning'], focus: 'bor ungdomar 13-20 år, och vi gör mycket utflykter' },
      { name: 'Lärkans dagliga verksamhet', service: 'daglig-verksamhet-lss', district: 'ekvallen', places: 15, profiles: ['intellektuell-funktionsnedsattning'], focus: 'tar vi hand om hönor och kaniner och odlar i växthuset' },
      { name: 'Gruppbostaden Lärkan', service: 'bostad-sarskild-service-lss', district: 'ekvallen', places: 6, profiles: ['intellektuell-funktionsnedsattning'], focus: 'har du en egen lägenhet, och personal finns i huset dygnet runt' },
      { name: 'Servicebostaden Sjöbris', service: 'bostad-sarskild-service-lss', district: 'sjoviken', places: 9, profiles: ['autism'], focus: 'bor du i egen lägenhet nära centrum, och personalen finns i en lägenhet i samma hus' },
    ] },
  { id: 'sinnesro-omsorg', name: 'Sinnesro Omsorg AB', ownership: 'private', org: 'ab', services: ['korttidsvistelse-lss', 'daglig-verksamhet-lss'], home: 'stenudden', languages: ['engelska', 'bosniska'], profiles: ['autism'], focus: 'har lugna miljöer för personer som är känsliga för ljud och ljus',
    units: [
      { name: 'Korttidshemmet Sinnesro', service: 'korttidsvistelse-lss', district: 'stenudden', places: 6, profiles: ['autism'], focus: 'bor barn och ungdomar som behöver en lugn miljö' },
      { name: 'Sinnesrummet', service: 'daglig-verksamhet-lss', district: 'stenudden', places: 12, profiles: ['autism'], focus: 'finns ett sinnesrum, en bassäng och en lugn trädgård' },
    ] },
  { id: 'solglantan', name: 'Korttidshemmet Solgläntan AB', ownership: 'private', org: 'ab', services: ['korttidsvistelse-lss'], home: 'tallmo', languages: ['engelska', 'arabiska'], focus: 'driver ett korttidshem för barn i södra kommundelen',
    units: [{ name: 'Solgläntans korttidshem', service: 'korttidsvistelse-lss', district: 'tallmo', places: 8, profiles: ['intellektuell-funktionsnedsattning'], focus: 'bor barn 6-15 år, och vi har stor lekplats och egen minibuss' }] },
  { id: 'fyrens-korttids', name: 'Fyrens Korttidsverksamhet AB', ownership: 'private', org: 'ab', services: ['korttidsvistelse-lss'], home: 'norrstrand', languages: ['engelska'], focus: 'ordnar helgvistelser och läger',
    units: [{ name: 'Fyren helg- och lägerverksamhet', service: 'korttidsvistelse-lss', district: 'norrstrand', places: 10, profiles: ['intellektuell-funktionsnedsattning'], focus: 'åker vi på läger på loven och har helgvistelser med segling och friluftsliv' }] },
  { id: 'ekorrens-korttids', name: 'Ekorrens Korttids AB', ownership: 'private', org: 'ab', services: ['korttidsvistelse-lss'], home: 'sjoviken', languages: ['engelska', 'somaliska'], focus: 'driver ett korttidshem för barn och ungdomar',
    units: [{ name: 'Ekorrens korttidshem', service: 'korttidsvistelse-lss', district: 'sjoviken', places: 6, profiles: ['intellektuell-funktionsnedsattning'], focus: 'bor barn och ungdomar med flerfunktionsnedsättning, och vi har sjuksköterska knuten till huset' }] },
  { id: 'kompassrosen-omsorg', name: 'Kompassrosen Omsorg AB', ownership: 'private', org: 'ab', services: ['korttidsvistelse-lss'], home: 'ekvallen', languages: ['engelska', 'persiska'], profiles: ['unga-vuxna'], focus: 'har korttidsvistelse för ungdomar och unga vuxna',
    units: [{ name: 'Kompassrosens korttidsvistelse', service: 'korttidsvistelse-lss', district: 'ekvallen', places: 6, profiles: ['unga-vuxna', 'autism'], focus: 'bor ungdomar 16-25 år, och vi tränar på att klara sig själv inför att flytta hemifrån' }] },
  { id: 'helgfamiljen', name: 'Helgfamiljen Stöd AB', ownership: 'private', org: 'ab', services: ['korttidsvistelse-lss'], home: 'tallmo', authorisedSince: '2025-06-01', focus: 'startade en ny korttidsverksamhet hösten 2025',
    units: [{ name: 'Helggården', service: 'korttidsvistelse-lss', district: 'tallmo', places: 5, profiles: ['intellektuell-funktionsnedsattning'], openedOn: '2025-09-01', focus: 'bor barn på helgerna i ett hus på landet med djur' }] },
  { id: 'seglet-lager', name: 'Lägerverksamheten Seglet AB', ownership: 'private', org: 'ab', services: ['korttidsvistelse-lss'], home: 'sjoviken', languages: ['engelska'], focus: 'ordnar läger för barn och ungdomar på sommaren och på loven',
    units: [{ name: 'Lägergården Seglet', service: 'korttidsvistelse-lss', district: 'sjoviken', places: 12, profiles: ['intellektuell-funktionsnedsattning', 'autism'], focus: 'bor du i en lägergård vid vattnet med bad, kanoter och lägereld' }] },
  { id: 'verkstaden-granbacka', name: 'Verkstaden i Granbacka AB', ownership: 'private', org: 'ab', services: ['daglig-verksamhet-lss'], home: 'granbacka', languages: ['engelska'], focus: 'har en verkstad med snickeri och metall',
    units: [{ name: 'Verkstaden Granbacka', service: 'daglig-verksamhet-lss', district: 'granbacka', places: 14, profiles: ['intellektuell-funktionsnedsattning'], focus: 'bygger vi fågelholkar, bänkar och andra saker i trä och metall' }] },
  { id: 'farglicken', name: 'Ateljé Färgklicken AB', ownership: 'private', org: 'ab', services: ['daglig-verksamhet-lss'], home: 'sjoviken', languages: ['engelska', 'spanska'], focus: 'är en konstnärlig daglig verksamhet',
    units: [{ name: 'Ateljé Färgklicken', service: 'daglig-verksamhet-lss', district: 'sjoviken', places: 12, profiles: ['intellektuell-funktionsnedsattning'], focus: 'målar vi och gör utställningar två gånger om året' }] },
  { id: 'kreativa-huset', name: 'Kreativa Huset Exempel AB', ownership: 'private', org: 'ab', services: ['daglig-verksamhet-lss'], home: 'lovhojden', languages: ['engelska'], focus: 'har två verksamheter med teater, musik och film',
    units: [
      { name: 'Kreativa huset', service: 'daglig-verksamhet-lss', district: 'lovhojden', places: 18, profiles: ['intellektuell-funktionsnedsattning'], focus: 'gör vi film, poddar och musik' },
      { name: 'Kreativa huset Scen', service: 'daglig-verksamhet-lss', district: 'tallmo', places: 12, profiles: ['intellektuell-funktionsnedsattning'], focus: 'repeterar vi teater och sätter upp en föreställning varje termin' },
    ] },
  { id: 'cafe-sjoglimt', name: 'Café Sjöglimt Daglig Verksamhet AB', ownership: 'private', org: 'ab', services: ['daglig-verksamhet-lss'], home: 'sjoviken', languages: ['engelska', 'arabiska'], focus: 'driver ett café som är öppet för alla',
    units: [{ name: 'Café Sjöglimt', service: 'daglig-verksamhet-lss', district: 'sjoviken', places: 10, profiles: ['intellektuell-funktionsnedsattning'], focus: 'bakar vi, serverar och står i kassan i ett café vid vattnet' }] },
  { id: 'grona-fingrar', name: 'Trädgårdsgruppen Gröna Fingrar AB', ownership: 'private', org: 'ab', services: ['daglig-verksamhet-lss'], home: 'tallmo', languages: ['engelska'], focus: 'sköter trädgårdar och grönytor',
    units: [{ name: 'Gröna fingrar trädgård', service: 'daglig-verksamhet-lss', district: 'tallmo', places: 10, profiles: ['intellektuell-funktionsnedsattning'], focus: 'är vi mest utomhus och sköter trädgårdar åt föreningar och företag' }] },
  { id: 'snickeriet-tallmo', name: 'Snickeriet Tallmo AB', ownership: 'private', org: 'ab', services: ['daglig-verksamhet-lss'], home: 'tallmo', languages: ['engelska', 'polska'], focus: 'är ett snickeri som tar beställningar',
    units: [{ name: 'Snickeriet Tallmo', service: 'daglig-verksamhet-lss', district: 'tallmo', places: 8, profiles: ['intellektuell-funktionsnedsattning'], focus: 'tillverkar vi skärbrädor och möbler på beställning' }] },
  { id: 'musikverkstan', name: 'Musikverkstan AB', ownership: 'private', org: 'ab', services: ['daglig-verksamhet-lss'], home: 'norrstrand', languages: ['engelska'], focus: 'är en daglig verksamhet med musik i centrum',
    units: [{ name: 'Musikverkstan', service: 'daglig-verksamhet-lss', district: 'norrstrand', places: 12, profiles: ['intellektuell-funktionsnedsattning', 'autism'], focus: 'spelar vi i band, spelar in låtar och har konserter' }] },
  { id: 'mediahuset', name: 'Mediahuset Daglig Verksamhet AB', ownership: 'private', org: 'ab', services: ['daglig-verksamhet-lss'], home: 'sjoviken', languages: ['engelska'], focus: 'gör tidning och webb-tv',
    units: [{ name: 'Mediahuset', service: 'daglig-verksamhet-lss', district: 'sjoviken', places: 10, profiles: ['autism'], focus: 'gör vi en tidning och webb-tv om livet i Exempelkommun' }] },
  { id: 'stallet-ekvallen', name: 'Stallet Ekvallen AB', ownership: 'private', org: 'ab', services: ['daglig-verksamhet-lss'], home: 'ekvallen', languages: ['engelska'], focus: 'har ett stall med hästar, får och höns',
    units: [{ name: 'Stallet Ekvallen', service: 'daglig-verksamhet-lss', district: 'ekvallen', places: 10, profiles: ['intellektuell-funktionsnedsattning'], focus: 'sköter vi hästarna och de andra djuren varje dag' }] },
  { id: 'aterbruket-stenudden', name: 'Återbruket Stenudden AB', ownership: 'private', org: 'ab', services: ['daglig-verksamhet-lss'], home: 'stenudden', languages: ['engelska', 'finska'], focus: 'tar emot och säljer begagnade saker',
    units: [{ name: 'Återbruket', service: 'daglig-verksamhet-lss', district: 'stenudden', places: 14, profiles: ['intellektuell-funktionsnedsattning'], focus: 'sorterar, lagar och säljer vi begagnade saker i vår butik' }] },
  { id: 'bageriet-kanelen', name: 'Bageriet Kanelen AB', ownership: 'private', org: 'ab', services: ['daglig-verksamhet-lss'], home: 'granbacka', languages: ['engelska', 'turkiska'], focus: 'är ett bageri med egen butik',
    units: [{ name: 'Bageriet Kanelen', service: 'daglig-verksamhet-lss', district: 'granbacka', places: 9, profiles: ['intellektuell-funktionsnedsattning'], focus: 'bakar vi bröd och bullar som vi säljer i butiken och levererar till kaféer' }] },
  { id: 'aktiv-halsa', name: 'Friskvårdsgruppen Aktiv AB', ownership: 'private', org: 'ab', services: ['daglig-verksamhet-lss'], home: 'lovhojden', languages: ['engelska'], focus: 'har friskvård och träning som inriktning',
    units: [{ name: 'Aktiv hälsa', service: 'daglig-verksamhet-lss', district: 'lovhojden', places: 12, profiles: ['intellektuell-funktionsnedsattning'], focus: 'tränar vi, går promenader och lär oss om mat och hälsa' }] },
  { id: 'scenljus', name: 'Teaterföreningen Scenljus', ownership: 'nonprofit', org: 'forening', services: ['daglig-verksamhet-lss'], home: 'sjoviken', languages: ['engelska', 'teckenspråk'], focus: 'är en ideell teaterförening',
    units: [{ name: 'Teatergruppen Scenljus', service: 'daglig-verksamhet-lss', district: 'sjoviken', places: 10, profiles: ['intellektuell-funktionsnedsattning'], focus: 'spelar vi teater och åker på turné till skolor' }] },
  { id: 'arbetslaget', name: 'Arbetslaget Norrstrand AB', ownership: 'private', org: 'ab', services: ['daglig-verksamhet-lss'], home: 'norrstrand', languages: ['engelska', 'arabiska'], focus: 'hjälper deltagare att arbeta på vanliga arbetsplatser',
    units: [
      { name: 'Arbetslaget', service: 'daglig-verksamhet-lss', district: 'norrstrand', places: 20, profiles: ['intellektuell-funktionsnedsattning'], focus: 'har du din dagliga verksamhet på en vanlig arbetsplats, med stöd av en handledare' },
      { name: 'Arbetslaget Servicegruppen', service: 'daglig-verksamhet-lss', district: 'granbacka', places: 10, profiles: ['intellektuell-funktionsnedsattning'], focus: 'gör vi städning, tvätt och fastighetsskötsel i grupp' },
    ] },
  { id: 'pixel-dataverkstad', name: 'Dataverkstaden Pixel AB', ownership: 'private', org: 'ab', services: ['daglig-verksamhet-lss'], home: 'lovhojden', languages: ['engelska'], profiles: ['autism'], focus: 'arbetar med data och digitala uppdrag',
    units: [{ name: 'Pixel dataverkstad', service: 'daglig-verksamhet-lss', district: 'lovhojden', places: 10, profiles: ['autism'], focus: 'gör vi webbsidor, scannar bilder och testar appar' }] },
  { id: 'kvarnen', name: 'Kvarnens Dagliga Verksamhet AB', ownership: 'private', org: 'ab', services: ['daglig-verksamhet-lss'], home: 'tallmo', languages: ['engelska', 'bosniska'], focus: 'har en daglig verksamhet i en gammal kvarn',
    units: [{ name: 'Kvarnen', service: 'daglig-verksamhet-lss', district: 'tallmo', places: 16, profiles: ['intellektuell-funktionsnedsattning'], focus: 'gör vi hantverk, lagar mat och är ute i naturen' }] },
  { id: 'framsteget', name: 'Framsteget Daglig Verksamhet AB', ownership: 'private', org: 'ab', services: ['daglig-verksamhet-lss'], home: 'stenudden', languages: ['engelska'], profiles: ['forvarvad-hjarnskada'], authorisedSince: '2025-11-01', focus: 'startade 2026 en daglig verksamhet för personer med förvärvad hjärnskada',
    units: [{ name: 'Framsteget', service: 'daglig-verksamhet-lss', district: 'stenudden', places: 12, profiles: ['forvarvad-hjarnskada'], openedOn: '2026-02-02', focus: 'tränar du minne och planering, och vi samarbetar med arbetsterapeuter' }] },
  { id: 'rent-och-fint', name: 'Tvätteriet Rent & Fint AB', ownership: 'private', org: 'ab', services: ['daglig-verksamhet-lss'], home: 'ekvallen', authorisedSince: '2014-03-01', fate: 'ended', focus: 'drev ett tvätteri som daglig verksamhet',
    units: [{ name: 'Tvätteriet Rent & Fint', service: 'daglig-verksamhet-lss', district: 'ekvallen', places: 8, profiles: ['intellektuell-funktionsnedsattning'], closedOn: '2025-06-30', focus: 'tvättade och strök vi åt företag och privatpersoner' }] },
  { id: 'budbararen', name: 'Budbäraren Post och Bud AB', ownership: 'private', org: 'ab', services: ['daglig-verksamhet-lss'], home: 'sjoviken', languages: ['engelska'], focus: 'delar ut post och bud åt företag',
    units: [{ name: 'Budbäraren', service: 'daglig-verksamhet-lss', district: 'sjoviken', places: 10, profiles: ['intellektuell-funktionsnedsattning'], focus: 'delar vi ut post och paket till företag, till fots och med cykel' }] },
  { id: 'textilateljen-traden', name: 'Textilateljén Tråden AB', ownership: 'private', org: 'ab', services: ['daglig-verksamhet-lss'], home: 'granbacka', languages: ['engelska', 'arabiska', 'persiska'], focus: 'syr och väver på beställning',
    units: [{ name: 'Textilateljén Tråden', service: 'daglig-verksamhet-lss', district: 'granbacka', places: 9, profiles: ['intellektuell-funktionsnedsattning'], focus: 'syr, väver och broderar vi och säljer på marknader' }] },
];
