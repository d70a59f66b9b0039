// Caps on what an import reads, each with a Swedish message and nothing written:
// Kolada response bytes (streamed, stopped at the cap), pages and rows; a sheet's
// file size and rows; an .xlsx that claims or expands to more than the cap.
// Network failures are said in words, never as Node's "terminated" or a code.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { describeImportError } from '../../src/import/shared/import-errors';
import { createHttpSource, type HttpSourceOptions } from '../../src/import/kolada/read/http-source';
import { runKoladaImport } from '../../src/import/kolada/run-import';
import { runSheetImport, type SheetImportOptions } from '../../src/import/sheet/run-import';
import { unpackXlsxParts } from '../../src/import/shared/read/xlsx-guard';
import { copyValidContent } from './support/content-fixture';
import { folderSnapshot } from './support/folder-snapshot';
import { koladaContent } from './support/kolada-content';
import { startKoladaServer, type KoladaServer } from './support/kolada-server';
import { ROOT } from './support/run-script';

const servers: (Server | KoladaServer)[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await ('api' in s ? s.close() : new Promise<void>((r) => (s.closeAllConnections(), s.close(() => r()))));
});

/** A hostile or broken "Kolada" that answers every request with handler. */
async function fakeApi(handler: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3`;
}

async function koladaFails(api: string, options: Partial<HttpSourceOptions> = {}): Promise<string> {
  const c = koladaContent();
  const before = folderSnapshot(c.content);
  const source = createHttpSource({ api, retries: 0, retryDelayMs: 1, timeoutMs: 5000, ...options });
  const error = await runKoladaImport({ contentDir: c.content, kommun: '0182', year: '2024', dryRun: false, today: '2026-11-30', source }).then(
    () => {
      throw new Error('the import should have stopped');
    },
    (e: Error) => e.message,
  );
  expect(folderSnapshot(c.content)).toEqual(before);
  return error;
}

describe('Kolada caps', () => {
  it('stops reading a response that streams past the default cap', async () => {
    let sent = 0;
    const api = await fakeApi((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      const more = () => {
        while (sent < 200 && res.write(chunk)) sent++;
        if (sent < 200) res.once('drain', () => (sent++, more()));
        else res.end();
      };
      more();
    });
    const message = await koladaFails(api);
    expect(message).toMatch(
      /^Svaret från http:\/\/127\.0\.0\.1:\d+\/v3\/kpi\/[^ ]+ är större än 64 MB, långt mer än Kolada skickar för en kommun\. Importen stoppades och inget skrevs\./,
    );
    // It stopped near the cap, not after all 200 MB.
    expect(sent).toBeLessThan(120);
  });

  it('refuses a response whose declared length is over the cap before reading it', async () => {
    const api = await fakeApi((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(5000) });
      res.end(' '.repeat(5000));
    });
    expect(await koladaFails(api, { limits: { maxResponseBytes: 1000 } })).toContain('är större än 1 000 byte, långt mer än Kolada skickar för en kommun.');
  });

  it('stops following next_url after the page cap', async () => {
    let page = 0;
    const api = await fakeApi((_req, res) => {
      page++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ values: [], next_url: `https://api.kolada.se/v3/kpi/U21468?page=${page + 1}` }));
    });
    expect(await koladaFails(api, { limits: { maxPages: 5 } })).toMatch(
      /^Kolada skickar sida efter sida utan slut för kpi\/.* \(fler än 5 sidor, eller samma sida igen\)\. Importen stoppades och inget skrevs\./,
    );
    expect(page).toBe(5);
  });

  it('stops when one question brings more rows than the cap', async () => {
    const server = await startKoladaServer();
    servers.push(server);
    expect(await koladaFails(server.api, { limits: { maxItems: 2 } })).toMatch(
      /^Kolada skickar fler än 2 rader för \S+, långt fler än en kommun har\. Importen stoppades och inget skrevs\./,
    );
  });

  it('says a cut connection in words, without Node’s "terminated"', async () => {
    const api = await fakeApi((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"values": [');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const message = await koladaFails(api);
    expect(message).toMatch(
      /^Kunde inte hämta http:\/\/127\.0\.0\.1:\d+\/v3\/kpi\/\S+: anslutningen bröts mitt i svaret, även efter 0 nya försök\. Försök igen senare\.$/,
    );
    expect(message).not.toMatch(/terminated|fetch failed|aborted|other side closed|UND_ERR/i);
  });

  it('refuses an --api that is not a web address', () => {
    expect(() => createHttpSource({ api: 'ftp://kolada.example/v3' })).toThrow('--api ska börja med https:// (fick "ftp://kolada.example/v3").');
  });
});

/** A zip holding one part as given: its stored bytes, method and the size the archive claims. */
function zipOf(parts: { name: string; data: Buffer; method: 0 | 8; claimed: number; crc?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(p.method, 8);
    local.writeUInt32LE(p.crc ?? 0, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(p.claimed, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(p.method, 10);
    central.writeUInt32LE(p.crc ?? 0, 16);
    central.writeUInt32LE(p.data.length, 20);
    central.writeUInt32LE(p.claimed, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.data);
    centrals.push(central, name);
    offset += 30 + name.length + p.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

async function sheetFails(file: string | { name: string; bytes: Buffer | string }, over: Partial<SheetImportOptions> = {}): Promise<string> {
  const c = copyValidContent();
  const path = typeof file === 'string' ? file : c.path(`../${file.name}`);
  if (typeof file !== 'string') writeFileSync(path, file.bytes);
  const before = folderSnapshot(c.content);
  const message = await runSheetImport({ contentDir: c.content, file: path, kind: 'survey', dryRun: false, today: '2026-11-30', ...over }).then(
    () => {
      throw new Error('the import should have stopped');
    },
    (e: Error) => e.message,
  );
  expect(folderSnapshot(c.content)).toEqual(before);
  return message;
}

const XLSX_FIXTURE = join(ROOT, 'test/fixtures/sheets/enkat-2022-2023.xlsx');

describe('sheet caps', () => {
  it('refuses an .xlsx whose parts claim more than the cap, before unpacking anything', async () => {
    const bomb = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: deflateRawSync(Buffer.from('<x/>')), method: 8, claimed: 0x7ff00000 }]);
    expect(await sheetFails({ name: 'bomb.xlsx', bytes: bomb })).toBe(
      'arbetsboken packas upp till mer än 100 MB, vilket är långt mer än något kalkylblad med enkätresultat eller uppföljningar behöver. Kontrollera att det är rätt fil, eller dela upp den.',
    );
  });

  it('stops unpacking an .xlsx that claims little but expands past the default cap (a small file, 110 MB inside)', async () => {
    const inflated = Buffer.alloc(110 * 1024 * 1024, 0x20);
    const packed = deflateRawSync(inflated, { level: 9 });
    expect(packed.length).toBeLessThan(1024 * 1024);
    const bomb = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: packed, method: 8, claimed: 1000, crc: crc32(inflated) }]);
    expect(await sheetFails({ name: 'bomb.xlsx', bytes: bomb })).toContain('arbetsboken packas upp till mer än 100 MB');
  }, 30_000);

  it('refuses an .xlsx with more parts than the cap', () => {
    const many = zipOf(Array.from({ length: 20 }, (_, i) => ({ name: `xl/p${i}.xml`, data: Buffer.from('<x/>'), method: 0 as const, claimed: 4 })));
    expect(() => unpackXlsxParts(many, { maxBytes: 1e6, maxEntries: 10 })).toThrow('filen är ingen hel Excel-arbetsbok (20 delar, högst 10 går att läsa).');
  });

  it('reads a real workbook through the guard unchanged', () => {
    const parts = unpackXlsxParts(readFileSync(XLSX_FIXTURE), { maxBytes: 1e7, maxEntries: 100 });
    expect(parts.map((p) => p.name.toString())).toContain('xl/worksheets/sheet1.xml');
  });

  it.each([
    ['a CSV with more rows than the cap', 'enkat-2024-utf8-bom.csv', { maxRows: 2 }, 'filen har fler än 2 rader'],
    ['an .xlsx with more rows than the cap', 'enkat-2022-2023.xlsx', { maxRows: 1 }, 'filen har fler än 1 rader'],
    [
      'a file larger than the cap',
      'enkat-2024-utf8-bom.csv',
      { maxFileBytes: 100 },
      `filen är ${statSync(join(ROOT, 'test/fixtures/sheets/enkat-2024-utf8-bom.csv')).size} byte, större än gränsen 100 byte. Kontrollera att det är rätt fil, eller dela upp den.`,
    ],
  ])('refuses %s', async (_what, name, limits, message) => {
    expect(await sheetFails(join(ROOT, 'test/fixtures/sheets', name), { limits })).toContain(message);
  });
});

describe('error messages in Swedish', () => {
  it('a broken CSV is described in words, not in csv-parse’s English', async () => {
    const message = await sheetFails(join(ROOT, 'test/fixtures/sheets/broken/survey-trasig-csv.csv'));
    expect(message).toMatch(/^raden \d+ går inte att läsa som CSV med semikolon \(ett citattecken öppnas men stängs aldrig\)\. Kontrollera citattecken\.$/);
  });

  it.each([
    [
      Object.assign(new Error("EACCES: permission denied, open '/x/content/a.csv'"), { code: 'EACCES', path: '/x/content/a.csv' }),
      'Importen stoppades: behörighet saknas: /x/content/a.csv. Inget skrevs.',
    ],
    [Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }), 'Importen stoppades: disken är full. Inget skrevs.'],
    [
      new TypeError('terminated\n    at stack'),
      'Importen stoppades av ett oväntat fel, och inget skrevs. Kör den igen; kvarstår felet, skicka den här texten till den som förvaltar webbplatsen (tekniskt: terminated).',
    ],
  ])('%s', (error, message) => {
    expect(describeImportError(error)).toBe(message);
  });
});
