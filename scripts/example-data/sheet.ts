// The example spreadsheet: SKR's 2025 results for daglig verksamhet as a kommun gets
// them and saves them from Excel: Swedish headers, names instead of ids, decimal comma,
// semicolons and Windows-1252. `npm run import:sheet` reads it into content/.
import { formatDataNumber } from '../../src/lib/locale/format';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import iconv from 'iconv-lite';
import type { ValueRow } from './indicator-values';
import { INDICATOR_DEFS } from './indicators';
import type { World } from './world';

const STATE_WORDS: Record<ValueRow['state'], string> = {
  value: '',
  suppressed: 'För få svar',
  missing: 'Uppgift saknas',
  'not-applicable': 'Ej tillämpligt',
  'not-measured': 'Ny verksamhet',
};

const number = (v: number | undefined) => (v === undefined ? '' : formatDataNumber(v));
const cell = (text: string) => (/[;"\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

export function writeExampleSheet(path: string, rows: ValueRow[], world: World): void {
  const indicatorName = new Map(INDICATOR_DEFS.map((d) => [d.file.id, d.file.name]));
  const unitName = new Map(world.units.map((u) => [u.id, u.file.name]));
  const who = (r: ValueRow) =>
    r.subjectType === 'nation' ? 'Riket' : r.subjectType === 'municipality' ? 'Hela kommunen' : (unitName.get(r.subject) ?? r.subject);
  const lines = [
    'Indikator;Verksamhet;År;Andel (%);Antal svar;Svarsfrekvens (%);Status;Källa;Publicerad',
    ...rows.map((r) =>
      [indicatorName.get(r.indicator)!, who(r), r.period, number(r.value), number(r.n), number(r.responseRate), STATE_WORDS[r.state], r.source, r.publishedOn]
        .map(cell)
        .join(';'),
    ),
  ];
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, iconv.encode(`${lines.join('\r\n')}\r\n`, 'win1252'));
}
