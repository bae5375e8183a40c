/** What a reader checks by eye on the five seed articles, through the workspace index the server and CLI use. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { WorkspaceIndex } from '../../server/src/core/workspaceIndex.ts';
import type { Claim, Mention } from '../../server/src/core/types.ts';

const SEEDS = path.join(import.meta.dirname, '..', '..', 'seeds');
const files = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const index = new WorkspaceIndex();
index.setAll(files.map((f) => ({ uri: f.slice(0, 3), text: fs.readFileSync(path.join(SEEDS, f), 'utf8') })));

function mention(doc: string, text: string, nth = 0): Mention {
  const found = index.get(doc)!.facts.entities.filter((m) => m.text === text);
  assert.ok(found[nth], `no entity "${text}" in ${doc}; found: ${index.get(doc)!.facts.entities.map((m) => m.text).join(', ')}`);
  return found[nth]!;
}

function claim(doc: string, text: string): { claim: Claim; index: number } {
  const claims = index.get(doc)!.facts.claims;
  const i = claims.findIndex((c) => c.text === text);
  assert.ok(i >= 0, `no claim "${text}" in ${doc}; found: ${claims.map((c) => c.text).join(' | ')}`);
  return { claim: claims[i]!, index: i };
}

const entityCases: { what: string; a: [string, string]; b: [string, string]; id?: string; type?: string }[] = [
  { what: 'Kursk is one place in 000 and 001', a: ['000', 'Kursk'], b: ['001', 'Kursk'], type: 'place' },
  { what: 'Kursk is one place in 000 and 002', a: ['000', 'Kursk'], b: ['002', 'Kursk'] },
  { what: 'Kursk is one place in 000 and 004', a: ['000', 'Kursk'], b: ['004', 'Kursk'] },
  { what: 'Coreea de Nord (ro) is Corea del Nord (it)', a: ['004', 'Coreea de Nord'], b: ['000', 'Corea del Nord'], id: 'north-korea', type: 'place' },
  { what: 'Moscova (ro) is Mosca (it)', a: ['004', 'Moscova'], b: ['001', 'Mosca'], id: 'moscow', type: 'place' },
  { what: 'Rusiei (ro, genitive) is Russia (it)', a: ['004', 'Rusiei'], b: ['000', 'Russia'], id: 'russia' },
  { what: 'Kremlinului (ro, genitive) is Cremlino (it)', a: ['004', 'Kremlinului'], b: ['000', 'Cremlino'] },
  { what: 'Beijingului (ro) is Pechino (it)', a: ['004', 'Beijingului'], b: ['000', 'Pechino'], id: 'beijing' },
  { what: 'Kim Jong Un (001) is Kim Jong-un (000)', a: ['001', 'Kim Jong Un'], b: ['000', 'Kim Jong-un'], type: 'person' },
  { what: 'Kim alone (004) is Kim Jong-un (000)', a: ['004', 'Kim'], b: ['000', 'Kim Jong-un'], type: 'person' },
  { what: 'Xi (004) is Xi Jinping (000)', a: ['004', 'Xi'], b: ['000', 'Xi Jinping'], type: 'person' },
  { what: 'Putin (004) is Vladimir Putin (000)', a: ['004', 'Putin'], b: ['000', 'Vladimir Putin'], id: 'vladimir-putin', type: 'person' },
  { what: 'Japoniei (ro, genitive) is Giappone (it)', a: ['004', 'Japoniei'], b: ['000', 'Giappone'], id: 'japan' },
  { what: 'Ucraina (ro) is Ucraina (it)', a: ['004', 'Ucraina'], b: ['003', 'Ucraina'], id: 'ukraine' },
  { what: 'Pyongyang in 000 and 002', a: ['000', 'Pyongyang'], b: ['002', 'Pyongyang'], type: 'place' },
  { what: '"al Doilea Război Mondial" (004, lowercase article) is the Seconda Guerra Mondiale of 000', a: ['004', 'Doilea Război Mondial'], b: ['000', 'Seconda Guerra Mondiale'], id: 'world-war-ii', type: 'event' },
];

test('places named side by side are places, not one body or person: "dell\'Unione Sovietica sulla Germania" (002), "La Corea del Nord" after a headline (001)', () => {
  assert.deepEqual([mention('002', 'Unione Sovietica'), mention('002', 'Germania')].map((m) => [m.type, m.id]), [['place', 'soviet-union'], ['place', 'germany']]);
  assert.deepEqual([mention('001', 'Corea del Nord').type, mention('001', 'Corea del Nord').id], ['place', 'north-korea']);
  for (const doc of ['001', '002']) assert.ok(!index.get(doc)!.facts.entities.some((m) => /^La Corea|sulla Germania/.test(m.text)), doc);
});

for (const c of entityCases) {
  test(c.what, () => {
    const a = mention(...c.a);
    const b = mention(...c.b);
    assert.equal(a.id, b.id);
    if (c.id) assert.equal(a.id, c.id);
    if (c.type) assert.equal(a.type, c.type);
  });
}

test('agencies are organizations: KCNA (001, 002) and TASS (003)', () => {
  assert.equal(mention('001', 'KCNA').type, 'organization');
  assert.equal(mention('001', 'KCNA').id, mention('002', 'KCNA').id);
  assert.equal(mention('003', 'TASS').type, 'organization');
});

test('unknown names link across documents: Choe Son Hui is a person', () => {
  assert.equal(mention('002', 'Choe Son Hui').type, 'person');
});

test('years are dates, not claims', () => {
  assert.equal(mention('000', '2024').type, 'date');
  assert.ok(!index.get('000')!.facts.claims.some((c) => c.text === '2024'));
});

test('000: "da 10.000 a 12.000 soldati" is 10,000-12,000 troops', () => {
  const { claim: c } = claim('000', 'da 10.000 a 12.000 soldati');
  assert.deepEqual([c.low, c.high, c.qualifier, c.unit, c.concept], [10000, 12000, 'exact', 'soldier', 'troops']);
});

test('004: "circa 11.000-12.000 de soldați" is about 11,000-12,000 troops', () => {
  const { claim: c } = claim('004', 'circa 11.000-12.000 de soldați');
  assert.deepEqual([c.low, c.high, c.qualifier, c.concept], [11000, 12000, 'approximately', 'troops']);
});

test('000 troops agree with 004 and 003, conflict with 002', () => {
  const { index: i } = claim('000', 'da 10.000 a 12.000 soldati');
  const links = index.linksOf('000', i);
  const by = (doc: string) => links.filter((l) => l.b.doc === doc).map((l) => [l.b.claim.text, l.relation]);
  assert.deepEqual(by('004'), [['circa 11.000-12.000 de soldați', 'agrees']]);
  assert.deepEqual(by('003'), [['circa 11.000 truppe', 'agrees']]);
  assert.deepEqual(by('002').map(([, r]) => r), ['conflicts']);
  assert.match(String(by('002')[0]![0]), /15\.000/);
});

test('deaths are not compared with troop numbers', () => {
  const { claim: c, index: i } = claim('002', 'circa 600 soldati');
  assert.equal(c.concept, 'deaths');
  assert.ok(index.linksOf('002', i).every((l) => l.b.claim.concept === 'deaths'));
});

test('an increment ("almeno altri 3.000 soldati") is not compared with totals', () => {
  const { claim: c, index: i } = claim('003', 'almeno altri 3.000 soldati');
  assert.equal(c.additional, true);
  assert.deepEqual(index.linksOf('003', i), []);
});

test('editing a figure flips its relation; deleting a document removes its links', () => {
  const edited = new WorkspaceIndex();
  edited.setAll(files.map((f) => ({ uri: f.slice(0, 3), text: fs.readFileSync(path.join(SEEDS, f), 'utf8') })));
  const text004 = edited.get('004')!.text;
  edited.set('004', text004.replace('11.000-12.000 de soldați', '20.000 de soldați'));
  const i = edited.get('000')!.facts.claims.findIndex((c) => c.text === 'da 10.000 a 12.000 soldati');
  const to004 = edited.linksOf('000', i).filter((l) => l.b.doc === '004');
  assert.deepEqual(to004.map((l) => [l.b.claim.text, l.relation]), [['circa 20.000 de soldați', 'conflicts']]);
  edited.delete('004');
  assert.ok(edited.linksOf('000', i).every((l) => l.b.doc !== '004'));
  assert.equal(edited.mentionsOf('north-korea').some((m) => m.uri === '004'), false);
});

/** The seeds indexed afresh, with no link changes pending. */
function load(options?: ConstructorParameters<typeof WorkspaceIndex>[0]): WorkspaceIndex {
  const loaded = new WorkspaceIndex(options);
  loaded.setAll(files.map((f) => ({ uri: f.slice(0, 3), text: fs.readFileSync(path.join(SEEDS, f), 'utf8') })));
  loaded.takeLinkChanges();
  return loaded;
}

/** Every link of every document, as what it links to, its relation and score. */
const linksOfAll = (ix: WorkspaceIndex): unknown[] => ix.uris.sort().map((u) => ix.documentLinks(u).map((ls) => ls.map((l) => [l.b.doc, l.b.index, l.relation, l.score])));

test('after an edited figure and edits that change which entities a document names, the links kept are those worked out afresh', () => {
  // The document edited, the edit, and an entity it names after the edit.
  const edits: [string, (text: string) => string, string][] = [
    ['004', (t) => t.replace('11.000-12.000 de soldați', '20.000 de soldați'), 'kursk'],
    ['004', (t) => `${t}\nIon Marinescu a vizitat Constanța.\n`, 'constanta'],
    ['001', (t) => t.replace(/Kursk/g, 'Belgorod'), 'belgorod'],
  ];
  const warm = load();
  linksOfAll(warm);
  const done: [string, string][] = [];
  for (const [uri, edit, named] of edits) {
    const text = edit(warm.get(uri)!.text);
    assert.notEqual(text, warm.get(uri)!.text);
    done.push([uri, text]);
    warm.set(uri, text);
    assert.ok(warm.mentionsOf(named).some((m) => m.uri === uri), `${uri} names ${named} after the edit`);
    // The kept links of documents the edit cannot touch are kept: not every link is dropped.
    assert.notEqual(warm.takeLinkChanges(), 'all');
    const cold = load();
    for (const [u, t] of done) cold.set(u, t);
    assert.deepEqual(linksOfAll(warm), linksOfAll(cold));
  }
});

for (const linkBudget of [undefined, 1]) {
  test(`links kept across several figure edits made before any is read are those worked out afresh${linkBudget ? ', with room kept for one link only' : ''}`, () => {
    const warm = load({ linkBudget });
    linksOfAll(warm);
    const original004 = warm.get('004')!.text;
    const edits: [string, string][] = [
      ['004', original004.replace('11.000-12.000 de soldați', '20.000 de soldați')],
      ['000', warm.get('000')!.text.replace('da 10.000 a 12.000 soldati', 'da 10.000 a 13.000 soldati')],
      ['004', original004],
    ];
    for (const [uri, text] of edits) {
      assert.notEqual(text, warm.get(uri)!.text);
      warm.set(uri, text);
      assert.notEqual(warm.takeLinkChanges(), 'all');
    }
    const cold = load();
    for (const [uri, text] of edits) cold.set(uri, text);
    assert.deepEqual(linksOfAll(warm), linksOfAll(cold));
    const i = warm.get('000')!.facts.claims.findIndex((c) => c.text === 'da 10.000 a 13.000 soldati');
    assert.deepEqual(warm.linksOf('000', i).filter((l) => l.b.doc === '004').map((l) => l.relation), ['agrees']);
  });
}

test('links asked for one claim at a time (a hover) are kept while other documents\' links fill the room kept', () => {
  const kept = (ix: WorkspaceIndex): ClaimLinkCache => (ix as unknown as { links: ClaimLinkCache }).links;
  for (const linksPinned of [undefined, 0]) {
    const ix = load({ linkBudget: 1, linksPinned });
    const i = ix.get('000')!.facts.claims.findIndex((c) => c.text === 'da 10.000 a 12.000 soldati');
    const hovered = ix.linksOf('000', i);
    assert.ok(hovered.length > 0);
    for (const u of ['001', '002', '003', '004']) ix.documentLinks(u);
    assert.equal(kept(ix).get('000')?.claims[i] !== undefined, linksPinned !== 0, `pinned: ${linksPinned}`);
    assert.deepEqual(ix.linksOf('000', i), hovered);
  }
});

interface ClaimLinkCache {
  get(uri: string): { claims: (unknown[] | undefined)[] } | undefined;
}
