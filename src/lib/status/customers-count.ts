// A service's count of customers with the age rule applied: `asOf` is free
// text ("per 2020-07-31", "under 2019"), so the date it names is read from it.
import type { Service } from '../../schemas/service';
import { daysInMonth, isRealIsoDate } from '../locale/dates';
import { factAge, type FactAge } from './fact-age';

export interface CustomersCountView {
  count: number;
  /** As the content file writes it. */
  asOf: string;
  age: FactAge;
}

/**
 * The date a text such as "per 2020-07-31" names: a full date as written, a
 * month (2020-07) or a year ("under 2019") as its last day, the end of what
 * was counted. Undefined when the text names no date.
 */
export function dateInText(text: string): string | undefined {
  const day = /\b(\d{4}-\d{2}-\d{2})\b/.exec(text);
  if (day && isRealIsoDate(day[1])) return day[1];
  const month = /\b(\d{4})-(0[1-9]|1[0-2])\b/.exec(text);
  if (month) return `${month[1]}-${month[2]}-${String(daysInMonth(Number(month[1]), Number(month[2])))}`;
  const year = /\b((?:19|20)\d{2})\b/.exec(text);
  return year ? `${year[1]}-12-31` : undefined;
}

export function customersCountView(customers: Service['customers'], today: string, maxAgeMonths: number): CustomersCountView | undefined {
  if (!customers) return undefined;
  return { count: customers.count, asOf: customers.asOf, age: factAge(dateInText(customers.asOf), today, maxAgeMonths) };
}
