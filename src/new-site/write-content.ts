// Writes a new kommun's content folder: site.yaml and one file per chosen
// service, as YAML people can read and edit (comments that say what each part
// is for, long texts as blocks). Every file is read back and must give the same
// data, and the folder must pass the same validation as the build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Document, parse, Scalar, visit } from 'yaml';
import { formatContentError } from '../data/content-error';
import { loadContent } from '../data/load-content';
import type { Kommun } from '../lib/kommuner/kommuner';
import { EDIT_MARK } from '../lib/placeholders/placeholders';
import { contentTypes } from '../schemas/registry';
import { serviceFile, type ServiceTemplate } from './service-templates';
import { SITE_KEY_COMMENTS, siteFile } from './site-template';

const SERVICE_KEY_COMMENTS: Record<string, string> = {
  choiceLevel: 'provider: invånaren väljer en anordnare. unit: invånaren väljer ett boende eller en verksamhet (i units/).',
  noChoiceAlternative:
    'Ickevalsalternativet: vad som händer om man inte väljer. Finns en anordnare för det, lägg till\nproviderId: <anordnarens id> när anordnaren finns i providers/.',
  payment: 'Ersättningsmodellen. unit: hour (timme), day (dag eller dygn), half-day, visit, treatment, month eller other.',
  areas: 'Områdena tjänsten är indelad i. Dela upp i kommunens områden om anordnarna väljer var de arbetar.',
  keyIndicators: 'Indikatorer (i indicators/) som visas först för tjänsten.',
};

function writeYaml(path: string, data: object, header: string, keyComments: Record<string, string>): void {
  const clean = JSON.parse(JSON.stringify(data)) as object;
  const doc = new Document(clean);
  doc.commentBefore = ` ${header.replaceAll('\n', '\n ')}`;
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string') return;
      // Older YAML readers take yes/no/on/off as true/false; quotes keep them text everywhere.
      if (/^(yes|no|on|off|y|n|true|false)$/i.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
      else if (node.value.includes('\n')) node.type = Scalar.BLOCK_LITERAL;
      else if (node.value.length > 90) node.type = Scalar.BLOCK_FOLDED;
    },
  });
  for (const pair of (doc.contents as unknown as { items: { key: Scalar }[] }).items) {
    const comment = keyComments[String(pair.key.value)];
    if (comment) pair.key.commentBefore = ` ${comment.replaceAll('\n', '\n ')}`;
  }
  const text = doc.toString({ lineWidth: 100, minContentWidth: 40 });
  if (!isDeepStrictEqual(parse(text), clean)) throw new Error(`${path}: YAML-filen läses inte tillbaka som samma uppgifter`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, 'utf8');
}

export interface NewSite {
  kommun: Kommun;
  services: readonly ServiceTemplate[];
  /** YYYY-MM-DD: the publication date and the date of the accessibility statement. */
  today: string;
}

/** Writes the content into dir and checks it as the build would; returns the files written, relative to dir. */
export function writeNewSite(dir: string, site: NewSite): string[] {
  const { kommun, services, today } = site;
  const written: string[] = [];
  const siteHeader =
    `Kundvalsguiden för ${kommun.name}, kommunkod ${kommun.code}, ${kommun.countyName}.\n` +
    `Skapad med npm run new-site ${today}. Texter som börjar med ${EDIT_MARK} och adresser som slutar på\n` +
    '.invalid är platshållare: ändra dem. npm run validate listar dem som är kvar.';
  writeYaml(join(dir, contentTypes.site.path), siteFile(kommun, today), siteHeader, SITE_KEY_COMMENTS);
  written.push(contentTypes.site.path);
  for (const template of services) {
    const file = `${contentTypes.services.path}/${template.id}.yaml`;
    const header =
      `${template.name}: en mall från npm run new-site. Läs och skriv om varje text som börjar med\n` +
      `${EDIT_MARK}, så att den stämmer för ${kommun.name}, och ta sedan bort ${EDIT_MARK}. Fälten står i content/README.md.`;
    writeYaml(join(dir, file), serviceFile(template), header, SERVICE_KEY_COMMENTS);
    written.push(file);
  }
  const check = loadContent(dir, dirname(dir));
  if (!check.ok)
    throw new Error(
      `Det nya innehållet klarar inte kontrollen (ett fel i npm run new-site):\n${check.errors.map((e) => `- ${formatContentError(e)}`).join('\n')}`,
    );
  return written;
}
