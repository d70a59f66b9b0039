// content/site.yaml: who publishes the example site, its profiles and start-page texts.
import type { z } from 'zod';
import type { siteSchema } from '../../src/schemas/site';
import { KOMMUN_SWITCHBOARD } from './identity';
import { HOW_KUNDVAL_WORKS, IF_YOU_DO_NOT_CHOOSE } from './texts';
import { PUBLISHED_ON } from './world';

export type SiteInput = z.input<typeof siteSchema>;

export const PROFILES: SiteInput['profiles'] = [
  {
    id: 'demens',
    name: 'Demensinriktning',
    description: 'Personalen har särskild utbildning i demenssjukdomar, och miljön är anpassad för personer med demens.',
  },
  { id: 'somatik', name: 'Somatisk inriktning', description: 'För dig som har en kroppslig sjukdom eller funktionsnedsättning och behöver mycket omvårdnad.' },
  {
    id: 'psykiatri',
    name: 'Psykiatrisk inriktning',
    description: 'För dig som har en psykisk sjukdom eller psykisk funktionsnedsättning. Personalen har utbildning i psykiatri.',
  },
  { id: 'palliativ', name: 'Vård i livets slut', description: 'Personalen har särskild kunskap om palliativ vård, alltså vård i livets slutskede.' },
  { id: 'hbtq', name: 'HBTQ-certifierad', description: 'Verksamheten är HBTQ-certifierad och har kunskap om hbtq-personers livsvillkor.' },
  {
    id: 'finskspraklig',
    name: 'Finskspråkig verksamhet',
    description:
      'Personalen talar finska. Exempelkommun ingår i förvaltningsområdet för finska, och du har rätt att få hela eller delar av omsorgen på finska.',
  },
  { id: 'judisk', name: 'Judisk profil', description: 'Verksamheten lagar koshermat och firar judiska högtider.' },
  { id: 'muslimsk', name: 'Muslimsk profil', description: 'Verksamheten lagar halalmat och tar hänsyn till muslimska högtider och seder.' },
  { id: 'sprakprofil-arabiska', name: 'Arabisktalande personal', description: 'Många i personalen talar arabiska.' },
  { id: 'sprakprofil-persiska', name: 'Persisktalande personal', description: 'Många i personalen talar persiska eller dari.' },
  { id: 'autism', name: 'Autism', description: 'Inriktning på personer med autism, med tydlig struktur och anpassad miljö.' },
  {
    id: 'intellektuell-funktionsnedsattning',
    name: 'Intellektuell funktionsnedsättning',
    description: 'Inriktning på personer med intellektuell funktionsnedsättning.',
  },
  {
    id: 'forvarvad-hjarnskada',
    name: 'Förvärvad hjärnskada',
    description: 'För dig som har fått en hjärnskada i vuxen ålder, till exempel efter en olycka eller stroke.',
  },
  { id: 'unga-vuxna', name: 'Unga vuxna', description: 'Inriktning på ungdomar och unga vuxna, ungefär 16-30 år.' },
];

export function buildSite(): SiteInput {
  return {
    name: 'Exempelkommun',
    municipalityCode: '0182',
    isExample: true,
    siteUrl: 'https://kundval.exempelkommun.se',
    basePath: '/',
    language: 'sv',
    publisher: 'Exempelkommun, socialförvaltningen',
    contact: { name: 'Kundvalsenheten', phone: KOMMUN_SWITCHBOARD, email: 'kundval@exempelkommun.se', web: 'https://www.exempelkommun.se' },
    dataPublishedOn: PUBLISHED_ON,
    freshnessMonths: 24,
    licence: { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
    theme: { primary: '#005a9c', accent: '#6b2c91' },
    profiles: PROFILES,
    about: { howKundvalWorks: HOW_KUNDVAL_WORKS, ifYouDoNotChoose: IF_YOU_DO_NOT_CHOOSE },
    accessibility: {
      status: 'partial',
      assessedOn: '2026-10-01',
      knownIssues: [
        'Jämförelsetabellen kan vara svår att läsa med skärmläsare när fler än tre anordnare jämförs.',
        'Några PDF-filer med uppföljningsrapporter är inte tillgänglighetsanpassade. Kontakta oss om du behöver en rapport i ett annat format.',
      ],
      feedbackEmail: 'tillganglighet@exempelkommun.se',
    },
  };
}
