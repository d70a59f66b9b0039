// Hostile and careless text in every free-text field of every content type goes
// through the real build and comes out only as inert text: in the HTML, the
// feed, the open-data files and any JSON (a search index) the build writes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectHostileContent, truncate, uncoveredFields, type Injection } from './support/hostile-content';
import { CORE_ATTACK, HOSTILE_STRINGS, hostileString } from './support/hostile-strings';
import { inspectHostileBuild } from './support/inspect-build';
import { buildSite } from './support/site-build';

/** Fields whose text the site does not publish anywhere, with the reason. */
const NOT_PUBLISHED: Record<string, string> = {};

const work = mkdtempSync(join(tmpdir(), 'kvg-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let runs = 0;

/** Builds content with hostile text and returns what the inspection found. */
function buildHostile(next: (room: number) => string) {
  const n = runs++;
  const content = join(work, `content-${n}`);
  const out = join(work, `dist-${n}`);
  const injections = injectHostileContent(content, next);
  try {
    const build = buildSite(content, out);
    expect(build.status, `bygget med fientlig text ska lyckas:\n${build.output.slice(-3000)}`).toBe(0);
    return { injections, inspection: inspectHostileBuild(out, baselineDir, injections) };
  } finally {
    rmSync(content, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}

let baselineDir = '';
beforeAll(() => {
  const content = join(work, 'content-plain');
  baselineDir = join(work, 'dist-plain');
  injectHostileContent(content, () => 'Vanlig text');
  const build = buildSite(content, baselineDir);
  if (build.status !== 0) throw new Error(`Bygget med vanlig text misslyckades:\n${build.output}`);
});

function expectInert({ injections, inspection }: { injections: Injection[]; inspection: ReturnType<typeof inspectHostileBuild> }) {
  expect(inspection.problems).toEqual([]);
  expect(
    inspection.unpublished.filter((f) => !(f in NOT_PUBLISHED)),
    'fält vars text inte syns någonstans',
  ).toEqual([]);
  expect(injections.length).toBeGreaterThan(50);
}

describe('fientlig text i varje fritextfält', () => {
  it('når varje fritextfält i varje innehållstyp', () => {
    expect(uncoveredFields(injectHostileContent(join(work, 'coverage'), () => 'x'))).toEqual([]);
  });

  it('varje känd fientlig sträng, fördelad över alla fält, blir bara text', () => {
    let i = 0;
    // Every field gets the core attack; the other strings take turns in front of it.
    const result = buildHostile((room) => {
      const other = HOSTILE_STRINGS[i++ % HOSTILE_STRINGS.length];
      return room > CORE_ATTACK.length + 1 ? `${truncate(other, room - CORE_ATTACK.length - 1)} ${CORE_ATTACK}` : CORE_ATTACK;
    });
    console.log(`${result.injections.length} fält fick fientlig text; ${result.inspection.pages} sidor granskade.`);
    expectInert(result);
  });

  it('slumpade fientliga strängar (fast-check) blir bara text', async () => {
    await fc.assert(
      fc.property(fc.array(hostileString, { minLength: 200, maxLength: 200 }), (strings) => {
        let i = 0;
        expectInert(buildHostile(() => strings[i++ % strings.length]));
      }),
      // Each run is a real build: no shrinking (it would rebuild hundreds of times); the failing strings are printed.
      { numRuns: 3, endOnFailure: true },
    );
  });
});
