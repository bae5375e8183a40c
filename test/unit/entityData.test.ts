/**
 * Integrity of the knowledge data: well-formed ids, names in every language, no name claimed by two ids unless
 * listed below, countries covered, demonyms keyed by country, cue lists clean, and a few checkable facts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COUNTRY_ALIASES, COUNTRY_IDS } from '../../server/src/core/data/countryAliases';
import { DEMONYMS } from '../../server/src/core/data/demonyms';
import { KNOWN_ENTITIES, type KnownEntity } from '../../server/src/core/data/entities';
import { EAST_ASIAN_FAMILY_NAMES, GIVEN_NAMES } from '../../server/src/core/data/givenNames';
import * as cues from '../../server/src/core/data/nameCues';
import { LANGUAGES, type Language } from '../../server/src/core/types';

/** Lookup key of a name, as name matching builds it: case, diacritics, hyphens, apostrophes and dots ignored. */
function key(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .split(/[\s\-‐'’.]+/)
    .filter(Boolean)
    .join(' ');
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TYPES = new Set(['person', 'place', 'organization', 'event']);

/** Names deliberately claimed by several ids (checked exactly, so a stale entry fails too). */
const SHARED_NAMES: Record<string, readonly string[]> = {
  // Romanian "Moldova" and Italian "Moldavia" name both the Republic of Moldova and the Romanian region;
  // English "Moldavia" is the region.
  moldova: ['moldova', 'moldavia'],
  moldavia: ['moldova', 'moldavia'],
  // Alexandria in Egypt and the seat of Teleorman county, Romania.
  alexandria: ['alexandria', 'alexandria-romania'],
  // The US and the South Korean military staffs have the same English name.
  'joint chiefs of staff': ['us-joint-chiefs-of-staff', 'south-korea-joint-chiefs-of-staff'],
  // Italy's Popolo della Libertà (PdL) and Romania's Partidul Democrat-Liberal (PDL).
  pdl: ['the-people-of-freedom', 'democratic-liberal-party-romania'],
};

/** Region codes CLDR names that are not countries: deprecated, exceptionally reserved, groupings, test codes. */
const NOT_COUNTRIES = new Set([
  'AN', 'BU', 'CS', 'DD', 'DY', 'FX', 'HV', 'NH', 'RH', 'SU', 'TP', 'UK', 'VD', 'YD', 'YU', 'ZR',
  'AC', 'CP', 'CQ', 'DG', 'EA', 'IC', 'TA',
  'EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ',
]);

const regionNames = Object.fromEntries(
  LANGUAGES.map((l) => [l, new Intl.DisplayNames([l], { type: 'region', fallback: 'none' })]),
) as Record<Language, Intl.DisplayNames>;

/** Every name of every country and curated entity, by key: the ids claiming it and where. */
function claims(): Map<string, Map<string, string[]>> {
  const byKey = new Map<string, Map<string, string[]>>();
  const add = (name: string, id: string, where: string): void => {
    const k = key(name);
    const ids = byKey.get(k) ?? new Map<string, string[]>();
    ids.set(id, [...(ids.get(id) ?? []), where]);
    byKey.set(k, ids);
  };
  for (const [code, id] of Object.entries(COUNTRY_IDS)) {
    for (const l of LANGUAGES) {
      const official = regionNames[l].of(code);
      if (official) add(official, id, `${l} CLDR ${code}`);
      for (const alias of COUNTRY_ALIASES[code]?.[l] ?? []) add(alias, id, `${l} alias ${code}`);
    }
  }
  for (const e of KNOWN_ENTITIES) for (const l of LANGUAGES) for (const n of e.names[l]) add(n, e.id, `${l} ${e.type}`);
  return byKey;
}

function entity(id: string): KnownEntity {
  const e = KNOWN_ENTITIES.find((x) => x.id === id);
  assert.ok(e, `no entity ${id}`);
  return e;
}

void test('entity ids are unique, well formed and distinct from country ids', () => {
  const countryIds = new Set(Object.values(COUNTRY_IDS));
  const seen = new Set<string>();
  for (const e of KNOWN_ENTITIES) {
    assert.match(e.id, ID, e.id);
    assert.ok(!seen.has(e.id), `duplicate id ${e.id}`);
    assert.ok(!countryIds.has(e.id), `${e.id} is also a country id`);
    assert.ok(TYPES.has(e.type), `${e.id}: type ${e.type}`);
    if (e.wikidata !== undefined) assert.match(e.wikidata, /^Q[1-9]\d*$/, e.id);
    seen.add(e.id);
  }
  assert.ok(KNOWN_ENTITIES.length >= 600, `only ${KNOWN_ENTITIES.length} entities`);
});

void test('every entity has clean names in all three languages', () => {
  for (const e of KNOWN_ENTITIES) {
    for (const l of LANGUAGES) {
      const names = e.names[l];
      assert.ok(names.length > 0, `${e.id} has no ${l} name`);
      for (const n of names) {
        assert.equal(n, n.trim(), `${e.id} ${l}: "${n}" has outer spaces`);
        assert.ok(key(n).length > 0, `${e.id} ${l}: empty name`);
        assert.doesNotMatch(n, /\s{2}/, `${e.id} ${l}: "${n}" has double spaces`);
      }
    }
  }
});

void test('no name is claimed by two ids, except the listed ones', () => {
  const byKey = claims();
  for (const [k, ids] of byKey) {
    if (ids.size < 2) continue;
    const expected = SHARED_NAMES[k];
    assert.ok(expected, `"${k}" is claimed by ${[...ids].map(([id, w]) => `${id} (${w.join(', ')})`).join('; ')}`);
    assert.deepEqual([...ids.keys()].sort(), [...expected].sort(), `shared name "${k}"`);
  }
  for (const k of Object.keys(SHARED_NAMES)) assert.ok((byKey.get(k)?.size ?? 0) > 1, `"${k}" is no longer shared`);
});

void test('"Kim" alone names nobody', () => {
  assert.ok(!claims().has('kim'));
});

void test('COUNTRY_IDS covers every country CLDR names, and nothing else', () => {
  const ids = new Set<string>();
  for (const [code, id] of Object.entries(COUNTRY_IDS)) {
    assert.match(code, /^[A-Z]{2}$/);
    assert.match(id, ID, `${code}: ${id}`);
    assert.ok(!ids.has(id), `duplicate country id ${id}`);
    ids.add(id);
    for (const l of LANGUAGES) assert.ok(regionNames[l].of(code), `CLDR has no ${l} name for ${code}`);
    assert.ok(!NOT_COUNTRIES.has(code), `${code} is not a country`);
  }
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      if (regionNames.en.of(code) && !NOT_COUNTRIES.has(code)) assert.ok(COUNTRY_IDS[code], `no id for ${code} (${regionNames.en.of(code)})`);
    }
  }
});

void test('country aliases and demonyms are keyed by listed countries', () => {
  for (const code of Object.keys(COUNTRY_ALIASES)) assert.ok(COUNTRY_IDS[code], `alias for unknown ${code}`);
  assert.ok(Object.keys(DEMONYMS).length >= 80, `demonyms for ${Object.keys(DEMONYMS).length} countries`);
  const owner = new Map<string, string>();
  for (const [code, forms] of Object.entries(DEMONYMS)) {
    assert.ok(COUNTRY_IDS[code], `demonyms for unknown ${code}`);
    for (const l of LANGUAGES) {
      assert.ok(forms[l].length > 0, `${code} has no ${l} demonym`);
      for (const f of forms[l]) {
        if (l !== 'en') assert.equal(f, f.toLowerCase(), `${code} ${l}: "${f}" is capitalised`);
        const k = `${l}:${key(f)}`;
        assert.ok(!owner.has(k) || owner.get(k) === code, `${l} "${f}" belongs to ${owner.get(k)} and ${code}`);
        owner.set(k, code);
      }
    }
  }
});

void test('a demonym that is also a name belongs to the same country', () => {
  const byKey = claims();
  for (const [code, forms] of Object.entries(DEMONYMS)) {
    for (const l of LANGUAGES) {
      for (const f of forms[l]) {
        const ids = byKey.get(key(f));
        if (ids) assert.deepEqual([...ids.keys()], [COUNTRY_IDS[code]], `${l} demonym "${f}" is a name of ${[...ids.keys()].join(', ')}`);
      }
    }
  }
});

void test('cue lists are clean and boilerplate hides no name', () => {
  const lists: Record<string, cues.CueLists> = {
    PERSON_TITLES: cues.PERSON_TITLES,
    ORG_HEADS: cues.ORG_HEADS,
    PLACE_HEADS: cues.PLACE_HEADS,
    EVENT_HEADS: cues.EVENT_HEADS,
    PLACE_PREPOSITIONS: cues.PLACE_PREPOSITIONS,
    NAME_CONNECTORS: cues.NAME_CONNECTORS,
    COMMON_CAPITALISED: cues.COMMON_CAPITALISED,
  };
  for (const [name, perLanguage] of Object.entries(lists)) {
    for (const l of LANGUAGES) {
      const seen = new Set<string>();
      assert.ok(perLanguage[l].length > 0, `${name}.${l} is empty`);
      for (const w of perLanguage[l]) {
        assert.equal(w, w.trim(), `${name}.${l}: "${w}"`);
        assert.ok(!seen.has(w.toLowerCase()), `${name}.${l}: "${w}" twice`);
        seen.add(w.toLowerCase());
      }
    }
  }
  assert.ok(cues.ORG_SUFFIXES.length > 0);
  const byKey = claims();
  for (const l of LANGUAGES) {
    for (const phrase of cues.COMMON_CAPITALISED[l]) {
      for (const word of key(phrase).split(' ')) assert.ok(!byKey.has(word), `boilerplate "${phrase}" contains the name "${word}"`);
    }
  }
});

void test('given names and family names are capitalised, unique, and not place names', () => {
  const byKey = claims();
  // Family names that are also the bare alias of the person listed with them, and one transliteration clash.
  const alsoNames = new Map([['xi', 'xi-jinping'], ['mao', 'mao-zedong'], ['ismail', 'izmail']]);
  const seen = new Set<string>();
  for (const n of [...GIVEN_NAMES, ...EAST_ASIAN_FAMILY_NAMES]) {
    assert.match(n, /^\p{Lu}\p{Ll}+$/u, n);
    assert.ok(!seen.has(key(n)), `${n} twice`);
    seen.add(key(n));
    const ids = byKey.get(key(n));
    if (ids) assert.deepEqual([...ids.keys()], [alsoNames.get(key(n))], `${n} is also the name of ${[...ids.keys()].join(', ')}`);
  }
  assert.ok(seen.has('kim'), 'Kim is listed as a family name');
});

/** Facts a reviewer can check: a name in a language and the entity it must resolve to. */
const FACTS: readonly { language: Language; name: string; id: string; type: KnownEntity['type'] }[] = [
  { language: 'it', name: 'Mosca', id: 'moscow', type: 'place' },
  { language: 'ro', name: 'Moscova', id: 'moscow', type: 'place' },
  { language: 'en', name: 'Moscow', id: 'moscow', type: 'place' },
  { language: 'it', name: 'Pechino', id: 'beijing', type: 'place' },
  { language: 'ro', name: 'Beijing', id: 'beijing', type: 'place' },
  { language: 'en', name: 'Beijing', id: 'beijing', type: 'place' },
  { language: 'ro', name: 'Phenian', id: 'pyongyang', type: 'place' },
  { language: 'it', name: 'Seul', id: 'seoul', type: 'place' },
  { language: 'it', name: 'Varsavia', id: 'warsaw', type: 'place' },
  { language: 'ro', name: 'Varșovia', id: 'warsaw', type: 'place' },
  { language: 'en', name: 'Kyiv', id: 'kyiv', type: 'place' },
  { language: 'ro', name: 'Kiev', id: 'kyiv', type: 'place' },
  { language: 'ro', name: 'Harkov', id: 'kharkiv', type: 'place' },
  { language: 'ro', name: 'Zaporojie', id: 'zaporizhzhia', type: 'place' },
  { language: 'it', name: 'Kursk', id: 'kursk', type: 'place' },
  { language: 'it', name: 'Mar Nero', id: 'black-sea', type: 'place' },
  { language: 'ro', name: 'Marea Neagră', id: 'black-sea', type: 'place' },
  { language: 'ro', name: 'Dunărea', id: 'danube', type: 'place' },
  { language: 'it', name: 'Ginevra', id: 'geneva', type: 'place' },
  { language: 'it', name: 'Cisgiordania', id: 'west-bank', type: 'place' },
  { language: 'ro', name: 'Piața Tiananmen', id: 'tiananmen-square', type: 'place' },
  { language: 'en', name: 'Kim Jong Un', id: 'kim-jong-un', type: 'person' },
  { language: 'it', name: 'Kim Jong-un', id: 'kim-jong-un', type: 'person' },
  { language: 'it', name: 'Putin', id: 'vladimir-putin', type: 'person' },
  { language: 'ro', name: 'Xi Jinping', id: 'xi-jinping', type: 'person' },
  { language: 'it', name: 'Andrey Rudenko', id: 'andrey-rudenko', type: 'person' },
  { language: 'it', name: 'Sergei Shoigu', id: 'sergei-shoigu', type: 'person' },
  { language: 'it', name: 'Choe Son Hui', id: 'choe-son-hui', type: 'person' },
  { language: 'ro', name: 'Zelenski', id: 'volodymyr-zelensky', type: 'person' },
  { language: 'it', name: 'KCNA', id: 'kcna', type: 'organization' },
  { language: 'it', name: 'TASS', id: 'tass', type: 'organization' },
  { language: 'it', name: 'Cremlino', id: 'kremlin', type: 'organization' },
  { language: 'ro', name: 'Kremlin', id: 'kremlin', type: 'organization' },
  { language: 'it', name: 'Casa Bianca', id: 'white-house', type: 'organization' },
  { language: 'ro', name: 'Casa Albă', id: 'white-house', type: 'organization' },
  { language: 'it', name: 'ONU', id: 'united-nations', type: 'organization' },
  { language: 'ro', name: 'Uniunea Europeană', id: 'european-union', type: 'organization' },
  { language: 'it', name: 'Joint Chiefs of Staff', id: 'south-korea-joint-chiefs-of-staff', type: 'organization' },
  { language: 'it', name: 'Seconda guerra mondiale', id: 'world-war-ii', type: 'event' },
  { language: 'ro', name: 'Al Doilea Război Mondial', id: 'world-war-ii', type: 'event' },
  { language: 'it', name: 'Capodanno', id: 'new-year', type: 'event' },
  { language: 'it', name: 'Giorno della Vittoria', id: 'victory-day', type: 'event' },
];

void test('checkable facts', () => {
  for (const f of FACTS) {
    const e = entity(f.id);
    assert.equal(e.type, f.type, f.id);
    assert.ok(e.names[f.language].some((n) => key(n) === key(f.name)), `${f.language} "${f.name}" is not a name of ${f.id}`);
  }
  assert.equal(COUNTRY_IDS['KP'], 'north-korea');
  assert.equal(COUNTRY_IDS['RU'], 'russia');
  assert.equal(COUNTRY_IDS['US'], 'united-states');
  assert.ok(COUNTRY_ALIASES['KP']?.it.includes('RPDC'));
  assert.ok(COUNTRY_ALIASES['US']?.ro.includes('SUA'));
  assert.ok(DEMONYMS['KP']?.it.includes('nordcoreani'));
  assert.ok(DEMONYMS['KP']?.ro.includes('nord-coreeni'));
  assert.ok(DEMONYMS['RU']?.ro.includes('rusești'));
});
