// Synthetic content for the search bench: a kommun-sized or country-sized
// hemtjänst with providers named, placed and described the way real ones are.
// Deterministic (seeded), so every run measures the same records.
import type { ContentModel } from '../../../src/lib/catalog/model';
import { seededRandom } from '../../lib/seeded-random';
import type { IndicatorValue } from '../../../src/schemas/indicator-value';
import type { Provider } from '../../../src/schemas/provider';

const FIRST_NAMES = [
  'Linda',
  'Anna',
  'Maria',
  'Karin',
  'Sara',
  'Eva',
  'Lena',
  'Kerstin',
  'Ingrid',
  'Malin',
  'Emma',
  'Johanna',
  'Sofia',
  'Amina',
  'Fatima',
  'Leila',
  'Aida',
  'Mirja',
  'Helena',
  'Åsa',
  'Göran',
  'Anders',
  'Erik',
  'Lars',
  'Mohammed',
  'Ali',
  'Hassan',
  'Omar',
  'Jukka',
  'Pekka',
  'Björn',
  'Örjan',
  'Jönsson',
  'Nilsson',
  'Ahmed',
];
const PLACE_START = [
  'Björk',
  'Ek',
  'Tall',
  'Gran',
  'Sol',
  'Sjö',
  'Äng',
  'Lind',
  'Ros',
  'Berg',
  'Strand',
  'Hav',
  'Älv',
  'Skog',
  'Ljung',
  'Vik',
  'Näs',
  'Lövs',
  'Hag',
  'Åker',
  'Mos',
  'Ås',
  'Bäck',
  'Dal',
  'Fjäll',
  'Kvarn',
  'Lunda',
  'Mål',
  'Norr',
  'Söder',
  'Väster',
  'Öster',
  'Hög',
  'Lill',
  'Stor',
  'Blå',
  'Grön',
  'Guld',
  'Silver',
  'Kung',
];
const PLACE_END = [
  'gården',
  'backen',
  'dalen',
  'hagen',
  'viken',
  'udden',
  'lunden',
  'hemmet',
  'torpet',
  'stugan',
  'ängen',
  'bo',
  'höjden',
  'slätten',
  'holmen',
  'näset',
  'by',
  'sund',
  'vallen',
  'åsen',
  'berga',
  'stad',
  'lid',
  'hult',
  'ryd',
];
const SYLLABLES = [
  'ka',
  'ro',
  'li',
  'na',
  'vi',
  'sa',
  'mo',
  'te',
  'ri',
  'lo',
  'ma',
  'ne',
  'to',
  'ja',
  'ku',
  'se',
  'da',
  'fi',
  'gö',
  'hä',
  'bå',
  'ur',
  'el',
  'an',
  'or',
  'is',
  'ul',
  'em',
  'ad',
  'in',
];
const SUFFIXES = ['omsorg', 'omsorg AB', 'hemtjänst', 'hemtjänst AB', 'vård och omsorg', 'assistans', 'omsorg och service', 'Care', 'vård AB', 'seniorservice'];
const LANGUAGES: [string, number][] = [
  ['engelska', 0.35],
  ['arabiska', 0.14],
  ['finska', 0.12],
  ['persiska', 0.08],
  ['somaliska', 0.06],
  ['bosniska', 0.05],
  ['serbiska', 0.04],
  ['kroatiska', 0.04],
  ['spanska', 0.05],
  ['polska', 0.05],
  ['tigrinja', 0.03],
  ['turkiska', 0.04],
  ['kurdiska', 0.05],
  ['tyska', 0.04],
  ['ryska', 0.03],
  ['thailändska', 0.02],
  ['teckenspråk', 0.02],
  ['meänkieli', 0.01],
  ['samiska', 0.01],
  ['romani', 0.01],
  ['grekiska', 0.02],
  ['ukrainska', 0.03],
  ['dari', 0.03],
  ['pashto', 0.02],
  ['estniska', 0.01],
];
const PROFILES: [string, string, number][] = [
  ['demens', 'Demensinriktning', 0.2],
  ['hbtq', 'HBTQ-certifierad', 0.08],
  ['finskspraking', 'Finskspråkig verksamhet', 0.05],
  ['kosher', 'Koschermat', 0.01],
  ['halal', 'Halalmat', 0.04],
  ['palliativ', 'Palliativ vård', 0.06],
  ['psykiatri', 'Psykisk ohälsa', 0.05],
  ['syn-horsel', 'Syn- och hörselnedsättning', 0.03],
];
const AREA_WORDS = ['Norra', 'Södra', 'Östra', 'Västra', 'Centrala', 'Inre', 'Yttre'];

export interface SyntheticOptions {
  providers: number;
  seed?: number;
}

function orgNumber(i: number): string {
  // 16xxxxxx-xxxx style numbers with a valid Luhn digit; digits 3-4 >= 20 (a legal person).
  const body = `55${String(2000000 + i).slice(-7)}`.slice(0, 9);
  const digits = body.split('').map(Number);
  let sum = 0;
  for (let k = 0; k < 9; k++) {
    let d = digits[k] * (k % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  const check = (10 - (sum % 10)) % 10;
  return `${body.slice(0, 6)}-${body.slice(6)}${check}`;
}

export function syntheticContent({ providers: count, seed = 7 }: SyntheticOptions): ContentModel {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const place = () => pick(PLACE_START) + pick(PLACE_END);
  const coined = () => {
    const s = Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => pick(SYLLABLES)).join('');
    return s[0].toUpperCase() + s.slice(1);
  };
  const name = (): string => {
    const r = rnd();
    if (r < 0.2) return `${pick(FIRST_NAMES)}s ${pick(SUFFIXES)}`;
    if (r < 0.55) return `${place()}s ${pick(SUFFIXES)}`;
    if (r < 0.75) return `${coined()} ${pick(SUFFIXES)}`;
    if (r < 0.9) return `Omsorgshuset ${place()}`;
    return `${coined()}${pick(PLACE_END)} ${pick(['AB', 'omsorg', 'Care', 'service'])}`;
  };
  // About one area per 25 providers: a kommun has a handful, the country hundreds.
  const areaCount = Math.max(4, Math.round(count / 25));
  const areas = Array.from({ length: areaCount }, (_, i) => ({ id: `omrade-${i + 1}`, name: `${AREA_WORDS[i % AREA_WORDS.length]} ${place()}` }));

  const providers: Provider[] = [];
  const values: IndicatorValue[] = [];
  for (let i = 0; i < count; i++) {
    const id = `p-${i + 1}`;
    const languages = ['svenska', ...LANGUAGES.filter(([, p]) => rnd() < p).map(([l]) => l)];
    const profiles = PROFILES.filter(([, , p]) => rnd() < p).map(([pid]) => pid);
    const own = rnd();
    const cap = rnd();
    providers.push({
      id,
      name: name(),
      orgNumber: orgNumber(i),
      soleTrader: false,
      ownership: own < 0.7 ? 'private' : own < 0.9 ? 'municipal' : 'nonprofit',
      services: ['hemtjanst'],
      authorisedSince: '2020-01-01',
      statusHistory: [{ status: 'active', date: '2020-01-01' }],
      contact: { phone: '08-123 456 00' },
      description: 'Hemtjänst med fast personal.',
      languages,
      profiles,
      areas: [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(areas).id))],
      capacity: { acceptsNewCustomers: cap < 0.6 ? 'yes' : cap < 0.85 ? 'waiting-list' : 'no', confirmedOn: '2025-05-01' },
      updatedOn: '2025-05-01',
    });
    const state = rnd();
    const n = 3 + Math.floor(rnd() * 80);
    values.push({
      indicator: 'nojdhet',
      subjectType: 'provider',
      subject: id,
      period: '2024',
      source: 'Socialstyrelsen',
      publishedOn: '2025-01-15',
      ...(state < 0.8 ? { state: 'value', value: Math.round(60 + rnd() * 40), n } : state < 0.9 ? { state: 'missing' } : { state: 'not-measured' }),
    } as IndicatorValue);
    if (rnd() < 0.7)
      values.push({
        indicator: 'kontinuitet',
        subjectType: 'provider',
        subject: id,
        period: '2024',
        state: 'value',
        value: 5 + Math.round(rnd() * 15),
        n: 20,
        source: 'Kvalitetsredovisning',
        publishedOn: '2025-03-15',
      });
  }

  return {
    site: {
      name: 'Benchkommun',
      municipalityCode: '0999',
      isExample: true,
      siteUrl: 'https://example.invalid',
      basePath: '/',
      language: 'sv',
      publisher: 'Benchkommun',
      contact: {},
      dataPublishedOn: '2025-06-01',
      freshnessMonths: 24,
      capacityMaxAgeMonths: 3,
      licence: { name: 'CC0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
      theme: { primary: '#005a9c', accent: '#6b2c91' },
      headers: { frameAncestors: [], hsts: { maxAge: 31536000, includeSubDomains: false } },
      profiles: PROFILES.map(([id, pname]) => ({ id, name: pname })),
      about: { howKundvalWorks: 'x', ifYouDoNotChoose: 'x' },
      accessibility: { status: 'partial', assessedOn: '2025-01-01', knownIssues: [], feedbackEmail: 'a@example.invalid' },
    },
    services: [
      {
        id: 'hemtjanst',
        name: 'Hemtjänst',
        legalBasis: 'SoL',
        choiceLevel: 'provider',
        targetGroup: 'x',
        description: 'x',
        howToApply: 'x',
        howToSwitch: 'x',
        payment: { unit: 'hour', description: 'x' },
        areas,
        keyIndicators: ['nojdhet', 'kontinuitet'],
        order: 1,
      },
    ],
    providers,
    units: [],
    conditions: [],
    indicators: [
      {
        id: 'nojdhet',
        name: 'Nöjdhet med hemtjänsten',
        question: 'q',
        explanation: 'e',
        unit: 'percent',
        betterDirection: 'higher',
        countsWhat: 'answers',
        source: { kind: 'socialstyrelsen', name: 'Socialstyrelsen' },
        minAnswers: 7,
        minAnswersRule: 'r',
        services: ['hemtjanst'],
      },
      {
        id: 'kontinuitet',
        name: 'Personalkontinuitet',
        question: 'q',
        explanation: 'e',
        unit: 'number',
        betterDirection: 'lower',
        countsWhat: 'customers',
        source: { kind: 'provider-report', name: 'Kvalitetsredovisning' },
        minAnswers: 5,
        minAnswersRule: 'r',
        services: ['hemtjanst'],
      },
    ],
    indicatorValues: values,
    qualityReports: [],
    followUps: [],
  };
}
