// Atom feed (RFC 4287) of the kommun's follow-ups and of changes in who can be
// chosen: warnings, withdrawn authorisations, new and ended providers.
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog-source';
import { getOpenData } from '../../data/open-data-source';
import { t } from '../../i18n';
import { describeChange } from '../../i18n/describe-change';
import { isFeedEvent, type ChangeEvent } from '../../lib/catalog/changes';
import { buildAtomFeed } from '../../lib/feed/atom';
import { paths } from '../../lib/pages/paths';

/** Enough for any reader to catch up; every change is in data/andringar.csv. */
const MAX_ENTRIES = 200;

function summaryOf(e: ChangeEvent): string | undefined {
  if (e.kind === 'follow-up') return e.followUp!.findings;
  if (e.kind === 'provider-status') return e.statusNote;
  return undefined;
}

export const GET: APIRoute = () => {
  const { site, serviceById } = getCatalog();
  const { changes, pageUrl } = getOpenData();
  const changesPage = pageUrl(paths.changes());
  const entries = changes
    .filter(isFeedEvent)
    .slice(0, MAX_ENTRIES)
    .map((e) => {
      const services = e.serviceIds.map((id) => serviceById.get(id)?.name ?? id).join(', ');
      const summary = [summaryOf(e), services].filter(Boolean).join(' – ');
      return {
        id: `${changesPage}#${e.id}`,
        title: describeChange(e),
        updated: e.date,
        link: pageUrl(e.path),
        summary,
        categories: [{ term: e.kind, label: t.openData.changes.kinds[e.kind] }],
      };
    });
  const xml = buildAtomFeed({
    id: pageUrl(paths.feed()),
    title: t.openData.feed.title(site.name),
    subtitle: t.openData.feed.subtitle,
    selfUrl: pageUrl(paths.feed()),
    alternateUrl: pageUrl(paths.followUps()),
    author: { name: site.publisher, email: site.contact.email, uri: pageUrl(paths.home()) },
    fallbackUpdated: site.dataPublishedOn,
    rights: t.openData.feed.rights(site.licence.name),
    language: site.language,
    entries,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
