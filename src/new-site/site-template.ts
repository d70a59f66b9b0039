// site.yaml for a new kommun: the kommun's name and code from SCB's list, and
// placeholders for everything only the kommun knows (its web address, contact,
// who publishes, the accessibility statement). Placeholders are valid, so the
// site builds at once, and npm run validate lists each one until it is replaced.
import type { z } from 'zod';
import type { Kommun } from '../lib/kommuner/kommuner';
import { EDIT_MARK, PLACEHOLDER_HOST } from '../lib/placeholders/placeholders';
import type { siteSchema } from '../schemas/site';

export type SiteInput = z.input<typeof siteSchema>;

const marked = (text: string) => `${EDIT_MARK} ${text}`;

/** Profiles many kundval use; the kommun keeps, renames or adds to them. */
const STARTER_PROFILES: SiteInput['profiles'] = [
  { id: 'demens', name: 'Demensinriktning', description: 'Personalen har särskild utbildning i demenssjukdomar.' },
  { id: 'psykiatri', name: 'Psykiatrisk inriktning', description: 'Personalen har utbildning i psykiatri.' },
  { id: 'hbtq', name: 'HBTQ-certifierad', description: 'Verksamheten är HBTQ-certifierad.' },
];

export function siteFile(kommun: Kommun, today: string): SiteInput {
  return {
    name: kommun.name,
    municipalityCode: kommun.code,
    isExample: false,
    siteUrl: `https://kundval.${PLACEHOLDER_HOST}`,
    basePath: '/',
    language: 'sv',
    publisher: marked(`${kommun.name}: skriv kommunens och förvaltningens namn`),
    contact: { name: marked('Kundvalsenheten'), email: `kundval@${PLACEHOLDER_HOST}` },
    dataPublishedOn: today,
    freshnessMonths: 24,
    licence: { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
    profiles: STARTER_PROFILES,
    about: {
      howKundvalWorks: marked(
        'Kundval betyder att du själv väljer vem som ska ge dig den hjälp du har fått beslut om. Det kan vara ett privat företag, en idéburen organisation eller kommunens egen verksamhet. Alla som finns här är godkända av kommunen och ska följa samma villkor.\n\nDu kan byta när du vill, och du behöver inte säga varför. Be gärna en anhörig eller någon annan du litar på att hjälpa dig att välja.',
      ),
      ifYouDoNotChoose: marked(
        'Du måste inte välja. Om du inte vill eller inte kan välja får du ändå den hjälp du har rätt till. Du kan alltid välja senare. Kontakta din handläggare om du har frågor.',
      ),
    },
    accessibility: {
      status: 'partial',
      assessedOn: today,
      knownIssues: [marked('Kommunen har ännu inte granskat webbplatsen. Skriv här de brister ni hittar när ni granskar den, eller ta bort raden.')],
      feedbackEmail: `tillganglighet@${PLACEHOLDER_HOST}`,
    },
  };
}

/** Comments written above the keys of site.yaml, for the person filling it in. */
export const SITE_KEY_COMMENTS: Record<string, string> = {
  name: 'Kommunens namn som det står överst på varje sida. Skriv gärna hela namnet, t.ex. "Nacka kommun".',
  siteUrl:
    'Webbplatsens riktiga adress, t.ex. https://kundval.kommunen.se. Ligger den under en sökväg\n(https://www.kommunen.se/kundval/), skriv sökvägen i basePath: /kundval/',
  publisher: 'Vem som ger ut uppgifterna, t.ex. kommunens namn och förvaltningen.',
  contact: 'Hur invånare når kommunen om kundvalet: namn, telefon (phone), e-post (email) och webbplats (web).',
  dataPublishedOn: 'Datum då uppgifterna publiceras. Ändra det varje gång ni publicerar nya uppgifter.',
  licence: 'Licensen för öppna data. CC0 är vanligast för offentliga data; ändra om kommunen har valt en annan.',
  profiles: 'Inriktningar som anordnare och verksamheter kan ha. Behåll, ändra eller lägg till.',
  about: 'Texterna på startsidan.',
  accessibility:
    'Tillgänglighetsredogörelsen: status (full, partial eller none), datum då webbplatsen\nsenast granskades, kända brister och e-post för synpunkter.',
};
