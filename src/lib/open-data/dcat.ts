// The DCAT-AP-SE catalogue (JSON-LD) that dataportal.se harvests: one
// dcat:Dataset per open dataset, each with a CSV and a JSON distribution.

export interface DcatText {
  title: string;
  description: string;
  keywords: readonly string[];
}

export interface DcatDistribution {
  format: 'CSV' | 'JSON';
  url: string;
  byteSize: number;
}

export interface DcatDataset {
  id: string;
  text: DcatText;
  distributions: DcatDistribution[];
  /** First and last date the rows cover, when the rows have dates. */
  temporal?: { start: string; end: string };
}

export interface DcatCatalogInput {
  catalogUrl: string;
  /** The "Öppna data" page: landing page of every dataset. */
  landingPage: string;
  homepage: string;
  text: DcatText;
  publisher: { name: string; url: string };
  contact: { name: string; email?: string; phone?: string };
  licenceUrl: string;
  /** The date the data was published (site.yaml dataPublishedOn). */
  modified: string;
  datasets: DcatDataset[];
}

const MEDIA_TYPES = { CSV: 'text/csv', JSON: 'application/json' } as const;
const EU = 'http://publications.europa.eu/resource/authority';

const sv = (value: string) => ({ '@value': value, '@language': 'sv' });
const date = (value: string) => ({ '@value': value, '@type': 'xsd:date' });
const ref = (id: string) => ({ '@id': id });

function contactPoint(contact: DcatCatalogInput['contact']) {
  return {
    '@type': 'vcard:Organization',
    'vcard:fn': contact.name,
    ...(contact.email ? { 'vcard:hasEmail': ref(`mailto:${contact.email}`) } : {}),
    ...(contact.phone ? { 'vcard:hasTelephone': ref(`tel:${contact.phone.replace(/[^\d+]/g, '')}`) } : {}),
  };
}

export function buildDcatCatalog(input: DcatCatalogInput): object {
  const publisher = { '@id': `${input.publisher.url}#utgivare`, '@type': 'foaf:Agent', 'foaf:name': input.publisher.name };
  const common = {
    'dct:publisher': publisher,
    'dcat:contactPoint': contactPoint(input.contact),
    'dct:license': ref(input.licenceUrl),
  };
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': input.catalogUrl,
    '@type': 'dcat:Catalog',
    'dct:title': sv(input.text.title),
    'dct:description': sv(input.text.description),
    'dct:publisher': publisher,
    'dct:license': ref(input.licenceUrl),
    'dct:language': ref(`${EU}/language/SWE`),
    'dct:modified': date(input.modified),
    'foaf:homepage': ref(input.homepage),
    'dcat:dataset': input.datasets.map((d) => ({
      '@id': `${input.landingPage}#${d.id}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': `${input.landingPage}#${d.id}`,
      'dct:title': sv(d.text.title),
      'dct:description': sv(d.text.description),
      'dcat:keyword': d.text.keywords.map(sv),
      'dcat:theme': [ref(`${EU}/data-theme/SOCI`), ref(`${EU}/data-theme/GOVE`)],
      'dct:language': ref(`${EU}/language/SWE`),
      'dct:accessRights': ref(`${EU}/access-right/PUBLIC`),
      'dcat:landingPage': ref(`${input.landingPage}#${d.id}`),
      'dct:modified': date(input.modified),
      ...(d.temporal
        ? { 'dct:temporal': { '@type': 'dct:PeriodOfTime', 'dcat:startDate': date(d.temporal.start), 'dcat:endDate': date(d.temporal.end) } }
        : {}),
      ...common,
      'dcat:distribution': d.distributions.map((dist) => ({
        '@id': dist.url,
        '@type': 'dcat:Distribution',
        'dct:title': sv(`${d.text.title} (${dist.format})`),
        'dcat:accessURL': ref(dist.url),
        'dcat:downloadURL': ref(dist.url),
        'dcat:mediaType': ref(`http://www.iana.org/assignments/media-types/${MEDIA_TYPES[dist.format]}`),
        'dct:format': ref(`${EU}/file-type/${dist.format}`),
        'dcat:byteSize': { '@value': String(dist.byteSize), '@type': 'xsd:nonNegativeInteger' },
        'dct:license': ref(input.licenceUrl),
        'dct:modified': date(input.modified),
      })),
    })),
  };
}
