// Builds small valid content models in code for lib tests, so each test shows
// only the data it is about.
import type { ContentModel } from '../../../src/lib/catalog/model';
import type { Indicator } from '../../../src/schemas/indicator';
import type { IndicatorValue } from '../../../src/schemas/indicator-value';
import type { Provider } from '../../../src/schemas/provider';
import type { Service } from '../../../src/schemas/service';
import type { Unit } from '../../../src/schemas/unit';

export function service(over: Partial<Service> = {}): Service {
  return {
    id: 'hemtjanst',
    name: 'Hemtjänst',
    legalBasis: 'SoL',
    choiceLevel: 'provider',
    targetGroup: 'x',
    description: 'x',
    howToApply: 'x',
    howToSwitch: 'x',
    payment: { unit: 'hour', description: 'x' },
    areas: [{ id: 'norr', name: 'Norr' }],
    keyIndicators: [],
    order: 1,
    ...over,
  };
}

export function provider(over: Partial<Provider> = {}): Provider {
  return {
    id: 'p1',
    name: 'Anordnare 1',
    orgNumber: '212000-0142',
    soleTrader: false,
    ownership: 'private',
    services: ['hemtjanst'],
    authorisedSince: '2020-01-01',
    statusHistory: [{ status: 'active', date: '2020-01-01' }],
    contact: {},
    description: 'x',
    languages: [],
    profiles: [],
    areas: ['norr'],
    updatedOn: '2026-01-01',
    ...over,
  };
}

export function unit(over: Partial<Unit> = {}): Unit {
  return {
    id: 'u1',
    providerId: 'p1',
    serviceId: 'boende',
    name: 'Enhet 1',
    address: { street: 'Gatan 1', postalCode: '123 45', city: 'Staden' },
    area: 'norr',
    description: 'x',
    languages: [],
    profiles: [],
    contact: {},
    updatedOn: '2026-01-01',
    ...over,
  };
}

export function indicator(over: Partial<Indicator> = {}): Indicator {
  return {
    id: 'nojdhet',
    name: 'Nöjdhet',
    question: 'q',
    explanation: 'e',
    unit: 'percent',
    betterDirection: 'higher',
    countsWhat: 'answers',
    source: { kind: 'socialstyrelsen', name: 'Socialstyrelsen' },
    minAnswers: 7,
    minAnswersRule: 'r',
    services: ['hemtjanst'],
    ...over,
  };
}

export function value(over: Partial<IndicatorValue> = {}): IndicatorValue {
  return {
    indicator: 'nojdhet',
    subjectType: 'provider',
    subject: 'p1',
    period: '2025',
    state: 'value',
    value: 80,
    n: 20,
    source: 'Socialstyrelsen',
    publishedOn: '2026-01-01',
    ...over,
  };
}

export function model(over: Partial<ContentModel> = {}): ContentModel {
  return {
    site: {
      name: 'Testkommun',
      municipalityCode: '0182',
      isExample: true,
      siteUrl: 'https://example.se',
      basePath: '/',
      language: 'sv',
      publisher: 'Testkommun',
      contact: {},
      dataPublishedOn: '2026-11-15',
      freshnessMonths: 24,
      capacityMaxAgeMonths: 3,
      licence: { name: 'CC0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
      theme: { primary: '#005a9c', accent: '#6b2c91' },
      headers: { frameAncestors: [], hsts: { maxAge: 31536000, includeSubDomains: false } },
      profiles: [{ id: 'demens', name: 'Demens' }],
      about: { howKundvalWorks: 'x', ifYouDoNotChoose: 'x' },
      accessibility: { status: 'partial', assessedOn: '2026-01-01', knownIssues: [], feedbackEmail: 'a@b.se' },
    },
    services: [service()],
    providers: [provider()],
    units: [],
    conditions: [],
    indicators: [indicator()],
    indicatorValues: [],
    qualityReports: [],
    followUps: [],
    ...over,
  };
}
