// An .xlsx is a zip, and a zip can claim or expand to far more than it weighs
// (a 1 MB file to gigabytes). Before a reader sees the workbook, every
// part it reads (.xml and .rels for the spreadsheet import's read-excel-file;
// every part for the workbook import's exceljs, which also loads notes and
// pictures) is unpacked here with a cap on the total size, checked against the
// size the archive states, and packed again uncompressed: the library then
// reads exactly the bytes checked here and nothing else.
import { crc32, inflateRawSync } from 'node:zlib';
import { formatByteSize } from '../../../lib/locale/format';

export class XlsxLimitError extends Error {}

export interface XlsxEntry {
  /** The name as stored (bytes), with its UTF-8 flag. */
  name: Buffer;
  utf8: boolean;
  data: Buffer;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEndOfCentralDirectory(zip: Buffer): number {
  const stop = Math.max(0, zip.length - 22 - 0xffff);
  for (let i = zip.length - 22; i >= stop; i--) if (zip.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/** The parts a reader of cells needs; a reader that loads the whole workbook (exceljs) asks for every part. */
export const CELL_PARTS = (name: string) => name.endsWith('.xml') || name.endsWith('.rels');
export const ALL_PARTS = () => true;

/** The workbook's parts, unpacked within maxBytes (sum of all parts) and maxEntries. */
export function unpackXlsxParts(zip: Buffer, limits: { maxBytes: number; maxEntries: number }, wanted: (name: string) => boolean = CELL_PARTS): XlsxEntry[] {
  const damaged = (what: string) => new XlsxLimitError(`filen är ingen hel Excel-arbetsbok (${what}). Spara om den i Excel som "Excel-arbetsbok (.xlsx)".`);
  const tooBig = () =>
    new XlsxLimitError(
      `arbetsboken packas upp till mer än ${formatByteSize(limits.maxBytes)}, vilket är långt mer än något kalkylblad med enkätresultat eller uppföljningar behöver. Kontrollera att det är rätt fil, eller dela upp den.`,
    );
  if (zip.length < 22) throw damaged('för kort för en zip-fil');
  const end = findEndOfCentralDirectory(zip);
  if (end < 0) throw damaged('zip-filens innehållsförteckning saknas');
  const count = zip.readUInt16LE(end + 10);
  const size = zip.readUInt32LE(end + 12);
  const offset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff || size === 0xffffffff) throw tooBig();
  if (count > limits.maxEntries) throw damaged(`${count} delar, högst ${limits.maxEntries} går att läsa`);
  if (offset + size > end) throw damaged('innehållsförteckningen pekar utanför filen');

  const parts: { name: Buffer; utf8: boolean; method: number; compressed: number; uncompressed: number; local: number }[] = [];
  let at = offset;
  let claimed = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== CENTRAL) throw damaged('innehållsförteckningen går inte att läsa');
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const uncompressed = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.subarray(at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    at = next;
    if (!wanted(name.toString('utf8'))) continue;
    if (flags & 1) throw damaged('den är krypterad eller lösenordsskyddad');
    if (method !== 0 && method !== 8) throw damaged(`okänd komprimering ${method}`);
    if (compressed === 0xffffffff || uncompressed === 0xffffffff) throw tooBig();
    claimed += uncompressed;
    // What the archive says it holds is checked before anything is unpacked.
    if (claimed > limits.maxBytes) throw tooBig();
    parts.push({ name, utf8: (flags & 0x0800) !== 0, method, compressed, uncompressed, local });
  }

  let used = 0;
  return parts.map((p) => {
    if (p.local + 30 > zip.length || zip.readUInt32LE(p.local) !== LOCAL) throw damaged('en del saknas i filen');
    const start = p.local + 30 + zip.readUInt16LE(p.local + 26) + zip.readUInt16LE(p.local + 28);
    if (start + p.compressed > zip.length) throw damaged('en del är avkortad');
    const raw = zip.subarray(start, start + p.compressed);
    let data: Buffer;
    if (p.method === 0) data = Buffer.from(raw);
    else {
      try {
        // The cap holds even if the stated size lies: inflating stops at what is left of it.
        data = inflateRawSync(raw, { maxOutputLength: Math.max(1, limits.maxBytes - used) });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) throw tooBig();
        throw damaged('en del går inte att packa upp');
      }
    }
    if (data.length !== p.uncompressed) throw damaged('en del har en annan storlek än filen anger');
    used += data.length;
    if (used > limits.maxBytes) throw tooBig();
    return { name: p.name, utf8: p.utf8, data };
  });
}

/** A zip of the parts, stored uncompressed, for a reader that must not unpack anything unchecked. */
export function packStored(entries: XlsxEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const crc = crc32(e.data);
    const flags = e.utf8 ? 0x0800 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(e.name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(e.name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, e.name, e.data);
    centrals.push(central, e.name);
    offset += 30 + e.name.length + e.data.length;
  }
  const centralBytes = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(EOCD, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(centralBytes.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralBytes, eocd]);
}
