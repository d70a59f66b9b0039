// The words the comparison island needs for enum values and figure states,
// picked from the dictionary by the page and passed as plain props.
import type { StatusStrings } from '../i18n/status-text';

export interface CompareLabels {
  ownership: Record<string, string>;
  capacity: Record<string, string>;
  status: Record<string, string>;
  facts: Record<string, string>;
  yes: string;
  no: string;
  states: Record<string, string>;
  difference: Record<string, string>;
  judgement: Record<string, string>;
  followUpKinds: Record<string, string>;
  sanctions: Record<string, string>;
  followUpStatuses: Record<string, string>;
  old: string;
  /** The status line and the age of a capacity confirmation (src/i18n/sv-status.ts). */
  statusWords: StatusStrings;
}
