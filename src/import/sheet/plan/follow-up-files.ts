// Merges imported follow-ups into content/follow-ups/<year>.yaml by id: new
// ones are appended, changed ones replaced in place (keeping the fields the
// sheet has no column for), and every other entry and comment is left as it is.
import { contentTypes } from '../../../schemas/registry';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Document, isSeq, parseDocument, type YAMLSeq } from 'yaml';
import type { FollowUpField } from '../validate/follow-up-rows';
import { followUpSchema, type FollowUp } from '../../../schemas/follow-up';
import type { FileChange } from '../../shared/write/atomic-write';
import type { ContentModel } from '../../../lib/catalog/model';
import type { SheetTable } from '../read/read-sheet';
import type { SheetRowReport } from '../report';
import { acceptRows } from '../validate/accepted-rows';
import { followUpRowToEntry } from '../validate/follow-up-rows';
import type { SheetPlan } from './survey-values';

const FOLDER = contentTypes.followUps.path;

/** Which fields of an entry each sheet column fills; the rest are kept from the file. */
const FIELDS_OF_COLUMN: Partial<Record<FollowUpField, (keyof FollowUp)[]>> = {
  unit: ['unitId'],
  service: ['serviceId'],
  conditions: ['conditions'],
  action: ['actions'],
  deadline: ['actions'],
  reportUrl: ['reportUrl'],
};

interface YearFile {
  path: string;
  doc: Document;
  seq: YAMLSeq;
}

function canonical(f: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([k, x]) => [k, sort(x)]),
          )
        : v;
  return JSON.stringify(sort(f));
}

/** Without empty lists and absent fields, as a person would write the entry. */
function tidy(f: FollowUp): Record<string, unknown> {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

/** What a follow-up register changes: its rows read, repeats refused, and the year files merged. */
export function planFollowUpSheet(
  table: SheetTable,
  columns: Partial<Record<FollowUpField, number>>,
  model: ContentModel,
  at: { contentDir: string; projectDir: string },
): SheetPlan {
  const context = { providers: model.providers, units: model.units, services: model.services, conditions: model.conditions };
  const { refused, accepted } = acceptRows(
    table,
    (cells, row) => {
      const r = followUpRowToEntry(cells, row, table.header, columns, context);
      return r.ok ? { ok: true, key: r.followUp.id, entry: r.followUp } : r;
    },
    (followUp, row, first) => ({
      row,
      column: columns.id !== undefined ? table.header[columns.id] : undefined,
      value: followUp.id,
      reason: `samma uppföljning (id ${followUp.id}) som rad ${first}`,
    }),
  );
  const plan = planFollowUps(
    accepted.map(({ row, entry }) => ({ row, followUp: entry })),
    columns,
    at.contentDir,
    at.projectDir,
  );
  return { rows: [...refused, ...plan.rows], changes: plan.changes, suppressed: 0, unknownAnswers: [] };
}

export function planFollowUps(
  incoming: { row: number; followUp: FollowUp }[],
  columns: Partial<Record<FollowUpField, number>>,
  contentDir: string,
  projectDir: string,
): { rows: SheetRowReport[]; changes: FileChange[] } {
  const dir = join(contentDir, FOLDER);
  const rel = (abs: string) => relative(projectDir, abs).split('\\').join('/');
  const files = new Map<string, YearFile>();
  const where = new Map<string, { file: YearFile; index: number }>();
  const names = existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => /\.ya?ml$/.test(n))
        .sort()
    : [];
  for (const name of names) {
    const path = join(dir, name);
    const doc = parseDocument(readFileSync(path, 'utf8'));
    if (!isSeq(doc.contents)) continue;
    const file = { path, doc, seq: doc.contents };
    files.set(path, file);
    doc.contents.items.forEach((item, index) => {
      const id = (item as { get?: (k: string) => unknown }).get?.('id');
      if (typeof id === 'string') where.set(id, { file, index });
    });
  }
  const fileFor = (year: string): YearFile => {
    const path = join(dir, `${year}.yaml`);
    let file = files.get(path);
    if (!file) {
      const doc = new Document([]);
      file = { path, doc, seq: doc.contents as YAMLSeq };
      files.set(path, file);
    }
    return file;
  };
  const kept = new Set<keyof FollowUp>();
  for (const [column, fields] of Object.entries(FIELDS_OF_COLUMN)) if (columns[column as FollowUpField] === undefined) for (const f of fields!) kept.add(f);

  const rows: SheetRowReport[] = [];
  const touched = new Set<YearFile>();
  for (const { row, followUp } of incoming) {
    const target = fileFor(followUp.date.slice(0, 4));
    const found = where.get(followUp.id);
    if (found && found.file !== target) {
      rows.push({
        row,
        outcome: 'refused',
        key: followUp.id,
        refusal: {
          row,
          value: followUp.id,
          reason: `uppföljningen ${followUp.id} finns redan i ${rel(found.file.path)}, men datumet ${followUp.date} hör till ${rel(target.path)}. Flytta den för hand om datumet ändrats`,
        },
      });
      continue;
    }
    if (!found) {
      target.seq.items.push(target.doc.createNode(tidy(followUp)));
      where.set(followUp.id, { file: target, index: target.seq.items.length - 1 });
      touched.add(target);
      rows.push({ row, outcome: 'written', key: followUp.id });
      continue;
    }
    const existingRaw = (target.seq.items[found.index] as { toJSON: () => unknown }).toJSON();
    const existing = followUpSchema.safeParse(existingRaw);
    const merged: FollowUp = { ...followUp };
    if (existing.success) for (const f of kept) (merged as Record<string, unknown>)[f] = existing.data[f];
    if (existing.success && canonical(tidy(existing.data)) === canonical(tidy(merged))) {
      rows.push({ row, outcome: 'unchanged', key: followUp.id });
      continue;
    }
    target.seq.items[found.index] = target.doc.createNode(tidy(merged));
    touched.add(target);
    rows.push({ row, outcome: 'updated', key: followUp.id });
  }
  const changes = [...touched].map((f) => ({ path: f.path, content: f.doc.toString({ lineWidth: 0 }) }));
  return { rows, changes };
}
