// Plain-language Swedish texts: the start page, descriptions of providers and units,
// sentences for quality reports and findings of follow-ups.

export const HOW_KUNDVAL_WORKS = `Kundval betyder att du själv väljer vem som ska ge dig den hjälp du har fått beslut om. Det kan vara ett privat företag, en idéburen organisation eller kommunens egen verksamhet. Alla som finns på den här webbplatsen är godkända av kommunen och måste följa samma regler.

Så här går det till:
1. Du ansöker om hjälp hos kommunen. En handläggare pratar med dig om vad du behöver och fattar ett beslut.
2. Du jämför anordnarna här. Du kan se vilka språk personalen talar, vad andra kunder tycker och vad kommunen har sett när den har följt upp verksamheten.
3. Du berättar för din handläggare vem du har valt.
4. Du kan byta när du vill, och du behöver inte säga varför.

Det kostar lika mycket för dig oavsett vem du väljer. Be gärna en anhörig eller någon annan du litar på att hjälpa dig att välja.`;

export const IF_YOU_DO_NOT_CHOOSE = `Du måste inte välja. Om du inte vill eller inte kan välja får du ändå den hjälp du har rätt till. För de flesta tjänster får du då hjälp av kommunens egen verksamhet, det som kallas ickevalsalternativ. För särskilt boende erbjuder kommunen dig en plats på ett boende som har en ledig lägenhet som passar dig.

Du kan alltid välja senare, och du kan byta när du vill. Kontakta din handläggare om du har frågor.`;

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** "2026-03-18" -> "18 mars 2026". */
export function dateInWords(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "2026-03-01" -> "mars 2026". */
export function monthInWords(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return `${MONTHS[m - 1]} ${y}`;
}

/** "a, b och c". */
export function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Closing sentence of a provider's description, per service. */
export const SERVICE_CLOSING: Record<string, string> = {
  hemtjanst: 'Du når oss på telefon alla dagar, och du får alltid veta i förväg om en ny person kommer till dig.',
  'sarskilt-boende': 'Du och dina anhöriga är välkomna på ett besök innan du väljer.',
  familjeradgivning: 'Ring eller mejla oss för att boka en första tid. Samtalen sker på mottagningen eller digitalt.',
  familjebehandling: 'Vi träffar familjen där det passar bäst: hemma, på mottagningen eller i skolan.',
  'dagverksamhet-aldre': 'Du är välkommen att komma på ett prova-på-besök.',
  'sysselsattning-psykisk': 'Du är välkommen att besöka oss och prova på innan du bestämmer dig.',
  boendestod: 'Vi kommer överens med dig om när och hur stödet ska ges.',
  'korttidsvistelse-lss': 'Ni är välkomna att besöka oss tillsammans innan ni väljer.',
  'oppenvard-missbruk': 'Du kan börja behandlingen inom två veckor från att vi fått beställningen.',
  'daglig-verksamhet-lss': 'Kom gärna och prova på en dag innan du väljer.',
  'ledsagar-avlosarservice-lss': 'Vi försöker alltid att du ska ha samma ledsagare eller avlösare.',
  'bostad-sarskild-service-lss': 'Kontakta oss om du vill komma på besök.',
};

/** Sentence on the size of a unit. */
export const PLACES_SENTENCE: Record<string, (n: number) => string> = {
  'sarskilt-boende': (n) => `Boendet har ${n} lägenheter.`,
  'dagverksamhet-aldre': (n) => `Dagverksamheten tar emot ${n} personer per dag.`,
  'sysselsattning-psykisk': (n) => `Verksamheten har plats för ${n} deltagare.`,
  'korttidsvistelse-lss': (n) => `Korttidsverksamheten har ${n} platser per dygn.`,
  'daglig-verksamhet-lss': (n) => `Verksamheten har plats för ${n} deltagare.`,
  'bostad-sarskild-service-lss': (n) => `Bostaden har ${n} lägenheter.`,
};

export type TextFamily = 'care' | 'elderly' | 'counselling';

export function textFamily(serviceId: string): TextFamily {
  if (['hemtjanst', 'sarskilt-boende', 'dagverksamhet-aldre'].includes(serviceId)) return 'elderly';
  if (['familjeradgivning', 'familjebehandling', 'oppenvard-missbruk'].includes(serviceId)) return 'counselling';
  return 'care';
}

/**
 * Sentences for the eight quality aspects of a quality report. {who} is the people
 * served ("kunderna", "de boende"...), {Who} the same with a capital letter.
 */
export const ASPECT_SENTENCES: Record<TextFamily | 'any', Record<string, string[]>> = {
  any: {
    accessibility: [
      'Vi svarar i telefon vardagar mellan 8 och 17, och det går också bra att mejla eller skicka sms.',
      'Vår information finns på lättläst svenska och på flera andra språk.',
      'Vi använder tolk när det behövs, och flera i personalen talar andra språk än svenska.',
      'Våra lokaler går att ta sig till med rullstol och rollator.',
    ],
    participation: [
      'Vi har frågat {who} vad de tycker om verksamheten, och flera förslag har genomförts under året.',
      'Vi har ställt samma frågor som i vår enkät till anhöriga, och svaren har gåtts igenom på personalmöten.',
    ],
    selfDetermination: [
      'Vi frågar alltid hur {who} vill ha sin hjälp och skriver ner det.',
      'Personalen har gått en utbildning om självbestämmande och integritet.',
    ],
    holisticView: [
      'Vi ser till hela livssituationen och inte bara till det som står i beslutet.',
      'Vi tar hänsyn till kultur, språk, religion och sexuell läggning.',
    ],
    coordination: [
      'Vi träffar kommunens handläggare minst två gånger om året.',
      'Vi använder samordnad individuell plan (SIP) när flera verksamheter ger stöd till samma person.',
    ],
    knowledgeBased: ['Vi använder Socialstyrelsens kunskapsstöd och nationella riktlinjer.', 'Personalen har handledning en gång i månaden.'],
    efficiency: [
      'Vi följer upp att det som är beslutat också blir utfört.',
      'Vi går igenom avvikelser och klagomål varje månad för att se vad vi kan göra bättre.',
    ],
    safety: [
      'Vi har rutiner för avvikelser, klagomål och lex Sarah, och all personal vet hur de ska rapportera.',
      'Klagomål tas emot av verksamhetschefen och besvaras inom två veckor.',
    ],
  },
  care: {
    accessibility: ['{Who} kan nå sin kontaktperson direkt på telefon.', 'Vi har bildstöd och tydliga scheman för den som behöver det.'],
    participation: [
      'Varje person har en genomförandeplan som vi skriver tillsammans med hen.',
      'Genomförandeplanerna följs upp minst två gånger om året.',
      '{Who} är med och planerar aktiviteterna varje vecka.',
    ],
    selfDetermination: [
      '{Who} väljer själva vilka aktiviteter de vill vara med på.',
      'Vi har arbetat med att minska begränsningar och använder dem bara när det finns ett beslut.',
    ],
    holisticView: ['Varje person har en kontaktperson som känner hen väl.', 'Vi samarbetar med anhöriga, god man och vården, så att stödet hänger ihop.'],
    coordination: [
      'Vi har samverkansmöten med habilitering och psykiatri.',
      'Vi har en rutin för hur vi rapporterar förändringar i hälsan till sjuksköterskan.',
    ],
    knowledgeBased: ['All personal har gått utbildning i lågaffektivt bemötande.', 'Under året har flera medarbetare gått vidareutbildning på arbetstid.'],
    efficiency: ['Vi planerar scheman så att {who} möter så få olika personer som möjligt.', 'Vi har låg personalomsättning, vilket ger mer tid till {who}.'],
    safety: ['All personal har gått utbildning i brandskydd och hjärt-lungräddning.', 'Vi har kontrollerat utdrag ur belastningsregistret för all personal.'],
  },
  elderly: {
    accessibility: ['Nya {who} och deras anhöriga har en utsedd kontaktperson de första veckorna.', 'Anhöriga kan nå personalen alla dagar mellan 7 och 21.'],
    participation: [
      'Varje person har en genomförandeplan som vi skriver tillsammans med hen och, om hen vill, med anhöriga.',
      'Genomförandeplanerna följs upp minst två gånger om året.',
      'Anhöriga bjuds in till ett anhörigmöte varje vår och höst.',
    ],
    selfDetermination: [
      '{Who} bestämmer själva när på dagen de vill ha hjälp, så långt det går.',
      'Den som vill kan välja om hjälpen ska ges av kvinnlig eller manlig personal.',
    ],
    holisticView: [
      'Vi uppmärksammar ensamhet och erbjuder sociala aktiviteter och promenader.',
      'Varje person har en kontaktman i personalen som håller ihop kontakten med anhöriga.',
    ],
    coordination: [
      'Vi har regelbundna möten med sjuksköterskor och arbetsterapeuter i kommunens hälso- och sjukvård.',
      'När någon kommer hem från sjukhuset har vi en rutin för att hjälpen ska fungera redan samma dag.',
    ],
    knowledgeBased: [
      'All personal har gått utbildning i demensvård enligt Socialstyrelsens riktlinjer.',
      'Under året har flera medarbetare gått undersköterskeutbildning på arbetstid.',
      'Vi använder Senior alert för att förebygga fall, trycksår och undernäring.',
    ],
    efficiency: [
      'Vi planerar så att {who} möter så få olika personer som möjligt.',
      'Vi har digitala verktyg för planering och dokumentation, vilket ger mer tid till {who}.',
    ],
    safety: ['Vi gör riskbedömningar för fall, trycksår och undernäring för alla som vill.', 'Vi har gått igenom rutinerna för nycklar och larm under året.'],
  },
  counselling: {
    accessibility: ['De flesta får en första tid inom två veckor.', 'Vi har tider på kvällen för den som arbetar dagtid.'],
    participation: [
      'Vi bestämmer tillsammans med {who} vad samtalen ska handla om.',
      'Efter sista samtalet får {who} svara på en kort enkät om hur de upplevde stödet.',
    ],
    selfDetermination: [
      'Samtalen är frivilliga, och {who} bestämmer själva hur många gånger de vill komma.',
      '{Who} kan välja om de vill träffa en kvinnlig eller manlig behandlare.',
    ],
    holisticView: [
      'Vi tar hänsyn till hela familjens situation, också till barnen.',
      'Vi uppmärksammar våld i nära relationer och frågar om det i första samtalet.',
    ],
    coordination: [
      'Vi hänvisar vidare till vården eller socialtjänsten när det behövs, om {who} vill det.',
      'Vi har en rutin för samarbete med socialtjänsten när vi oroar oss för ett barn.',
    ],
    knowledgeBased: [
      'Alla behandlare har högskoleutbildning och vidareutbildning i familjeterapi eller psykoterapi.',
      'Vi använder metoder som har stöd i forskning och följer upp resultatet med skattningsformulär.',
    ],
    efficiency: ['Vi har korta väntetider genom att planera tider flera veckor framåt.', 'Vi följer upp varje avslutad kontakt för att se om målen nåddes.'],
    safety: ['Vi har tystnadsplikt och förvarar uppgifter om {who} säkert.', 'Vi anmäler till socialtjänsten när vi oroar oss för att ett barn far illa.'],
  },
};

/** Per condition: what a follow-up writes when it is partly met or not met, and the action asked for. */
export const CONDITION_TEXTS: Record<string, { met: string; partly: [string, string]; notMet: [string, string] }> = {
  mal: {
    met: 'Verksamhetsplanen beskriver mål och hur de följs upp.',
    partly: ['Verksamhetsplanen beskriver målen men inte hur de ska följas upp.', 'Komplettera verksamhetsplanen med hur målen följs upp.'],
    notMet: ['Anordnaren kunde inte visa hur målen för verksamheten ska nås.', 'Ta fram en verksamhetsplan med mål och uppföljning.'],
  },
  nycklar: {
    met: 'Rutinen för nycklar finns och följs.',
    partly: ['Rutinen för nycklar finns, men kvitteringslistorna var inte ifyllda för alla nycklar.', 'Se till att alla nycklar kvitteras enligt rutinen.'],
    notMet: [
      'Det fanns ingen fungerande rutin för nycklar, och två nycklar kunde inte redovisas.',
      'Inför en rutin för nycklar och gå igenom alla nycklar tillsammans med kunderna.',
    ],
  },
  'ledning-kompetens': {
    met: 'Verksamhetschefen har den utbildning och erfarenhet som krävs.',
    partly: ['Verksamhetschefen saknar en del av den utbildning som krävs men går en ledarutbildning.', 'Skicka in intyg när ledarutbildningen är klar.'],
    notMet: [
      'Den som leder verksamheten saknar den utbildning och erfarenhet som krävs.',
      'Utse en verksamhetschef med rätt kompetens och anmäl hen till kommunen.',
    ],
  },
  'ledning-byte': {
    met: 'Senaste bytet av verksamhetschef anmäldes i tid.',
    partly: ['Bytet av verksamhetschef anmäldes till kommunen först två månader efter bytet.', 'Anmäl framtida byten till kommunen innan de sker.'],
    notMet: ['Verksamhetschefen hade bytts ut utan att kommunen fått veta det.', 'Anmäl den nya verksamhetschefen till kommunen för godkännande.'],
  },
  avvikelser: {
    met: 'Avvikelser rapporteras och följs upp.',
    partly: [
      'Avvikelser rapporteras, men de analyseras inte och leder sällan till förbättringar.',
      'Gå igenom avvikelserna varje månad och skriv ner vilka åtgärder ni gör.',
    ],
    notMet: [
      'Allvarliga avvikelser hade inte rapporterats till kommunen.',
      'Rapportera alla allvarliga avvikelser till kommunen inom två dagar och utbilda personalen i rutinen.',
    ],
  },
  lagar: {
    met: 'Anordnaren är registrerad och har inga skulder för skatter eller avgifter.',
    partly: ['Anordnaren hade en skuld för arbetsgivaravgifter, som betalades under uppföljningen.', 'Skicka in ett nytt utdrag från Skatteverket.'],
    notMet: ['Anordnaren hade obetalda skatter och avgifter hos Kronofogden.', 'Betala skulderna och skicka in utdrag som visar det.'],
  },
  'personal-kompetens': {
    met: 'Personalen har den utbildning och erfarenhet som krävs.',
    partly: ['Andelen personal med rätt utbildning är lägre än vad kommunen kräver.', 'Ta fram en plan för hur fler i personalen ska få utbildning.'],
    notMet: [
      'Flera i personalen saknade den utbildning och introduktion som krävs för att arbeta ensamma.',
      'Se till att all personal har rätt utbildning och introduktion innan de arbetar ensamma.',
    ],
  },
  'ta-emot-alla': {
    met: 'Anordnaren tar emot alla som väljer dem.',
    partly: [
      'Anordnaren hade tackat nej till två kunder trots att kapacitetstaket inte var nått.',
      'Ta emot alla som väljer er inom kapacitetstaket, eller ändra kapacitetstaket.',
    ],
    notMet: ['Anordnaren tackade flera gånger nej till kunder med stora behov.', 'Ta emot alla som väljer er inom kapacitetstaket.'],
  },
  'medverka-uppfoljning': {
    met: 'Kvalitetsredovisningen lämnades in i tid.',
    partly: ['Kvalitetsredovisningen lämnades in efter sista dagen.', 'Lämna in kvalitetsredovisningen i tid nästa år.'],
    notMet: ['Anordnaren har inte lämnat in någon kvalitetsredovisning.', 'Lämna in kvalitetsredovisningen.'],
  },
};

export const FOLLOW_UP_INTRO: Record<string, (subject: string) => string> = {
  planned: (s) => `Kommunen gjorde en planerad uppföljning av ${s}.`,
  'unannounced-visit': (s) => `Kommunen gjorde ett oanmält besök hos ${s}.`,
  'in-depth-review': (s) => `Kommunen gjorde en fördjupad granskning av ${s}.`,
  'complaint-investigation': (s) => `Kommunen utredde klagomål som kommit in om ${s}.`,
  'dialogue-meeting': (s) => `Kommunen hade ett dialogmöte med ${s}.`,
};
