// Every open dataset: its columns and its rows, derived from the validated
// content. Figures pass through publishFigures (small numbers and secondary
// suppression), so a suppressed value or its n never gets here.
import { compareIds } from '../locale/names';
import { newestFollowUpFirst } from '../catalog/follow-up-filters';
import { hasValue } from '../figures/figures';
import { comparePeriods, periodEnd, periodStart } from '../locale/periods';
import type { ContentModel } from '../catalog/model';
import { paths } from '../pages/paths';
import { publishFigures } from '../figures/published-figures';
import { canBeChosenOn, statusAt } from '../catalog/provider-status';
import { qualityAspectValues } from '../../schemas/quality-report';
import { dataset, f, fieldsFor, type Dataset } from './dataset-definition';

const factFields = ['nightCoverage', 'weekendCoverage', 'staffGenderOnRequest', 'petsAllowed', 'ownKitchen', 'specialDiets'] as const;

const capacityAndFacts = [
  f('acceptsNewCustomers', 'code'),
  f('capacityConfirmedOn', 'date'),
  f('capacityCap', 'integer'),
  f('capacityNote', 'text'),
  ...factFields.map((name) => f(name, 'boolean')),
  f('factsConfirmedOn', 'date'),
];

function capacityAndFactsOf(x: { capacity?: ContentModel['providers'][number]['capacity']; facts?: ContentModel['providers'][number]['facts'] }) {
  return {
    acceptsNewCustomers: x.capacity?.acceptsNewCustomers,
    capacityConfirmedOn: x.capacity?.confirmedOn,
    capacityCap: x.capacity?.cap,
    capacityNote: x.capacity?.note,
    ...fieldsFor(factFields, (name) => x.facts?.[name]),
    factsConfirmedOn: x.facts?.confirmedOn,
  };
}

const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => compareIds(a.id, b.id));

export const services = dataset({
  id: 'tjanster',
  fields: [
    f('id', 'id'),
    f('name', 'text'),
    f('legalBasis', 'code'),
    f('choiceLevel', 'code'),
    f('targetGroup', 'text'),
    f('description', 'text'),
    f('howToApply', 'text'),
    f('howToSwitch', 'text'),
    f('noChoiceAlternative', 'text'),
    f('noChoiceProviderId', 'id'),
    f('paymentUnit', 'code'),
    f('paymentDescription', 'text'),
    f('areaIds', 'list'),
    f('areaNames', 'list'),
    f('keyIndicators', 'list'),
    f('customersCount', 'integer'),
    f('customersAsOf', 'text'),
    f('page', 'url'),
  ],
  rows: ({ model, pageUrl }) =>
    model.services.map((s) => ({
      id: s.id,
      name: s.name,
      legalBasis: s.legalBasis,
      choiceLevel: s.choiceLevel,
      targetGroup: s.targetGroup,
      description: s.description,
      howToApply: s.howToApply,
      howToSwitch: s.howToSwitch,
      noChoiceAlternative: s.noChoiceAlternative?.description,
      noChoiceProviderId: s.noChoiceAlternative?.providerId,
      paymentUnit: s.payment.unit,
      paymentDescription: s.payment.description,
      areaIds: s.areas.map((a) => a.id),
      areaNames: s.areas.map((a) => a.name),
      keyIndicators: s.keyIndicators,
      customersCount: s.customers?.count,
      customersAsOf: s.customers?.asOf,
      page: pageUrl(paths.service(s.id)),
    })),
});

export const providers = dataset({
  id: 'anordnare',
  fields: [
    f('id', 'id'),
    f('name', 'text'),
    f('orgNumber', 'code'),
    f('soleTrader', 'boolean'),
    f('ownership', 'code'),
    f('services', 'list'),
    f('authorisedSince', 'date'),
    f('status', 'code'),
    f('statusSince', 'date'),
    f('statusNote', 'text'),
    f('canBeChosen', 'boolean'),
    f('phone', 'text'),
    f('email', 'text'),
    f('web', 'url'),
    f('street', 'text'),
    f('postalCode', 'code'),
    f('city', 'text'),
    f('description', 'text'),
    f('languages', 'list'),
    f('profiles', 'list'),
    f('areas', 'list'),
    ...capacityAndFacts,
    f('ivoPermitRequired', 'boolean'),
    f('ivoPermitReference', 'text'),
    f('updatedOn', 'date'),
    f('page', 'url'),
  ],
  rows: ({ model, pageUrl }) =>
    byId(model.providers).map((p) => {
      // On the publication date: a later entry is announced, not in force (the full history is its own dataset).
      const status = statusAt(p, model.site.dataPublishedOn);
      return {
        id: p.id,
        name: p.name,
        // A sole trader's number is a personnummer: never published (DESIGN: no personal data).
        orgNumber: p.soleTrader ? undefined : p.orgNumber,
        soleTrader: p.soleTrader,
        ownership: p.ownership,
        services: p.services,
        authorisedSince: p.authorisedSince,
        status: status.status,
        statusSince: status.since,
        statusNote: status.note,
        canBeChosen: canBeChosenOn(p, model.site.dataPublishedOn),
        phone: p.contact.phone,
        email: p.contact.email,
        web: p.contact.web,
        street: p.address?.street,
        postalCode: p.address?.postalCode,
        city: p.address?.city,
        description: p.description,
        languages: p.languages,
        profiles: p.profiles,
        areas: p.areas,
        ...capacityAndFactsOf(p),
        ivoPermitRequired: p.ivoPermit?.required,
        ivoPermitReference: p.ivoPermit?.reference,
        updatedOn: p.updatedOn,
        page: pageUrl(paths.provider(p.id)),
      };
    }),
  coverage: (row) => [row.authorisedSince, row.updatedOn],
});

export const statusHistory = dataset({
  id: 'statushistorik',
  fields: [f('providerId', 'id'), f('providerName', 'text'), f('date', 'date'), f('status', 'code'), f('note', 'text')],
  rows: ({ model }) =>
    byId(model.providers).flatMap((p) =>
      p.statusHistory.map((h) => ({ providerId: p.id, providerName: p.name, date: h.date, status: h.status, note: h.note })),
    ),
  coverage: (row) => [row.date],
});

export const units = dataset({
  id: 'enheter',
  fields: [
    f('id', 'id'),
    f('name', 'text'),
    f('providerId', 'id'),
    f('providerName', 'text'),
    f('serviceId', 'id'),
    f('street', 'text'),
    f('postalCode', 'code'),
    f('city', 'text'),
    f('lat', 'number'),
    f('lon', 'number'),
    f('area', 'id'),
    f('places', 'integer'),
    f('description', 'text'),
    f('languages', 'list'),
    f('profiles', 'list'),
    ...capacityAndFacts,
    f('phone', 'text'),
    f('email', 'text'),
    f('web', 'url'),
    f('openedOn', 'date'),
    f('closedOn', 'date'),
    f('canBeChosen', 'boolean'),
    f('updatedOn', 'date'),
    f('page', 'url'),
  ],
  rows: ({ model, pageUrl }) => {
    const providerById = new Map(model.providers.map((p) => [p.id, p]));
    return byId(model.units).map((u) => {
      const provider = providerById.get(u.providerId);
      return {
        id: u.id,
        name: u.name,
        providerId: u.providerId,
        providerName: provider?.name,
        serviceId: u.serviceId,
        street: u.address.street,
        postalCode: u.address.postalCode,
        city: u.address.city,
        lat: u.coordinates?.lat,
        lon: u.coordinates?.lon,
        area: u.area,
        places: u.places,
        description: u.description,
        languages: u.languages,
        profiles: u.profiles,
        ...capacityAndFactsOf(u),
        phone: u.contact.phone,
        email: u.contact.email,
        web: u.contact.web,
        openedOn: u.openedOn,
        closedOn: u.closedOn,
        canBeChosen: !!provider && canBeChosenOn(provider, model.site.dataPublishedOn) && !(u.closedOn && u.closedOn <= model.site.dataPublishedOn),
        updatedOn: u.updatedOn,
        page: pageUrl(paths.unit(u.id)),
      };
    });
  },
  coverage: (row) => [row.openedOn, row.updatedOn],
});

export const indicators = dataset({
  id: 'indikatorer',
  fields: [
    f('id', 'id'),
    f('name', 'text'),
    f('question', 'text'),
    f('explanation', 'text'),
    f('respondents', 'text'),
    f('unit', 'code'),
    f('countsWhat', 'code'),
    f('betterDirection', 'code'),
    f('sourceKind', 'code'),
    f('sourceName', 'text'),
    f('sourceUrl', 'url'),
    f('koladaKpi', 'code'),
    f('minAnswers', 'integer'),
    f('minAnswersRule', 'text'),
    f('services', 'list'),
    f('page', 'url'),
  ],
  rows: ({ model, pageUrl }) =>
    byId(model.indicators).map((i) => ({
      id: i.id,
      name: i.name,
      question: i.question,
      explanation: i.explanation,
      respondents: i.respondents,
      unit: i.unit,
      countsWhat: i.countsWhat,
      betterDirection: i.betterDirection,
      sourceKind: i.source.kind,
      sourceName: i.source.name,
      sourceUrl: i.source.url,
      koladaKpi: i.koladaKpi,
      minAnswers: i.minAnswers,
      minAnswersRule: i.minAnswersRule,
      services: i.services,
      page: pageUrl(paths.indicator(i.id)),
    })),
});

export const indicatorValues = dataset({
  id: 'indikatorvarden',
  fields: [
    f('indicator', 'id'),
    f('subjectType', 'code'),
    f('subject', 'id'),
    f('subjectName', 'text'),
    f('period', 'code'),
    f('state', 'code'),
    f('value', 'number'),
    f('n', 'integer'),
    f('responseRate', 'number'),
    f('source', 'text'),
    f('kpi', 'code'),
    f('publishedOn', 'date'),
    f('isOld', 'boolean'),
  ],
  rows: ({ model, nationName }) => {
    const indicatorById = new Map(model.indicators.map((i) => [i.id, i]));
    const names = new Map<string, string>([
      ...model.providers.map((p) => [`provider:${p.id}`, p.name] as const),
      ...model.units.map((u) => [`unit:${u.id}`, u.name] as const),
      [`municipality:${model.site.municipalityCode}`, model.site.name],
    ]);
    // The same figures as the pages: only hasValue figures carry a number out, and no suppressed one its n.
    const published = publishFigures(model.indicatorValues, indicatorById, model.site);
    return model.indicatorValues
      .flatMap((row, i) => {
        const figure = published[i];
        if (!figure) return [];
        return [
          {
            indicator: row.indicator,
            subjectType: row.subjectType,
            subject: row.subject,
            subjectName: row.subjectType === 'nation' ? nationName : names.get(`${row.subjectType}:${row.subject}`),
            period: figure.period,
            state: figure.state,
            value: hasValue(figure) ? figure.value : undefined,
            n: figure.n,
            responseRate: figure.responseRate,
            source: figure.source,
            kpi: figure.kpi,
            publishedOn: figure.publishedOn,
            isOld: figure.isOld,
          },
        ];
      })
      .sort(
        (a, b) =>
          compareIds(a.indicator, b.indicator) ||
          compareIds(a.subjectType, b.subjectType) ||
          compareIds(a.subject, b.subject) ||
          comparePeriods(a.period, b.period),
      );
  },
  coverage: (row) => [periodStart(row.period), periodEnd(row.period)],
});

export const followUps = dataset({
  id: 'uppfoljningar',
  fields: [
    f('id', 'id'),
    f('date', 'date'),
    f('providerId', 'id'),
    f('providerName', 'text'),
    f('unitId', 'id'),
    f('unitName', 'text'),
    f('serviceId', 'id'),
    f('kind', 'code'),
    f('sanction', 'code'),
    f('status', 'code'),
    f('findings', 'text'),
    f('conditionsMet', 'integer'),
    f('conditionsPartly', 'integer'),
    f('conditionsNotMet', 'integer'),
    f('actionCount', 'integer'),
    f('reportUrl', 'url'),
    f('page', 'url'),
  ],
  rows: ({ model, pageUrl }) => {
    const providerById = new Map(model.providers.map((p) => [p.id, p]));
    const unitById = new Map(model.units.map((u) => [u.id, u]));
    return [...model.followUps].sort(newestFollowUpFirst).map((x) => {
      const count = (result: string) => x.conditions.filter((c) => c.result === result).length;
      const page = x.unitId ? paths.unit(x.unitId) : paths.provider(x.providerId);
      return {
        id: x.id,
        date: x.date,
        providerId: x.providerId,
        providerName: providerById.get(x.providerId)?.name,
        unitId: x.unitId,
        unitName: x.unitId ? unitById.get(x.unitId)?.name : undefined,
        serviceId: x.serviceId,
        kind: x.kind,
        sanction: x.sanction,
        status: x.status,
        findings: x.findings,
        conditionsMet: count('met'),
        conditionsPartly: count('partly'),
        conditionsNotMet: count('not-met'),
        actionCount: x.actions.length,
        reportUrl: x.reportUrl,
        page: `${pageUrl(page)}#uppfoljning-${x.id}`,
      };
    });
  },
  coverage: (row) => [row.date],
});

export const followUpConditions = dataset({
  id: 'uppfoljningar-villkor',
  fields: [f('followUpId', 'id'), f('date', 'date'), f('conditionId', 'id'), f('conditionText', 'text'), f('result', 'code'), f('comment', 'text')],
  rows: ({ model }) => {
    const conditionById = new Map(model.conditions.map((c) => [c.id, c]));
    return [...model.followUps].sort(newestFollowUpFirst).flatMap((x) =>
      x.conditions.map((c) => ({
        followUpId: x.id,
        date: x.date,
        conditionId: c.conditionId,
        conditionText: conditionById.get(c.conditionId)?.text,
        result: c.result,
        comment: c.comment,
      })),
    );
  },
  coverage: (row) => [row.date],
});

export const followUpActions = dataset({
  id: 'uppfoljningar-atgarder',
  fields: [f('followUpId', 'id'), f('date', 'date'), f('number', 'integer'), f('text', 'text'), f('deadline', 'date')],
  rows: ({ model }) =>
    [...model.followUps]
      .sort(newestFollowUpFirst)
      .flatMap((x) => x.actions.map((a, i) => ({ followUpId: x.id, date: x.date, number: i + 1, text: a.text, deadline: a.deadline }))),
  coverage: (row) => [row.date],
});

export const conditions = dataset({
  id: 'villkor',
  fields: [f('id', 'id'), f('text', 'text'), f('checkedBy', 'text'), f('onFailure', 'text')],
  rows: ({ model }) => byId(model.conditions).map((c) => ({ id: c.id, text: c.text, checkedBy: c.checkedBy, onFailure: c.onFailure })),
});

export const profiles = dataset({
  id: 'inriktningar',
  fields: [f('id', 'id'), f('name', 'text'), f('description', 'text')],
  rows: ({ model }) => byId(model.site.profiles).map((p) => ({ id: p.id, name: p.name, description: p.description })),
});

export const qualityReports = dataset({
  id: 'kvalitetsredovisningar',
  fields: [
    f('id', 'id'),
    f('providerId', 'id'),
    f('providerName', 'text'),
    f('unitId', 'id'),
    f('serviceId', 'id'),
    f('year', 'integer'),
    f('submittedOn', 'date'),
    f('staffContinuity', 'number'),
    f('trainedStaffShare', 'number'),
    f('complaints', 'integer'),
    f('lexSarahReports', 'integer'),
    f('staffLanguages', 'list'),
    ...qualityAspectValues.map((a) => f(a, 'text')),
  ],
  rows: ({ model }) => {
    const providerById = new Map(model.providers.map((p) => [p.id, p]));
    return [...model.qualityReports]
      .sort((a, b) => b.year - a.year || compareIds(a.id, b.id))
      .map((r) => ({
        id: r.id,
        providerId: r.providerId,
        providerName: providerById.get(r.providerId)?.name,
        unitId: r.unitId,
        serviceId: r.serviceId,
        year: r.year,
        submittedOn: r.submittedOn,
        staffContinuity: r.figures.staffContinuity,
        trainedStaffShare: r.figures.trainedStaffShare,
        complaints: r.figures.complaints,
        lexSarahReports: r.figures.lexSarahReports,
        staffLanguages: r.figures.staffLanguages,
        ...fieldsFor(qualityAspectValues, (a) => r.aspects[a]),
      }));
  },
  coverage: (row) => [`${row.year}-01-01`, `${row.year}-12-31`],
});

export const changes = dataset({
  id: 'andringar',
  fields: [
    f('date', 'date'),
    f('kind', 'code'),
    f('description', 'text'),
    f('subjectType', 'code'),
    f('subjectId', 'id'),
    f('subjectName', 'text'),
    f('services', 'list'),
    f('status', 'code'),
    f('sanction', 'code'),
    f('period', 'code'),
    f('page', 'url'),
    f('id', 'id'),
  ],
  rows: ({ changes: events, pageUrl, describeChange }) =>
    events.map((e) => ({
      date: e.date,
      kind: e.kind,
      description: describeChange(e),
      subjectType: e.subjectType,
      subjectId: e.subjectId,
      subjectName: e.subjectName,
      services: e.serviceIds,
      status: e.status,
      sanction: e.sanction,
      period: e.period,
      page: pageUrl(e.path),
      id: e.id,
    })),
  coverage: (row) => [row.date],
});

/** In the order the "Öppna data" page and the catalogue list them. */
export const datasets: readonly Dataset[] = [
  providers,
  units,
  services,
  indicators,
  indicatorValues,
  followUps,
  followUpConditions,
  followUpActions,
  qualityReports,
  statusHistory,
  conditions,
  profiles,
  changes,
];

export type DatasetId = (typeof datasets)[number]['id'];
