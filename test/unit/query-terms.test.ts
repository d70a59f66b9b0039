// What people type, read as filters and free words: which word names which
// value, that no word ever turns one language into another, and that a query
// naming a known value finds exactly the records that have it (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneTypoApart } from '../../src/lib/search/approximate-match';
import { createCatalog } from '../../src/lib/catalog/catalog';
import { foldedWords } from '../../src/lib/locale/fold';
import {
  createVocabulary,
  MAX_FREE_WORDS,
  MAX_QUERY_TOKENS,
  readQuery,
  readWord,
  tokenize,
  withoutTerms,
  type TermGroup,
  type VocabularyValue,
} from '../../src/lib/search/query-terms';
import { createRecordSearch } from '../../src/lib/search/record-search';
import { buildSearchFile } from '../../src/lib/search/search-data';
import { searchVocabulary } from '../../src/lib/search/search-vocabulary';
import { model, provider, service } from './support/model-builder';

const value = (group: TermGroup, name: string, key = foldedWords(name).join('-')): VocabularyValue => ({ group, key, name, words: foldedWords(name) });

const vocabulary = createVocabulary([
  value('services', 'Hemtjänst', 'hemtjanst'),
  value('services', 'Särskilt boende för äldre', 'sarskilt-boende'),
  value('services', 'Dagverksamhet för äldre', 'dagverksamhet'),
  value('services', 'Daglig verksamhet enligt LSS', 'daglig-verksamhet'),
  value('services', 'Korttidsvistelse enligt LSS', 'korttid'),
  value('services', 'Bostad med särskild service för vuxna enligt LSS', 'bostad'),
  ...['arabiska', 'serbiska', 'ryska', 'tyska', 'finska', 'Persiska (farsi)', 'irländska', 'teckenspråk'].map((n) => value('languages', n)),
  ...[
    'Demensinriktning',
    'Finskspråkig verksamhet',
    'Arabisktalande personal',
    'Persisktalande personal',
    'HBTQ-certifierad',
    'Psykiatrisk inriktning',
    'Somatisk inriktning',
    'Vård i livets slut',
  ].map((n) => value('profiles', n)),
  ...['Norra centrum', 'Centrum', 'Norra centrum väst', 'Stenudden', 'Södra hamnen', 'Ör', 'Ön', 'Ås backe'].map((n) => value('areas', n)),
]);
const named = (word: string) => readWord(vocabulary, foldedWords(word).join('')).map((v) => `${v.group}:${v.name}`);

describe('readWord: which value a word names', () => {
  it.each([
    // The whole name, folded: case and å, ä, ö do not matter.
    ['arabiska', ['languages:arabiska']],
    ['serbiska', ['languages:serbiska']],
    ['ryska', ['languages:ryska']],
    ['tyska', ['languages:tyska']],
    ['teckensprak', ['languages:teckenspråk']],
    ['stenudden', ['areas:Stenudden']],
    ['centrum', ['areas:Centrum']],
    ['hemtjanst', ['services:Hemtjänst']],
    ['ör', ['areas:Ör']],
    ['on', ['areas:Ön']],
    // One word of a longer name.
    ['persiska', ['languages:Persiska (farsi)']],
    ['farsi', ['languages:Persiska (farsi)']],
    ['hbtq', ['profiles:HBTQ-certifierad']],
    ['daglig', ['services:Daglig verksamhet enligt LSS']],
    // A word in several names names them all: "lss" is every LSS service.
    ['lss', ['services:Daglig verksamhet enligt LSS', 'services:Korttidsvistelse enligt LSS', 'services:Bostad med särskild service för vuxna enligt LSS']],
    ['aldre', ['services:Särskilt boende för äldre', 'services:Dagverksamhet för äldre']],
    // A stem: at most two letters more.
    ['arabisk', ['languages:arabiska']],
    ['finsk', ['languages:finska']],
    ['tysk', ['languages:tyska']],
    ['psykiatri', ['profiles:Psykiatrisk inriktning']],
    // The beginning of a word, four letters or more.
    ['demens', ['profiles:Demensinriktning']],
    ['finsksprakig', ['profiles:Finskspråkig verksamhet']],
    ['arab', ['languages:arabiska', 'profiles:Arabisktalande personal']],
    // One typo in a long word, when one value fits.
    ['arabsika', ['languages:arabiska']],
    ['arbiska', ['languages:arabiska']],
    ['arrabiska', ['languages:arabiska']],
    ['arabiskan', ['languages:arabiska']],
    ['stenuddem', ['areas:Stenudden']],
    ['demensinrikting', ['profiles:Demensinriktning']],
    ['somatik', ['profiles:Somatisk inriktning']],
  ])('%j names %j', (word, expected) => {
    expect(named(word)).toEqual(expected);
  });

  it.each([
    // A wrong letter is no typo in a language: these are other languages.
    'arebiska',
    'isländska',
    'tjeska',
    // Too short for a typo, or for a beginning.
    'ryskx',
    'ara',
    'dem',
    // A word of two letters is a whole name ("Ör") or nothing: not one word of a longer name ("Ås backe"), nor a beginning.
    'ås',
    'st',
    // Small words never name a value alone, though "med" and "för" stand in names.
    'med',
    'for',
    'och',
    'i',
    // Not near anything.
    'xyzzy',
    'demenssjukdom',
  ])('%j names nothing (a free word)', (word) => {
    expect(named(word)).toEqual([]);
  });
});

describe('no language word ever reads as another language', () => {
  const LANGUAGES =
    'albanska amhariska arabiska arameiska armeniska assyriska azerbajdzjanska bengali bosniska bulgariska burmesiska danska dari engelska estniska finska franska georgiska grekiska hebreiska hindi irländska isländska italienska japanska jiddisch kantonesiska kinesiska koreanska kroatiska kurdiska kurmanji lettiska litauiska makedonska mandarin meänkieli mongoliska nederländska nepali norska pashto persiska polska portugisiska punjabi romani romska rumänska ryska samiska serbiska slovakiska slovenska somaliska sorani spanska svenska swahili syrianska syriska tagalog tamil thai tigrinja tjeckiska tornedalsfinska turkiska tyska ukrainska ungerska urdu uzbekiska vietnamesiska teckenspråk'.split(
      ' ',
    );
  const typed = (name: string) => foldedWords(name)[0];

  /** The word with one letter missing, one extra, or two neighbours swapped. */
  const typos = (w: string) => [
    ...Array.from({ length: w.length }, (_, i) => w.slice(0, i) + w.slice(i + 1)),
    ...Array.from({ length: w.length + 1 }, (_, i) => `${w.slice(0, i)}e${w.slice(i)}`),
    ...Array.from({ length: w.length - 1 }, (_, i) => w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)),
  ];

  it('written right or with one typo, a language never names another known one', () => {
    const wrong: string[] = [];
    for (const known of LANGUAGES) {
      const only = createVocabulary([value('languages', known)]);
      const k = typed(known);
      for (const other of LANGUAGES.filter((l) => l !== known)) {
        const w = typed(other);
        if (readWord(only, w).length > 0) wrong.push(`${other} -> ${known}`);
        // A typo of one language that is also a typo or the beginning of the other is just as near to both; the rest must name nothing.
        for (const v of typos(w))
          if (readWord(only, v).length > 0 && !(oneTypoApart(v, k, false) || k.startsWith(v))) wrong.push(`${v} (${other}) -> ${known}`);
      }
    }
    expect(wrong).toEqual([]);
  });
  it.each([
    ['serbiska', 'arabiska'],
    ['arabiska', 'serbiska'],
    ['persiska', 'serbiska'],
    ['ryska', 'tyska'],
    ['tyska', 'ryska'],
    ['isländska', 'irländska'],
    ['slovakiska', 'slovenska'],
    ['kurdiska', 'turkiska'],
    ['syriska', 'assyriska'],
    ['arameiska', 'armeniska'],
    ['finska', 'Finskspråkig verksamhet'],
  ])('%j never names %j', (word, other) => {
    const only = createVocabulary([value(other.includes(' ') ? 'profiles' : 'languages', other)]);
    expect(readWord(only, typed(word))).toEqual([]);
  });
});

describe('readQuery: terms and free words', () => {
  const read = (q: string) => {
    const r = readQuery(q, vocabulary);
    return { terms: r.terms.map((t) => t.values.map((v) => v.name).join(' | ')), free: r.free };
  };
  it.each([
    ['Arabiska  DEMENS', ['arabiska', 'Demensinriktning'], []],
    ['norra centrum', ['Norra centrum'], []],
    ['Centrum norra', ['Norra centrum'], []],
    ['norra centrum väst', ['Norra centrum väst'], []],
    ['norra', ['Norra centrum | Norra centrum väst'], []],
    ['daglig verksamhet', ['Daglig verksamhet enligt LSS'], []],
    // "verksamhet" alone is in two names; with "daglig" it is that one.
    ['verksamhet daglig', ['Daglig verksamhet enligt LSS'], []],
    ['arabisktalande personal', ['Arabisktalande personal'], []],
    ['demens hemtjänst', ['Demensinriktning', 'Hemtjänst'], []],
    ['demens för äldre', ['Demensinriktning', 'Särskilt boende för äldre | Dagverksamhet för äldre'], []],
    ['hemtjänst med demens', ['Hemtjänst', 'Demensinriktning'], []],
    ['Lindas hemtjänst', ['Hemtjänst'], ['lindas']],
    ['Lugn och ro', [], ['lugn', 'ro']],
    ['och', [], ['och']],
    ['arabiska arabiska', ['arabiska'], []],
    ['solgarden solgarden', [], ['solgarden']],
  ])('%j: terms %j, free %j', (q, terms, free) => {
    expect(read(q)).toEqual({ terms, free });
  });

  it('keeps where each term came from, so a chip can take its words out of the query', () => {
    const r = readQuery('Arabiska, demens  i Norra centrum', vocabulary);
    expect(r.terms.map((t) => withoutTerms(r, [t]))).toEqual(['demens i Norra centrum', 'Arabiska i Norra centrum', 'Arabiska demens i']);
    expect(withoutTerms(r, r.terms)).toEqual('i');
    expect(withoutTerms(r, [])).toEqual('Arabiska demens i Norra centrum');
  });
});

describe('hostile input', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'a.*b(', '[', '\\', '$&', '((((((((((', '?q=1&x=2', '<script>', 'null', 'undefined'])(
    '%j reads as free words, names nothing and changes no object',
    (q) => {
      const r = readQuery(q, vocabulary);
      expect(r.terms).toEqual([]);
      expect(r.free.every((w) => /^[a-z0-9]+$/.test(w))).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );
  it('reads at most a fixed number of words of a very long query, quickly', () => {
    const long = 'arabiska demens xyzzy '.repeat(20_000);
    const started = performance.now();
    const r = readQuery(long, vocabulary);
    expect(performance.now() - started).toBeLessThan(200);
    expect(r.tokens.length).toBeLessThanOrEqual(MAX_QUERY_TOKENS);
    expect(r.free.length).toBeLessThanOrEqual(MAX_FREE_WORDS);
    expect(r.terms.map((t) => t.values[0].name)).toEqual(['arabiska', 'Demensinriktning']);
    expect(tokenize('a'.repeat(100_000))[0].word.length).toBeLessThanOrEqual(500);
  });
  it('letters of other scripts stay words; accents and marks fold away', () => {
    expect(tokenize('عربي Ärabiska\u0301 ✓').map((t) => t.word)).toEqual(['عربي', 'arabiska']);
  });
});

describe('property: a query naming a known value finds exactly the records that have it', () => {
  // Names of each group share no word with another group or with provider names,
  // so no name has a value's word (the name rule is tested in record-search.test.ts).
  const AREAS = ['Norra centrum', 'Centrum', 'Norra centrum väst', 'Södra hamnen', 'Hamnen', 'Östra Åsen', 'Lövhöjden'];
  const LANGUAGES = [
    'arabiska',
    'serbiska',
    'ryska',
    'tyska',
    'persiska',
    'Persiska (farsi)',
    'finska',
    'irländska',
    'isländska',
    'slovakiska',
    'slovenska',
    'teckenspråk',
  ];
  const PROFILES = [
    'Demens',
    'Demensinriktning',
    'Arabisktalande personal',
    'Persisktalande personal',
    'Finskspråkig verksamhet',
    'HBTQ-certifierad',
    'Vård i livets slut',
  ];
  const NAMES = ['Ankaret', 'Björken', 'Solrosen AB', 'Tallkotten', 'Lugn & Ro', 'Ekbacken omsorg', 'Kastanjen'];
  const slug = (s: string) => foldedWords(s).join('-');
  const subset = (list: string[]) => fc.subarray(list.map((_, i) => i));

  const records = fc.array(fc.record({ name: fc.constantFrom(...NAMES), areas: subset(AREAS), languages: subset(LANGUAGES), profiles: subset(PROFILES) }), {
    minLength: 1,
    maxLength: 12,
  });

  function build(rows: { name: string; areas: number[]; languages: number[]; profiles: number[] }[]) {
    const m = model({
      site: { ...model().site, profiles: PROFILES.map((p) => ({ id: slug(p), name: p })) },
      services: [service({ areas: AREAS.map((a) => ({ id: slug(a), name: a })) })],
      providers: rows.map((r, i) =>
        provider({
          id: `p${i}`,
          name: r.name,
          areas: r.areas.map((a) => slug(AREAS[a])),
          languages: r.languages.map((l) => LANGUAGES[l]),
          profiles: r.profiles.map((p) => slug(PROFILES[p])),
        }),
      ),
    });
    const file = buildSearchFile(createCatalog(m), 'hemtjanst');
    const vocabulary = createVocabulary(searchVocabulary([{ file, name: 'Hemtjänst' }]));
    const search = createRecordSearch(file);
    const ids = (q: string) => (search.search(readQuery(q, vocabulary)) ?? []).map((i) => file.records[i].id).sort();
    return { rows, ids };
  }
  const groups = { areas: AREAS, languages: LANGUAGES, profiles: PROFILES } as const;
  type Group = keyof typeof groups;
  const having = (rows: { areas: number[]; languages: number[]; profiles: number[] }[], group: Group, i: number) =>
    rows.flatMap((r, k) => (r[group].includes(i) ? [`p${k}`] : [])).sort();
  // Known: in the search file. A service's areas all are; a language or inriktning only when someone has it
  // (a word for one nobody has may name a near one that is there: "persiska" finds "Persiska (farsi)").
  const known = (rows: { areas: number[]; languages: number[]; profiles: number[] }[], group: Group, i: number) =>
    group === 'areas' || having(rows, group, i).length > 0;
  const written = fc.constantFrom<(s: string) => string>(
    (s) => s,
    (s) => s.toUpperCase(),
    (s) => foldedWords(s).join(' '),
    (s) => ` ${s.replace(/ /g, '  ')} `,
  );

  it('one value, written as shown, in capitals, without å/ä/ö or with extra spaces', () => {
    const pick = fc.constantFrom<Group>('areas', 'languages', 'profiles').chain((g) => fc.tuple(fc.constant(g), fc.nat({ max: groups[g].length - 1 })));
    fc.assert(
      fc.property(records, pick, written, (rows, [group, i], write) => {
        fc.pre(known(rows, group, i));
        const { ids } = build(rows);
        expect(ids(write(groups[group][i]))).toEqual(having(rows, group, i));
      }),
      { numRuns: 300 },
    );
  });

  it('two values of different kinds: the records that have both', () => {
    const two = fc.tuple(fc.nat({ max: LANGUAGES.length - 1 }), fc.nat({ max: PROFILES.length - 1 }), fc.nat({ max: AREAS.length - 1 }), fc.boolean());
    fc.assert(
      fc.property(records, two, (rows, [l, p, a, withArea]) => {
        fc.pre(known(rows, 'languages', l) && known(rows, 'profiles', p));
        const { ids } = build(rows);
        const both = having(rows, 'languages', l).filter((id) => having(rows, 'profiles', p).includes(id));
        expect(ids(`${LANGUAGES[l]} ${PROFILES[p]}`)).toEqual(both);
        if (withArea) expect(ids(`${AREAS[a]} ${LANGUAGES[l]}`)).toEqual(having(rows, 'areas', a).filter((id) => having(rows, 'languages', l).includes(id)));
      }),
      { numRuns: 200 },
    );
  });
});
