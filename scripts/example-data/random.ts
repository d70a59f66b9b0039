// The example data's random streams, from one seed so it is the same on every run.
// Each entity draws from its own stream, keyed by a name, so adding one provider does not reshuffle the rest.
import { Random } from '../lib/seeded-random';

export type { Random };

export const SEED = 20261115;

/** FNV-1a hash of a text, used to derive one stream per key. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** An independent stream for one named thing, e.g. rng('provider', 'trygga-hander'). */
export function rng(...key: (string | number)[]): Random {
  return new Random(hash(`${SEED}|${key.join('|')}`));
}
