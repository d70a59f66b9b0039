// Finds one page of each template in the built site by following links from
// the start page, so tests work on any kommun's content, not one fixture.
import type { Page } from '@playwright/test';

export interface TemplatePages {
  home: string;
  providerService: string;
  unitService?: string;
  serviceTable: string;
  provider: string;
  unit?: string;
  indicators: string;
  indicator?: string;
  accessibility: string;
}

async function hrefs(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

export async function findTemplatePages(page: Page): Promise<TemplatePages> {
  await page.goto('./');
  const services = await hrefs(page, 'main a[href*="/tjanster/"]');
  let providerService: string | undefined;
  let unitService: string | undefined;
  let provider: string | undefined;
  let unit: string | undefined;
  for (const s of services) {
    await page.goto(s);
    const units = await hrefs(page, '#choices a[href*="/enheter/"]');
    const providers = await hrefs(page, '#choices a[href*="/anordnare/"]');
    if (units.length && !unitService) [unitService, unit] = [s, units[0]];
    if (!units.length && providers.length && !providerService) [providerService, provider] = [s, providers[0]];
    if (providerService && unitService) break;
  }
  if (!providerService || !provider) throw new Error('Hittade ingen tjänst med anordnare att välja på startsidan');
  await page.goto('indikatorer/');
  const indicator = (await hrefs(page, 'main a[href*="/indikatorer/"]'))[0];
  return {
    home: new URL(page.url()).pathname.replace(/indikatorer\/$/, ''),
    providerService,
    unitService,
    serviceTable: `${providerService}tabell/`,
    provider,
    unit,
    indicators: 'indikatorer/',
    indicator,
    accessibility: 'tillganglighet/',
  };
}
