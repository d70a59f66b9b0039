// A cell as exceljs hands it over, made plain: rich text joined, a formula's
// cached result, a hyperlink's text (and where it points), an error value kept
// as such. Shared strings and inline strings already arrive as text.
import type { CellValue as ExcelValue } from 'exceljs';

export type CellValue =
  | null
  | string
  | number
  | boolean
  | Date
  /** A hyperlink: the text shown, and the address it points to. */
  | { text: string; link: string }
  /** An error value such as #N/A or #REF!, or a formula Excel never calculated. */
  | { error: string };

const richText = (v: unknown): string | undefined =>
  v && typeof v === 'object' && Array.isArray((v as { richText?: unknown }).richText)
    ? (v as { richText: { text?: unknown }[] }).richText.map((r) => (typeof r.text === 'string' ? r.text : '')).join('')
    : undefined;

export function plainCellValue(value: ExcelValue | undefined, depth = 0): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value !== 'object' || depth > 3) return null;
  const rich = richText(value);
  if (rich !== undefined) return rich;
  const v = value as unknown as Record<string, unknown>;
  if ('error' in v) return { error: String(v.error) };
  if ('formula' in v || 'sharedFormula' in v) {
    // Only what Excel calculated and saved counts; a formula is not evaluated here.
    if (!('result' in v) || v.result === undefined) return { error: 'en formel utan uträknat värde' };
    return plainCellValue(v.result as ExcelValue, depth + 1);
  }
  if ('hyperlink' in v) {
    const text = typeof v.text === 'string' ? v.text : (richText(v.text) ?? '');
    return { text, link: String(v.hyperlink ?? '') };
  }
  if ('text' in v && typeof v.text === 'string') return v.text;
  return null;
}

/** Whether a cell holds nothing a person typed (empty, or only spaces). */
export function isBlankCell(value: CellValue): boolean {
  if (value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value === 'object' && 'text' in value) return value.text.trim() === '' && value.link.trim() === '';
  return false;
}

/** A cell as text for a header, a message or a personnummer scan. */
export function cellAsText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') return 'error' in value ? value.error : value.text || value.link;
  return String(value);
}
