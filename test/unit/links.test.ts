/** The claim-link models and what they decide on short articles of one story told in two languages. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACCEPT_FEATURES, LINK_FEATURES, LINK_MODEL } from '../../server/src/core/data/linkModel.ts';
import { acceptanceThreshold, comparable, comparisonKeys, filedKeys, inUnitOf, linkFeatures, mutualMatch, related, restates, sharedFigures, type LinkableClaim, type Ranker } from '../../server/src/core/links.ts';
import { WorkspaceIndex } from '../../server/src/core/workspaceIndex.ts';
import { analyzeDocument } from '../../server/src/core/analyze.ts';
import type { Claim } from '../../server/src/core/types.ts';

test('the fitted models have one weight per feature', () => {
  assert.equal(LINK_MODEL.rank.weights.length, LINK_FEATURES.length);
  assert.equal(LINK_MODEL.accept.weights.length, ACCEPT_FEATURES.length);
  assert.ok(LINK_MODEL.thresholds.length > 0);
  for (const t of LINK_MODEL.thresholds) assert.ok(t.threshold > 0 && t.threshold < 1 && t.documents > 0);
});

test('the acceptance threshold goes with the logarithm of the number of articles between the fitted ones', () => {
  const saved = LINK_MODEL.thresholds;
  try {
    LINK_MODEL.thresholds = [{ documents: 10, threshold: 0.2 }, { documents: 1000, threshold: 0.4 }];
    assert.equal(acceptanceThreshold(3), 0.2);
    assert.equal(acceptanceThreshold(10), 0.2);
    assert.ok(Math.abs(acceptanceThreshold(100) - 0.3) < 1e-12);
    assert.equal(acceptanceThreshold(1000), 0.4);
    assert.equal(acceptanceThreshold(5000), 0.4);
  } finally {
    LINK_MODEL.thresholds = saved;
  }
});

const STORY = {
  it: 'Danubio, collisione tra una petroliera e una nave cargo vicino a Brăila\n\n' +
    'BRĂILA – Una petroliera romena che trasportava 1.800 tonnellate di gasolio si è scontrata lunedì sera sul Danubio ' +
    'con una nave cargo battente bandiera maltese, vicino al porto di Brăila. Dalla falla si sono riversati nel fiume ' +
    'oltre 30.000 litri di carburante. Il traffico fluviale tra Brăila e Galați è rimasto bloccato per 20 ore. ' +
    'A bordo della petroliera c\'erano 11 marinai, tutti salvi.',
  en: 'Tanker and cargo ship collide on the Danube near Braila\n\n' +
    'BRAILA - A Romanian river tanker carrying 1,800 tonnes of diesel collided with a Maltese-flagged cargo ship on the ' +
    'Danube near the port of Braila on Monday evening. About 30,000 litres of fuel leaked into the river. River traffic ' +
    'between Braila and Galati was halted for 18 hours. The tanker had 11 sailors on board, all safe.',
};

function indexed(): WorkspaceIndex {
  const index = new WorkspaceIndex();
  index.setAll([{ uri: 'it', text: STORY.it }, { uri: 'en', text: STORY.en }]);
  return index;
}

function linkOf(index: WorkspaceIndex, uri: string, text: string): [string, string] | undefined {
  const claims = index.get(uri)!.facts.claims;
  const i = claims.findIndex((c) => c.text.includes(text));
  assert.ok(i >= 0, `no claim with "${text}" in ${uri}: ${claims.map((c) => c.text).join(' | ')}`);
  const link = index.linksOf(uri, i)[0];
  return link && [link.b.claim.text, link.relation];
}

const cases: { what: string; it: string; en: [string, string] }[] = [
  { what: 'masses with no word for what they are: the unit says', it: '1.800 tonnellate', en: ['1,800 tonnes', 'agrees'] },
  { what: 'volumes: "oltre 30.000" and "about 30,000" can both be true', it: 'oltre 30.000 litri', en: ['About 30,000 litres', 'agrees'] },
  { what: 'durations: 20 hours against 18', it: '20 ore', en: ['18 hours', 'conflicts'] },
];

for (const c of cases) {
  test(`links: ${c.what}`, () => {
    const index = indexed();
    assert.deepEqual(linkOf(index, 'it', c.it), c.en);
  });
}

test('a pair scores the same from either side', () => {
  const index = indexed();
  const it = index.comparison('it');
  const en = index.comparison('en');
  for (const a of it.claims) {
    for (const b of en.claims) {
      const story = comparable(a, b, it.similarity);
      assert.equal(comparable(b, a, it.similarity), story);
      if (story > 0) assert.deepEqual(linkFeatures(a, b, story, it.weight), linkFeatures(b, a, story, it.weight));
    }
  }
});

test('figures of different kinds or counted by different nouns share no comparison key', () => {
  const index = indexed();
  const keys = (uri: string, text: string): string[] => comparisonKeys(index.get(uri)!.facts.claims.find((c) => c.text.includes(text))!);
  const tonnes = keys('it', '1.800 tonnellate');
  const litres = keys('en', '30,000 litres');
  assert.equal(tonnes.filter((k) => litres.includes(k)).length, 0);
});

test('a figure the headline and the body both state is linked from both, and both are linked to', () => {
  const index = new WorkspaceIndex();
  index.setAll([
    { uri: 'it', text: 'Danubio, 1.800 tonnellate di gasolio su una petroliera speronata\n\n' + STORY.it.split('\n\n')[1] },
    { uri: 'en', text: 'Tanker with 1,800 tonnes of diesel hit on the Danube\n\n' + STORY.en.split('\n\n')[1] },
  ]);
  const tonnes = (uri: string): number[] => index.get(uri)!.facts.claims.flatMap((c, i) => (c.unit === 'tonne' ? [i] : []));
  assert.equal(tonnes('it').length, 2);
  assert.equal(tonnes('en').length, 2);
  for (const [from, to] of [['it', 'en'], ['en', 'it']] as const) {
    for (const i of tonnes(from)) {
      const linked = index.linksOf(from, i).filter((l) => l.b.doc === to).map((l) => l.b.index).sort();
      assert.deepEqual(linked, tonnes(to), `${from} claim ${i}`);
    }
  }
});

/**
 * An Italian article and another indexed together, and what a claim of the Italian one whose text includes `text` is
 * linked to first: the other claim's text and the relation.
 */
function linkedFromItalian(italian: string, other: string): [WorkspaceIndex, (text: string) => [string, string] | undefined] {
  const index = new WorkspaceIndex();
  index.setAll([{ uri: 'it', text: italian }, { uri: 'other', text: other }]);
  return [index, (text) => {
    const i = index.get('it')!.facts.claims.findIndex((c) => c.text.includes(text));
    assert.ok(i >= 0, `no claim with "${text}"`);
    const link = index.linksOf('it', i)[0];
    return link && [link.b.claim.text, link.relation];
  }];
}

test('figures in different units of one dimension are compared in one unit', () => {
  const [, linked] = linkedFromItalian(
    'Stretto di Messina, via libera al ponte\n\nROMA – Il governo ha approvato il progetto del ponte sullo Stretto di Messina: ' +
      'la campata centrale sarà lunga 3.300 metri. Il cantiere a Messina e a Villa San Giovanni durerà 35 giorni nella prima fase.',
    'Messina bridge approved\n\nROME - The Italian government approved the bridge over the Strait of Messina: its main span ' +
      'will be 3.3 km long. The first phase of work at Messina and Villa San Giovanni will last five weeks.');
  assert.deepEqual(linked('3.300 metri'), ['3.3 km', 'agrees']);
  assert.deepEqual(linked('35 giorni'), ['five weeks', 'agrees']);
});

test('a measure in miles or feet beside one in metres, or in months beside one in days, is compared as sums in two currencies are', () => {
  const [, linked] = linkedFromItalian(
    'Finlandia, chiuso il confine\n\nHELSINKI – La Finlandia ha chiuso i 1.340 chilometri di confine con la Russia. ' +
      'Il campanile della chiesa di Helsinki, alto 42 metri, è stato illuminato. Il cavo della funicolare di Helsinki era ' +
      'in servizio da 337 giorni; la funicolare resterà chiusa per 100 giorni.',
    'Finland shuts its border\n\nHELSINKI - Finland closed its whole 830-mile border with Russia. ' +
      'The 138-foot steeple of the Helsinki church was lit up. The cable of the Helsinki funicular had been in service ' +
      'for 11 months; the funicular will stay closed for three months.');
  // 830 miles are 1,335.8 km and 138 feet 42.06 m: each the other rounded.
  assert.deepEqual(linked('1.340 chilometri'), ['830-mile', 'agrees']);
  assert.deepEqual(linked('42 metri'), ['138-foot', 'agrees']);
  // Eleven months in a row are 334 to 337 days; three months are no hundred days.
  assert.deepEqual(linked('337 giorni'), ['11 months', 'agrees']);
  assert.deepEqual(linked('100 giorni'), ['three months', 'conflicts']);
});

test('sums in two currencies are compared at the rate of the day, as approximate sums', () => {
  const [index, linked] = linkedFromItalian(
    'Cluj, inaugurato il nuovo terminal\n\nCLUJ-NAPOCA – Il nuovo terminal dell\'aeroporto di Cluj è costato 120 milioni di euro, ' +
      'finanziati in gran parte dall\'Unione europea. Il biglietto per il centro costa 2 euro.',
    'Noul terminal al Aeroportului Cluj, inaugurat\n\nCLUJ-NAPOCA – Noul terminal al aeroportului din Cluj a costat 600 de milioane de lei, ' +
      'bani veniți în mare parte de la Uniunea Europeană. Biletul spre centru costă 10 lei.');
  // 600 million lei are 120.6 million euros at 4.9746 lei to the euro: the same cost, given in two currencies.
  assert.deepEqual(linked('120 milioni di euro'), ['600 de milioane de lei', 'agrees']);
  // The hover shows the other sum in this one's currency, as an approximate sum.
  const cost = (uri: string): Claim => index.get(uri)!.facts.claims.find((c) => c.kind === 'money' && c.low > 1000)!;
  const inEuros = inUnitOf(cost('other'), cost('it'))!;
  assert.equal(inEuros.unit, 'EUR');
  assert.equal(inEuros.qualifier, 'approximately');
  assert.equal(Math.round(inEuros.low / 1000), Math.round(600e6 / 4.9746 / 1000));
  assert.equal(inUnitOf(cost('it'), cost('it')), null);
});

test('a sum in leva is given in euros at the lev\'s fixed rate', () => {
  const leva = analyzeDocument('Guvernul a aprobat un ajutor de 5 milioane de leva.').claims.find((c) => c.unit === 'BGN')!;
  const euros = analyzeDocument('Il governo ha approvato aiuti per 2,5 milioni di euro.').claims.find((c) => c.unit === 'EUR')!;
  const inEuros = inUnitOf(leva, euros)!;
  assert.equal(inEuros.unit, 'EUR');
  assert.equal(Math.round(inEuros.low), Math.round(5e6 / 1.9558));
});

test('a temperature in Fahrenheit is compared with one in Celsius, within its rounding to whole degrees', () => {
  const f = analyzeDocument('The water reached 81F on Sunday.').claims.find((c) => c.unit === 'fahrenheit')!;
  const c = (text: string): Claim => analyzeDocument(text).claims.find((x) => x.unit === 'celsius')!;
  const inCelsius = inUnitOf(f, c("L'acqua ha raggiunto 27 gradi domenica."))!;
  assert.equal(inCelsius.unit, 'celsius');
  assert.equal(Math.round(inCelsius.low * 10) / 10, 27.2);
  // Linked across two articles of one story: 81F agrees with 27 degrees.
  const index = new WorkspaceIndex();
  index.setAll([
    { uri: 'en', text: 'Lake Balaton warms up\n\nThe water of Lake Balaton reached 81F on Sunday, the warmest in a decade, officials in Hungary said.' },
    { uri: 'it', text: 'Il Balaton si scalda\n\nL\'acqua del lago Balaton ha raggiunto 27 gradi domenica, la più calda da dieci anni, secondo le autorità ungheresi.' },
  ]);
  const link = index.allLinks().find((l) => l.a.claim.unit === 'fahrenheit' || l.b.claim.unit === 'fahrenheit');
  assert.equal(link?.relation, 'agrees');
  // Stated in both, one temperature.
  const both = analyzeDocument('The water reached 27C (81F) on Sunday.').claims;
  assert.ok(restates(both[0]!, both[1]!));
});

test('rain in litres on a square metre is compared with rain in millimetres', () => {
  const index = new WorkspaceIndex();
  index.setAll([
    { uri: 'it', text: 'Grandinata su Milano\n\nMILANO – Sulla città sono caduti 62 millimetri di pioggia in un\'ora, secondo Arpa Lombardia.' },
    { uri: 'ro', text: 'Grindină la Milano\n\nMILANO – În oraș au căzut peste 60 de litri pe metru pătrat într-o oră, potrivit Arpa Lombardia.' },
  ]);
  const link = index.linksOf('it', index.get('it')!.facts.claims.findIndex((c) => c.text === '62 millimetri'))[0];
  assert.deepEqual(link && [link.b.claim.text, link.relation], ['peste 60 de litri pe metru pătrat', 'agrees']);
});

test('a dateline says where and when an article was filed, not what its first figure is about', () => {
  const contexts = analyzeDocument('ROMA, 15 octombrie 2026 – Guvernul a aprobat un salariu minim de 4.600 de lei la Cluj.\n\n' +
    'BUCUREȘTI – Peste 12 persoane au murit la București.').claimContexts;
  assert.deepEqual(contexts.map((c) => [c.entities, c.dates]), [[['cluj-napoca'], []], [['bucharest'], []]]);
  // The place in title case, then a date.
  const titled = analyzeDocument('Torino, 9 iulie 2026 – Fabricile au produs 221.000 de vehicule în Italia.').claimContexts;
  assert.deepEqual(titled.map((c) => [c.entities, c.dates]), [[['italy'], []]]);
  // A paragraph that opens with a name and a comma but no date is no dateline.
  const notDateline = analyzeDocument('Maria Rossi, sindaca – 12 persone sono morte a Torino.').claimContexts;
  assert.ok(notDateline[0]!.entities.includes('turin'));
});

test('a year written right after a figure dates that figure, not the others of its sentence', () => {
  const datesOf = (text: string): [string, string[]][] => {
    const facts = analyzeDocument(text);
    return facts.claims.map((c, i) => [c.text, facts.claimContexts[i]!.dates]);
  };
  assert.deepEqual(datesOf('Il contributo ha incassato 5,4 milioni di euro, contro i 2,4 milioni del 2025.'),
    [['5,4 milioni di euro', []], ['2,4 milioni', ['2025']]]);
  assert.deepEqual(datesOf('The 2026 harvest will shrink by 15% to around 40 million hectolitres, from 47.5 million in 2025.'),
    [['15%', ['2026']], ['around 40 million hectolitres', ['2026']], ['47.5 million', ['2026', '2025']]]);
  // Words between, ending in a preposition: "expected for 2026".
  assert.deepEqual(datesOf('The deficit will fall to 2.8% next year, down from 3.1% expected for 2026.'),
    [['2.8%', []], ['3.1%', ['2026']]]);
  // A year that opens a clause after a figure dates the figure of that clause.
  assert.deepEqual(datesOf('Bilanțul este de trei morți și 25 de răniți, în condițiile în care în tot anul 2025 fuseseră înregistrate 19 victime.'),
    [['trei morți', []], ['25 de răniți', []], ['19 victime', ['2025']]]);
  // A year that opens the sentence dates every figure of it.
  assert.deepEqual(datesOf('În 2025, bilanțul a urcat la 14 morți, de la 9 morți.'), [['14 morți', ['2025']], ['9 morți', ['2025']]]);
  // Who owns a year is told sentence by sentence: the headline's figure owns its "în 2025", which leaves the body's
  // "în 2025" to the figures of the body's sentence; the year the 12.4% is compared with is that figure's alone.
  assert.deepEqual(datesOf('Exporturi de 6,6 miliarde de lei în 2025\n\nMoldova a exportat în 2025 vin de 6,6 miliarde de lei, cu 12,4% mai mult decât în 2024.'),
    [['6,6 miliarde de lei', ['2025']], ['6,6 miliarde de lei', ['2025']], ['12,4%', ['2025', '2024']]]);
  // A year a figure is compared with, a few words after it in its clause, is that figure's.
  assert.deepEqual(datesOf('Seceta a redus recolta la 1,1 milioane de tone, cu 35% mai puțin decât în 2023.'),
    [['1,1 milioane de tone', []], ['35%', ['2023']]]);
  assert.deepEqual(datesOf('Passengers reached 9.1 million, 20% more than in 2023.'), [['9.1 million', []], ['20%', ['2023']]]);
});

test('a count whose noun is left out restates the count with it when both count the same thing', () => {
  const count = (unit: string | null, concept: string | null, value = 1150): Claim =>
    ({ start: 0, end: 1, text: String(value), low: value, high: value, qualifier: 'approximately', kind: 'count', unit, concept, additional: false });
  // "circa 1.150 lupi", then "i lupi sono circa 1.150": either way round.
  assert.equal(restates(count('wolf', 'wolves'), count(null, 'wolves')), true);
  assert.equal(restates(count(null, 'wolves'), count('wolf', 'wolves')), true);
  // Nothing says what the bare figure counts, or it counts something else, or another value.
  assert.equal(restates(count('wolf', 'wolves'), count(null, null)), false);
  assert.equal(restates(count('wolf', 'wolves'), count(null, 'deaths')), false);
  assert.equal(restates(count('wolf', 'wolves'), count(null, 'wolves', 1100)), false);
  // Two nouns are two things, whatever concept they share.
  assert.equal(restates(count('wolf', 'wolves'), count('pack', 'wolves')), false);
  // People counted as such are those a noun of the same concept counts: "Două persoane au murit", "doi morți".
  assert.equal(restates(count('person', 'deaths', 2), count('death', 'deaths', 2)), true);
  assert.equal(restates(count('child', 'deaths', 2), count('woman', 'deaths', 2)), false);
  // Two nouns of one concept ("tre morti", "tre vittime"), or one of it and one of people ("due fermati", "due
  // manifestanti" arrested), count the same: nouns that take their concept from the words around do not.
  assert.equal(restates(count('death', 'deaths', 3), count('victim', 'deaths', 3)), true);
  assert.equal(restates(count('arrest', 'arrests', 2), count('protester', 'arrests', 2)), true);
  assert.equal(restates(count('protester', 'arrests', 2), count('arrest', 'arrests', 2)), true);
  assert.equal(restates(count('arrest', 'arrests', 2), count('pack', 'arrests', 2)), false);
  // A small count by one noun, one statement saying no more than the noun: "due romeni", then "i due romeni".
  assert.equal(restates(count('romanian', 'romanian', 2), count('romanian', null, 2)), true);
  assert.equal(restates(count('romanian', null, 2), count('romanian', 'romanian', 2)), true);
  assert.equal(restates(count('romanian', 'deaths', 2), count('romanian', null, 2)), false);
  // Or saying only who they are, the other what happened to them: "11 români", then "11 români" hurt; not with
  // another qualifier, nor people counted as such ("200 persone", then "200 persone" evacuated, below).
  assert.equal(restates(count('romanian', 'romanian', 11), count('romanian', 'injured', 11)), true);
  assert.equal(restates(count('romanian', 'injured', 11), count('romanian', 'romanian', 11)), true);
  assert.equal(restates({ ...count('romanian', 'romanian', 11), qualifier: 'at-least' }, count('romanian', 'injured', 11)), false);
  // One concept broader than the other, of a precise value: "190 persone", "190 persone" evacuated.
  assert.equal(restates(count('person', 'person', 190), count('person', 'displaced', 190)), true);
  assert.equal(restates(count('person', 'person', 200), count('person', 'displaced', 200)), false);
  assert.equal(restates(count('person', 'deaths', 190), count('person', 'displaced', 190)), false);
  // More than a dozen of one noun, the words around each giving it another concept: one quantity ("1.000 de
  // locuri de muncă" promised, then "1.000 de locuri de muncă" for workers). Not two outcomes, a small count, or people.
  assert.equal(restates(count('job', 'jobs', 1000), count('job', 'workers', 1000)), true);
  assert.equal(restates(count('passenger', 'deaths', 40), count('passenger', 'injured', 40)), false);
  assert.equal(restates(count('job', 'jobs', 12), count('job', 'workers', 12)), false);
  assert.equal(restates(count('person', 'person', 1000), count('person', 'tourists', 1000)), false);
  // A total stated again as an increment ("108 zboruri", then "încă 108 zboruri"): the same value, noun and concept
  // only; "încă 20 de zboruri" is 20 more, another quantity.
  const more = (claim: Claim): Claim => ({ ...claim, additional: true });
  assert.equal(restates(count('flight', 'flights', 108), more(count('flight', 'flights', 108))), true);
  assert.equal(restates(count('flight', 'flights', 108), more(count('flight', 'flights', 20))), false);
  assert.equal(restates(count(null, 'flights', 108), more(count(null, 'flights', 108))), false);
  // One length in two units ("3,3 chilometri", then "3.300 metri"), not another length, nor a span of time.
  const measure = (unit: string, value: number, concept: string | null = 'distance'): Claim => ({ ...count(unit, concept, value), kind: 'measure' });
  assert.equal(restates(measure('km', 3.3), measure('metre', 3300)), true);
  assert.equal(restates(measure('km', 3.3), measure('metre', 3300, null)), true);
  assert.equal(restates(measure('km', 3.3), measure('metre', 3000)), false);
  assert.equal(restates(measure('km', 3.3), measure('metre', 3300, 'depth')), false);
  assert.equal(restates(measure('hour', 24, 'duration'), measure('day', 1, 'duration')), false);
  // Energy too: "5.870 de gigawați-oră", then "5,87 terawați-oră".
  assert.equal(restates(measure('GWh', 5870, 'energy'), measure('TWh', 5.87, 'energy')), true);
  // Sums keep their currency: a sum without one is no restatement of one with it.
  const sum = (unit: string | null): Claim => ({ ...count(unit, 'aid'), kind: 'money' });
  assert.equal(restates(sum('EUR'), sum(null)), false);
  assert.equal(restates(sum('EUR'), sum('EUR')), true);
});

test('a precise sum, count or share stated twice in one article restates it even where one statement says nothing of what it is', () => {
  const claim = (kind: Claim['kind'], unit: string | null, concept: string | null, value: number): Claim =>
    ({ start: 0, end: 1, text: String(value), low: value, high: value, qualifier: 'exact', kind, unit, concept, additional: false });
  // "ricavi per 258 milioni di euro", then "i 258 milioni": either way round, or neither saying what.
  assert.equal(restates(claim('money', 'EUR', 'revenue', 258e6), claim('money', 'EUR', null, 258e6)), true);
  assert.equal(restates(claim('money', 'EUR', null, 258e6), claim('money', 'EUR', 'revenue', 258e6)), true);
  assert.equal(restates(claim('money', 'EUR', null, 258e6), claim('money', 'EUR', null, 258e6)), true);
  assert.equal(restates(claim('count', null, null, 15_400), claim('count', null, 'displaced', 15_400)), true);
  // A precise sum in one currency is one sum whatever the words around each statement make it ("13,5 miliarde de
  // euro" of a contract, then of the cost); a round sum of two concepts, a small count, another currency or a share
  // of two digits may be two quantities ("all'1,9%" a rate, "un'inflazione dell'1,9%" a forecast).
  assert.equal(restates(claim('money', 'EUR', 'revenue', 258e6), claim('money', 'EUR', 'cost', 258e6)), true);
  assert.equal(restates(claim('money', 'EUR', 'revenue', 3e9), claim('money', 'EUR', 'cost', 3e9)), false);
  // A round sum said again without its concept, with the same qualifier, is the same sum ("circa 80 milioni di
  // euro" of a tax, then "circa 80 milioni di euro"); "fino a 4.000 euro" and "circa 4.000 euro" are two.
  assert.equal(restates(claim('money', 'EUR', null, 3e9), claim('money', 'EUR', 'aid', 3e9)), true);
  assert.equal(restates({ ...claim('money', 'EUR', 'fine', 4000), qualifier: 'at-most' }, { ...claim('money', 'EUR', null, 4000), qualifier: 'approximately' }), false);
  assert.equal(restates(claim('count', null, null, 12), claim('count', null, 'injured', 12)), false);
  assert.equal(restates(claim('money', 'USD', null, 258e6), claim('money', 'EUR', 'revenue', 258e6)), false);
  assert.equal(restates(claim('percent', 'percent', null, 1.9), claim('percent', 'percent', 'inflation', 1.9)), false);
  assert.equal(restates(claim('percent', 'percent', null, 1.9), claim('percent', 'percent', null, 1.9)), false);
  // A share of three significant digits does not recur by chance: "prezzi su dell'11,5%", then "l'11,5% in un anno".
  assert.equal(restates(claim('percent', 'percent', null, 11.5), claim('percent', 'percent', 'change', 11.5)), true);
  // Nor a whole share of two digits that is no multiple of five ("83%", then "83%"); round ones recur ("40%").
  assert.equal(restates(claim('percent', 'percent', null, 83), claim('percent', 'percent', null, 83)), true);
  assert.equal(restates(claim('percent', 'percent', null, 38), claim('percent', 'percent', 'change', 38)), true);
  assert.equal(restates(claim('percent', 'percent', null, 40), claim('percent', 'percent', 'change', 40)), false);
  assert.equal(restates(claim('percent', 'percent', null, 5), claim('percent', 'percent', null, 5)), false);
});

test('a figure rounded off in one statement restates the precise value of another of the same unit and concept (or none)', () => {
  const claim = (qualifier: Claim['qualifier'], low: number, high = low, over: Partial<Claim> = {}): Claim =>
    ({ start: 0, end: 1, text: String(low), low, high, qualifier, kind: 'measure', unit: 'tonne', concept: 'weight', additional: false, ...over });
  // "oltre 13 milioni di tonnellate" in the headline, "13,1 milioni di tonnellate" in the body: either way round.
  assert.equal(restates(claim('more-than', 13e6), claim('exact', 13.1e6)), true);
  assert.equal(restates(claim('exact', 13.1e6), claim('more-than', 13e6)), true);
  // "nearly 12%", then "11.5%"; "cel puțin 15.000", then "între 15.000 și 16.000" is a range the value lies in.
  const share = { kind: 'percent' as const, unit: 'percent', concept: 'inflation' };
  assert.equal(restates(claim('at-most', 12, 12, share), claim('exact', 11.5, 11.5, share)), true);
  assert.equal(restates(claim('exact', 15_000, 16_000), claim('exact', 15_400)), true);
  // The rounded figure must agree with the value, lie within a tenth of it, and the value must be precise.
  assert.equal(restates(claim('more-than', 13e6), claim('exact', 12.9e6)), false);
  assert.equal(restates(claim('more-than', 10e6), claim('exact', 13.1e6)), false);
  assert.equal(restates(claim('approximately', 2.9e6), claim('exact', 3e6)), false);
  // Two exact values, another concept or unit, or an unknown concept are two quantities.
  assert.equal(restates(claim('exact', 13e6), claim('exact', 13.1e6)), false);
  assert.equal(restates(claim('more-than', 13e6, 13e6, { concept: 'exports' }), claim('exact', 13.1e6)), false);
  assert.equal(restates(claim('more-than', 13e6, 13e6, { unit: 'kg' }), claim('exact', 13.1e6)), false);
  assert.equal(restates(claim('more-than', 13e6, 13e6, { concept: null }), claim('exact', 13.1e6, 13.1e6, { concept: null })), false);
  // One statement may leave its concept unsaid: "de peste 412 milioane de euro", then "412,6 milioane de euro" won.
  assert.equal(restates(claim('more-than', 13e6, 13e6, { concept: null }), claim('exact', 13.1e6)), true);
  assert.equal(restates(claim('exact', 13.1e6), claim('more-than', 13e6, 13e6, { concept: null })), true);
  // Spans of time are stated of anything: "cel puțin 15 zile", "17 zile" may be two.
  const days = { kind: 'count' as const, unit: 'day', concept: 'duration' };
  assert.equal(restates(claim('at-least', 15, 15, days), claim('exact', 17, 17, days)), false);
});

test('a count or rank that says nothing of what it counts is compared with the counts or ranks of its story', () => {
  const cases: { it: string; en: string; figure: string; expected: string }[] = [
    {
      // "19" alone (no noun, no concept) against "19 marinai".
      it: 'Collisione sul Danubio\n\nGALAȚI – Una nave cargo ha speronato una petroliera sul Danubio vicino a Galați. ' +
        'A bordo della petroliera erano 19 marinai, ha detto la Guardia costiera romena.',
      en: 'Danube collision\n\nGALATI - A cargo ship rammed a tanker on the Danube near Galati. There were 19 on board the tanker, ' +
        'the Romanian coast guard said.',
      figure: '19',
      expected: 'it:19 marinai:agrees',
    },
    {
      // Ranks with no concept: "nona" and "ninth".
      it: 'Bce, tassi fermi\n\nFRANCOFORTE – La Banca centrale europea ha lasciato i tassi fermi per la nona riunione consecutiva, ' +
        'ha detto Christine Lagarde giovedì a Francoforte.',
      en: 'ECB holds rates\n\nFRANKFURT - The European Central Bank kept its rates on hold for the ninth meeting in a row, ' +
        'Christine Lagarde said in Frankfurt on Thursday.',
      figure: 'ninth',
      expected: 'it:nona:agrees',
    },
  ];
  for (const { it, en, figure, expected } of cases) {
    const index = new WorkspaceIndex();
    index.setAll([{ uri: 'it', text: it }, { uri: 'en', text: en }]);
    const i = index.get('en')!.facts.claims.findIndex((c) => c.text === figure);
    assert.ok(i >= 0, figure);
    assert.deepEqual(index.linksOf('en', i).map((l) => `${l.b.doc}:${l.b.claim.text}:${l.relation}`), [expected]);
  }
});

test('two articles share the figures the one that states fewer states too, small counts left out', () => {
  const index = new WorkspaceIndex();
  index.setAll([
    { uri: 'it', text: STORY.it },
    { uri: 'en', text: STORY.en },
    { uri: 'other', text: 'Sciopero dei treni\n\nROMA – Lo sciopero di 20 ore ha fermato 1.800 treni e tre linee in 11 regioni.' },
  ]);
  const first = (uri: string) => index.comparison(uri).claims[0]!;
  // it: 1.800 tonnellate, 30.000 litri, 20 ore (11 marinai is a small count); en: 1,800 tonnes, 30,000 litres, 18 hours.
  assert.deepEqual([...first('it').documentFigures].sort(), ['count:20:20', 'measure:1800:1800', 'measure:30000:30000']);
  assert.equal(sharedFigures(first('it'), first('en')), 2 / 3);
  assert.equal(sharedFigures(first('en'), first('it')), 2 / 3);
  // "20 ore" and "1.800 treni" (a count, not the measure of "1.800 tonnellate"): one of the two figures the third
  // article states (three, 11 are small counts).
  assert.equal(sharedFigures(first('other'), first('it')), 1 / 2);
});

test('a claim knows the figures stated near it, small counts left out, and a pair notes one both have near them', () => {
  const index = indexed();
  const [tonnes, litres, hours] = index.comparison('it').claims;
  // "1.800 tonnellate" and "oltre 30.000 litri" are within two hundred characters of each other; "20 ore" further on.
  assert.deepEqual(tonnes!.nearby, ['measure:30000:30000']);
  assert.ok(litres!.nearby.includes('measure:1800:1800'));
  assert.ok(!hours!.nearby.includes('count:11:11'));
  const en = index.comparison('en').claims;
  const litresEn = en.find((c) => c.claim.unit === 'litre')!;
  const nearbyShared = LINK_FEATURES.indexOf('nearbyShared');
  // Both state 1,800 tonnes of diesel near their litres of fuel.
  assert.equal(linkFeatures(litres!, litresEn, 1, () => 1)[nearbyShared], 1);
});

test('two concepts read and different are told apart from one concept unread', () => {
  const feature = (docs: { it: string; en: string }): number => {
    const index = new WorkspaceIndex();
    index.setAll([{ uri: 'it', text: docs.it }, { uri: 'en', text: docs.en }]);
    const it = index.comparison('it');
    const a = it.claims.find((c) => c.claim.kind === 'percent')!;
    const b = index.comparison('en').claims.find((c) => c.claim.kind === 'percent')!;
    const story = comparable(a, b, it.similarity);
    assert.ok(story > 0);
    return linkFeatures(a, b, story, it.weight)[LINK_FEATURES.indexOf('otherConcept')]!;
  };
  const rate = 'Bce, tassi fermi\n\nFRANCOFORTE – La Banca centrale europea ha lasciato fermo il tasso sui depositi al 2%, ' +
    'ha detto Christine Lagarde giovedì a Francoforte.';
  // A rate against an inflation figure: both read, different.
  assert.equal(feature({ it: rate, en: 'Eurozone inflation slows\n\nFRANKFURT - Inflation in the eurozone slowed to 2% in October, ' +
    'Eurostat said in Frankfurt on Friday, as Christine Lagarde spoke.' }), 1);
  // A rate against a share nothing says what of.
  assert.equal(feature({ it: rate, en: 'ECB holds\n\nFRANKFURT - The European Central Bank left it at 2%, Christine Lagarde said ' +
    'in Frankfurt on Thursday.' }), 0);
});

test('a broader and a narrower concept are related, two narrower ones of one broader concept are not', () => {
  assert.ok(related('spectators', 'person'));
  assert.ok(related('person', 'spectators'));
  // Through a concept between them: teachers are workers, workers are people.
  assert.ok(related('teachers', 'person'));
  assert.ok(!related('deaths', 'injured'));
  assert.ok(!related('spectators', 'tourists'));
  // Dogs are animals.
  assert.ok(related('dogs', 'animals'));
  // Candidates of an exam are students, and people.
  assert.ok(related('candidate', 'students'));
  assert.ok(related('candidate', 'person'));
  // Cases of a disease are the people who have it.
  assert.ok(related('cases', 'person'));
  assert.ok(!related('cases', 'deaths'));
  assert.ok(!related('person', 'person'));
  assert.ok(!related(null, 'person'));
});

test('a figure of a narrower concept and one of a broader concept find each other, and are weighed as related', () => {
  const index = new WorkspaceIndex();
  index.setAll([
    { uri: 'it', text: 'Festival a Torino\n\nTORINO – Il festival di Torino ha richiamato oltre 370.000 spettatori in dieci giorni, dice il Comune di Torino.' },
    { uri: 'en', text: 'Turin festival\n\nTURIN - The Turin festival drew 336,000 people over ten days, the city of Turin said.' },
  ]);
  const it = index.comparison('it');
  const spectators = it.claims.find((c) => c.claim.concept === 'spectators')!;
  const people = index.comparison('en').claims.find((c) => c.claim.concept === 'person')!;
  assert.ok(spectators && people, 'both figures read with their concepts');
  const found = (a: Claim, b: Claim): boolean => comparisonKeys(a).some((k) => filedKeys(b).includes(k));
  assert.ok(found(spectators.claim, people.claim));
  assert.ok(found(people.claim, spectators.claim));
  const story = comparable(spectators, people, it.similarity);
  assert.ok(story > 0);
  const features = linkFeatures(spectators, people, story, it.weight);
  assert.equal(features[LINK_FEATURES.indexOf('relatedConcept')], 1);
  assert.equal(features[LINK_FEATURES.indexOf('otherConcept')], 0);
});

/** Two articles of one story indexed together, and a claim of each picked out. */
function twoArticles(a: [string, string], b: [string, string], pickA: (c: Claim) => boolean, pickB: (c: Claim) => boolean) {
  const index = new WorkspaceIndex();
  index.setAll([{ uri: a[0], text: a[1] }, { uri: b[0], text: b[1] }]);
  const x = index.comparison(a[0]).claims.find((c) => pickA(c.claim))!;
  const y = index.comparison(b[0]).claims.find((c) => pickB(c.claim))!;
  assert.ok(x && y, 'both figures read');
  const linked = index.allLinks().some((l) => [l.a, l.b].includes(x) && [l.a, l.b].includes(y));
  return { index, x, y, linked };
}

test('two articles in different languages counting by a frequent noun share its key, and its concept is people', () => {
  const { index, x: ro, y: en, linked } = twoArticles(
    ['ro', 'Coliziune pe Dunăre\n\nSULINA – La bordul tancului se aflau 11 membri ai echipajului, a anunțat Autoritatea Navală Română.'],
    ['en', 'Danube collision\n\nSULINA - The tanker had 11 crew on board, the Romanian Naval Authority said.'],
    (c) => c.text === '11 membri ai echipajului', (c) => c.text === '11 crew');
  assert.ok(comparisonKeys(ro.claim).some((k) => filedKeys(en.claim).includes(k)));
  assert.ok(related('member', 'person'));
  assert.ok(related('crew', 'person'));
  const story = comparable(ro, en, index.comparison('ro').similarity);
  assert.ok(story > 0);
  assert.equal(linkFeatures(ro, en, story, index.comparison('ro').weight)[LINK_FEATURES.indexOf('sameNoun')], 1);
  assert.ok(linked, 'the two figures are linked');
});

test('a count by a noun the lexicon does not know may be one by a known noun, but not a span of time', () => {
  const { index, x: it, y: ro } = twoArticles(
    ['it', 'Ponte sullo Stretto\n\nMESSINA – Il ponte sullo Stretto di Messina avrà due binari e sei travolti, ha detto Pietro Ciucci.'],
    ['ro', 'Podul peste Strâmtoare\n\nMESSINA – Podul peste Strâmtoarea Messina va fi prezentat timp de trei zile, iar șase persoane au vorbit, a spus Pietro Ciucci.'],
    (c) => c.text === 'due binari', (c) => c.text === 'trei zile');
  const { similarity } = index.comparison('it');
  assert.equal(comparable(it, ro, similarity), 0);
  const unknown = index.comparison('it').claims.find((c) => c.claim.text === 'sei travolti')!;
  const people = index.comparison('ro').claims.find((c) => c.claim.text === 'șase persoane')!;
  assert.ok(comparable(unknown, people, similarity) > 0);
});

test('a span of time is never compared with a count of something a noun names, whatever the values', () => {
  const { index, x: it, y: en, linked } = twoArticles(
    ['it', 'Consiglio comunale di Chișinău\n\nCHIȘINĂU – Il bilancio di Chișinău è il più alto da quindici anni, ha detto Ion Ceban in consiglio.'],
    ['en', 'Chisinau council\n\nCHISINAU - The budget of Chisinau passed with 15 councillors in favour, Ion Ceban told the council.'],
    (c) => c.text === 'quindici anni', (c) => c.text === '15 councillors');
  assert.equal(comparable(it, en, index.comparison('it').similarity), 0);
  assert.equal(comparable(en, it, index.comparison('en').similarity), 0);
  assert.ok(!linked);
});

test('a figure rounded to fewer digits restates the precise one in its article', () => {
  const count = (value: number): Claim =>
    ({ start: 0, end: 1, text: String(value), low: value, high: value, qualifier: 'exact', kind: 'count', unit: 'passenger', concept: 'passengers', additional: false });
  // "17,4 milioni di passeggeri", then "17.432.000 passeggeri": either way round.
  assert.equal(restates(count(17_400_000), count(17_432_000)), true);
  assert.equal(restates(count(17_432_000), count(17_400_000)), true);
  // Not another value of as many digits, nor one that rounds elsewhere, nor a round figure of two digits.
  assert.equal(restates(count(17_500_000), count(17_432_000)), false);
  assert.equal(restates(count(17_100_000), count(17_432_000)), false);
  assert.equal(restates(count(17_000_000), count(17_432_000)), false);
});

test('a measure given again in a second unit right after the first, rounded, restates it', () => {
  const measure = (value: number, unit: string, start: number, qualifier: 'exact' | 'approximately' = 'exact'): Claim =>
    ({ start, end: start + 6, text: String(value), low: value, high: value, qualifier, kind: 'measure', unit, concept: 'distance', additional: false });
  // "about 60 km (37 miles)": 37 miles are 59.5 km.
  assert.equal(restates(measure(60, 'km', 10, 'approximately'), measure(37, 'mile', 18)), true);
  // Not far apart in the text, nor where the values differ by more than rounding.
  assert.equal(restates(measure(60, 'km', 10, 'approximately'), measure(37, 'mile', 200)), false);
  assert.equal(restates(measure(60, 'km', 10), measure(30, 'mile', 18)), false);
});

test('a reference is compared with figures of its own noun only, and linked to the same number of them', () => {
  const { index, x: it, y: ro, linked } = twoArticles(
    ['it', 'Sciopero della scuola in Romania\n\nBUCAREST – Tre sindacati della scuola hanno proclamato lo sciopero a Bucarest, dove il ministro Daniel David ha convocato i leader delle tre federazioni.'],
    ['ro', 'Grevă în școli\n\nBUCUREȘTI – Cele trei federații sindicale din învățământ au anunțat greva la București, iar ministrul Daniel David a chemat liderii la discuții.'],
    (c) => c.text === 'Tre sindacati', (c) => c.reference === true);
  assert.equal(ro.claim.unit, it.claim.unit);
  assert.ok(comparable(it, ro, index.comparison('it').similarity) > 0);
  assert.ok(linked, 'the two figures are linked');
  // A reference with no noun of its own, or to other things, is compared with nothing.
  const other = { ...ro, claim: { ...ro.claim, unit: 'school' } };
  assert.equal(comparable(it, other, index.comparison('it').similarity), 0);
  assert.deepEqual(comparisonKeys({ ...ro.claim, unit: null }), []);
});

test('references by nouns the lexicon does not know are compared across languages', () => {
  const { index, x: it, y: ro } = twoArticles(
    ['it', 'Soccorso nelle grotte\n\nCLUJ – I sette speleologi sono usciti dalla grotta dei Monti Apuseni dopo tre giorni, ha detto il Salvamont.'],
    ['ro', 'Salvare în peșteră\n\nCLUJ – Cei șapte speologi au ieșit din peștera din Munții Apuseni după trei zile, a anunțat Salvamont.'],
    (c) => c.low === 7, (c) => c.low === 7);
  assert.deepEqual([it.claim.reference, ro.claim.reference], [true, true]);
  assert.notEqual(it.claim.unit, ro.claim.unit);
  assert.ok(comparable(it, ro, index.comparison('it').similarity) > 0);
  // A reference by a known noun still meets only figures of that noun.
  assert.equal(comparable(it, { ...ro, claim: { ...ro.claim, unit: 'school' } }, index.comparison('it').similarity), 0);
  // Two references of different sizes are two groups ("i sette speleologi", "cei opt speologi"): never compared.
  assert.equal(comparable(it, { ...ro, claim: { ...ro.claim, low: 8, high: 8 } }, index.comparison('it').similarity), 0);
  // A reference and a figure that is none may still disagree.
  assert.ok(comparable(it, { ...ro, claim: { ...ro.claim, low: 8, high: 8, reference: false } }, index.comparison('it').similarity) > 0);
});

test('a count by a noun the lexicon does not know meets counts by nouns it knows, in any language', () => {
  const { index, x: it, y: ro } = twoArticles(
    ['it', 'Naufragio nel Mar Nero\n\nCOSTANZA – Nove naufraghi sono stati portati a terra a Costanza, ha detto la Guardia costiera romena.'],
    ['ro', 'Naufragiu în Marea Neagră\n\nCONSTANȚA – Nouă marinari au fost aduși la țărm la Constanța, a anunțat Garda de Coastă.'],
    (c) => c.low === 9, (c) => c.low === 9);
  assert.equal(it.claim.concept, null, 'the Italian noun is not in the lexicon');
  assert.notEqual(ro.claim.unit, null);
  const found = (a: Claim, b: Claim): boolean => comparisonKeys(a).some((k) => filedKeys(b).includes(k));
  assert.ok(found(it.claim, ro.claim) && found(ro.claim, it.claim), 'each is a candidate of the other');
  const story = comparable(it, ro, index.comparison('it').similarity);
  assert.ok(story > 0);
  const features = linkFeatures(it, ro, story, index.comparison('it').weight);
  assert.deepEqual([features[LINK_FEATURES.indexOf('sameNoun')], features[LINK_FEATURES.indexOf('otherNoun')]], [0, 0]);
  assert.equal(features[LINK_FEATURES.indexOf('oneNounUnknown')], 1);
  // Two nouns the lexicon knows, and that differ, still count two things.
  const dogs = { ...it, claim: { ...it.claim, unit: 'dog', concept: 'dogs' } };
  assert.equal(comparable(dogs, ro, index.comparison('it').similarity), 0);
  assert.ok(!found(dogs.claim, ro.claim));
});

test('a count whose concept only its context gives meets counts of other concepts, and not only its own', () => {
  const { index, x: it, y: ro } = twoArticles(
    ['it', 'Polo tecnologico a Cluj\n\nCLUJ – La società porterà i posti a Cluj a 1.000 entro il 2028, ha detto il sindaco Emil Boc.'],
    ['ro', 'Hub tehnologic la Cluj\n\nCLUJ – Compania va avea 1.000 de locuri de muncă la Cluj până în 2028, a anunțat primarul Emil Boc.'],
    (c) => c.low === 1000, (c) => c.low === 1000);
  assert.deepEqual([it.claim.unit, ro.claim.unit === null], [null, false]);
  const soft = { ...it, claim: { ...it.claim, concept: 'localities' } };
  const found = (a: Claim, b: Claim): boolean => comparisonKeys(a).some((k) => filedKeys(b).includes(k));
  assert.ok(found(soft.claim, ro.claim) && found(ro.claim, soft.claim), 'each is a candidate of the other');
  assert.ok(comparable(soft, ro, index.comparison('it').similarity) > 0);
  // Counts by nouns the lexicon knows keep to their own concepts (small values: not compared for the value alone).
  const dogs = { ...ro, claim: { ...ro.claim, low: 5, high: 5, unit: 'dog', concept: 'dogs' } };
  const trees = { ...it, claim: { ...it.claim, low: 5, high: 5, unit: 'tree', concept: 'trees' } };
  assert.ok(comparable({ ...soft, claim: { ...soft.claim, low: 5, high: 5 } }, dogs, index.comparison('it').similarity) > 0);
  assert.equal(comparable(trees, dogs, index.comparison('it').similarity), 0);
});

test('an increment and a total may be compared, and the models weigh that one is an increment', () => {
  const { index, x: it, y: en } = twoArticles(
    ['it', 'Crollo in miniera\n\nPETROȘANI – Altri sette minatori sono rimasti feriti nel crollo della miniera di Lupeni, nella Valea Jiului.'],
    ['en', 'Mine collapse\n\nPETROSANI - Seven miners were injured in the collapse at the Lupeni mine in the Jiu Valley.'],
    (c) => c.low === 7, (c) => c.low === 7);
  assert.deepEqual([it.claim.additional, en.claim.additional], [true, false]);
  const story = comparable(it, en, index.comparison('it').similarity);
  assert.ok(story > 0);
  assert.equal(linkFeatures(it, en, story, index.comparison('it').weight)[LINK_FEATURES.indexOf('incrementOne')], 1);
});

test('figures of the same telling value are compared whatever they are said to count, and weighed as such', () => {
  const { index, x: ro, y: en } = twoArticles(
    ['ro', 'Revoltă la Rahova\n\nBUCUREȘTI – Penitenciarul Rahova are 1.100 de locuri, dar găzduiește în prezent 1.450 de deținuți.'],
    ['en', 'Riot at Rahova\n\nBUCHAREST - The Rahova jail holds 1,450 inmates in space designed for 1,100 prisoners.'],
    (c) => c.text === '1.100 de locuri', (c) => c.low === 1100);
  // Read as different things (places or jobs, prisoners), they share no key of what they count.
  assert.notEqual(ro.claim.unit, en.claim.unit);
  assert.ok(comparisonKeys(ro.claim).some((k) => filedKeys(en.claim).includes(k)), 'found under their value');
  const story = comparable(ro, en, index.comparison('ro').similarity);
  assert.ok(story > 0);
  assert.equal(linkFeatures(ro, en, story, index.comparison('ro').weight)[LINK_FEATURES.indexOf('valueOnly')], 1);
  // Figures compared for what they count are not weighed as compared for their value alone.
  const inmates = index.comparison('ro').claims.find((c) => c.claim.low === 1450)!;
  const held = index.comparison('en').claims.find((c) => c.claim.low === 1450)!;
  assert.equal(linkFeatures(inmates, held, comparable(inmates, held, index.comparison('ro').similarity), index.comparison('ro').weight)[LINK_FEATURES.indexOf('valueOnly')], 0);
  // Small counts, ranks, shares and references are too common to tell anything by their value.
  for (const c of [{ ...ro.claim, low: 12, high: 12 }, { ...ro.claim, kind: 'percent' as const, unit: 'percent' }, { ...ro.claim, kind: 'ordinal' as const }, { ...ro.claim, reference: true }]) {
    assert.ok(!comparisonKeys(c).some((k) => k.startsWith('value:')), JSON.stringify(c));
  }
  // A different value is not found that way.
  assert.ok(!comparisonKeys({ ...ro.claim, low: 1200, high: 1200 }).some((k) => filedKeys(en.claim).includes(k)));
  // Nor are two figures that each say what they are, of different kinds: a measure ("110 centimetri") and a count
  // ("more than 110 times"). A figure that says nothing of what it is may be either.
  const measure = { ...ro, claim: { ...ro.claim, kind: 'measure' as const, unit: 'cm', concept: null } };
  assert.equal(comparable(measure, en, index.comparison('ro').similarity), 0);
  assert.ok(comparable(measure, { ...en, claim: { ...en.claim, unit: null } }, index.comparison('ro').similarity) > 0);
});

test('two articles that share many entities are one story whatever kinds of event their words suggest', () => {
  // The Romanian article calls the spill an "accident" (a road accident, to the event words), the Italian one tells it
  // through the "fondi" for the clean-up (public funds): they still name the same mine, county, towns and river.
  const ro = { uri: 'ro', text: 'Accident ecologic pe Mureș\n\nARAD – Un accident la mina de la Certej, în județul Hunedoara, a deversat cianuri ' +
    'în Mureș. Peste 40 de tone de pește mort au fost scoase între Deva și Arad; poluarea a ajuns în Ungaria, la Szeged. Accidentul a fost ' +
    'discutat la București.' };
  const it = { uri: 'it', text: 'Cianuro nel Mureș, fondi europei per la bonifica\n\nARAD – Dopo lo sversamento dalla miniera di Certej, nella ' +
    'contea di Hunedoara, oltre 40 tonnellate di pesci morti sono state raccolte tra Deva e Arad; l\'inquinamento ha raggiunto l\'Ungheria, a ' +
    'Szeged. Bucarest chiede fondi europei: i fondi per la bonifica arriveranno da Bruxelles.' };
  const index = new WorkspaceIndex();
  index.setAll([ro, it]);
  const a = index.comparison('ro').claims.find((c) => c.claim.text.includes('40'))!;
  const b = index.comparison('it').claims.find((c) => c.claim.text.includes('40'))!;
  assert.deepEqual([a.documentEvents, b.documentEvents], [['road-accident'], ['public-funds']]);
  assert.ok(comparable(a, b, index.comparison('ro').similarity) > 0);
});

test('articles about different kinds of event are apart, unless one names what the other is about', () => {
  const harvest = { uri: 'it', text: 'Olio, raccolto dimezzato in Puglia\n\nBARI – In Puglia i prezzi dell\'olio salgono ancora: la produzione è scesa a ' +
    '115.000 tonnellate. Con i prezzi all\'origine a 9,50 euro al litro, i frantoi di Bari temono un altro anno difficile.' };
  const drought = { uri: 'en', text: 'Puglia olive harvest collapses after drought\n\nBARI - The drought and a scorching summer cut Puglia\'s olive ' +
    'oil output to between 110,000 and 120,000 tonnes, as prices at mills near Bari climbed. The drought hit inland groves hardest.' };
  const snow = { uri: 'ro', text: 'Zăpadă și viscol în Puglia\n\nBARI – Ninsoarea și viscolul au blocat drumurile din Puglia. Zăpada a ajuns la ' +
    '115.000 de tone de sare împrăștiate pe drumurile din jurul orașului Bari, iar ninsoarea continuă.' };
  const index = new WorkspaceIndex();
  index.setAll([harvest, drought, snow]);
  const claimOf = (uri: string, text: string) => index.comparison(uri).claims.find((c) => c.claim.text.includes(text))!;
  const { similarity } = index.comparison('it');
  // The harvest article is about prices (economy), the other about a drought (heatwave), and names prices too.
  assert.ok(comparable(claimOf('it', '115.000 tonnellate'), claimOf('en', 'tonnes'), similarity) > 0);
  // A snowstorm article names neither.
  assert.equal(comparable(claimOf('it', '115.000 tonnellate'), claimOf('ro', '115.000 de tone'), similarity), 0);
});

test('a best match taken by a mutual pair of its own leaves the claim its next best, if that one is mutual', () => {
  const index = new WorkspaceIndex();
  index.setAll([
    { uri: 'it', text: 'Il giacimento è a circa 160 chilometri dalla costa. Il gasdotto di 164 chilometri arriva a Tuzla.' },
    { uri: 'ro', text: 'Zăcământul este la 160 de kilometri de țărm. Conducta de 164 de kilometri ajunge la Tuzla.' },
  ]);
  const [it160, it164] = index.comparison('it').claims;
  const [ro160, ro164] = index.comparison('ro').claims;
  assert.ok(it160 && it164 && ro160 && ro164, 'four figures read');
  const claimsOf = (doc: string): readonly LinkableClaim[] => (doc === 'it' ? [it160, it164] : [ro160, ro164]);
  // "164 chilometri" would rather have "160 de kilometri", which has "circa 160 chilometri" (scores as a model could
  // give them where a context word misleads it).
  const scores = new Map([[it160, new Map([[ro160, 0.97], [ro164, 0.2]])], [it164, new Map([[ro160, 0.5], [ro164, 0.4]])],
    [ro160, new Map([[it160, 0.97], [it164, 0.5]])], [ro164, new Map([[it160, 0.3], [it164, 0.4]])]]);
  const rank: Ranker = (of, among) => {
    const ranked = among.map((c) => ({ claim: c, score: scores.get(of)!.get(c)! })).sort((x, y) => y.score - x.score);
    return ranked[0] && { ...ranked[0], runnerUp: ranked[1]?.score ?? 0, second: ranked[1]?.claim, third: ranked[2]?.score ?? 0 };
  };
  const { weight, similarity } = index.comparison('it');
  const candidatesIn = (doc: string): readonly LinkableClaim[] => claimsOf(doc);
  const match = (claim: LinkableClaim): LinkableClaim | undefined => mutualMatch(claim, claimsOf('ro'), candidatesIn, weight, similarity, undefined, rank)?.b;
  assert.equal(match(it160), ro160);
  assert.equal(match(it164), ro164);
  // Where the claim its best match would rather have is not that match's own best, nothing is taken: none.
  scores.get(it160)!.set(ro164, 0.99);
  assert.equal(match(it164), undefined);
});

test('a sum given again in a second currency right after the first restates it where the two agree at the rate', () => {
  const sum = (unit: string, value: number, start: number, qualifier: Claim['qualifier'] = 'exact'): Claim =>
    ({ start, end: start + 8, text: String(value), low: value, high: value, qualifier, kind: 'money', unit, concept: null, additional: false });
  // "5 lei (circa 1 euro)", "600 de milioane de lei (120 milioni di euro)": either way round.
  assert.equal(restates(sum('RON', 5, 0), sum('EUR', 1, 10, 'approximately')), true);
  assert.equal(restates(sum('EUR', 120e6, 30), sum('RON', 600e6, 10)), true);
  // Further apart, or of values the rate does not make one, they are two sums.
  assert.equal(restates(sum('RON', 600e6, 0), sum('EUR', 120e6, 200)), false);
  assert.equal(restates(sum('RON', 600e6, 0), sum('EUR', 200e6, 10)), false);
});

test('a span in years is compared with one in months, in one unit, whether it says no concept or lasts', () => {
  // "tre anni di lavori" says no concept (years are as often ages); "dureranno tre anni" lasts: a span of time.
  for (const [italian, concept] of [["Il nuovo terminal dell'aeroporto di Cluj richiederà tre anni di lavori", null], ["I lavori del nuovo terminal dell'aeroporto di Cluj dureranno tre anni", 'duration']] as const) {
    const { index, x: it, y: en } = twoArticles(
      ['it', `Nuovo terminal a Cluj\n\nCLUJ – ${italian}, secondo la società.`],
      ['en', 'New terminal at Cluj\n\nCLUJ - Works on the new terminal at Cluj airport will last 36 months, the company said.'],
      (c) => c.text === 'tre anni', (c) => c.text === '36 months');
    assert.equal(it.claim.concept, concept);
    const story = comparable(it, en, index.comparison('it').similarity);
    assert.ok(story > 0);
    const features = linkFeatures(it, en, story, index.comparison('it').weight);
    assert.equal(features[LINK_FEATURES.indexOf('sameNoun')], 1);
    assert.equal(features[LINK_FEATURES.indexOf('sameConcept')], concept === null ? 0 : 1);
  }
});

test('spans of time in different units are found under one key, whatever concept either says', () => {
  const { x: it, y: en, linked } = twoArticles(
    ['it', "Esplosione a Cahul\n\nCAHUL – Il gasdotto, in servizio da quasi quarant'anni, è esploso vicino a Cahul, secondo Moldovagaz."],
    ['en', 'Cahul blast\n\nCAHUL - The pipeline, in service for nearly four decades, exploded near Cahul, Moldovagaz said.'],
    (c) => c.text === "quasi quarant'anni", (c) => c.text === 'nearly four decades');
  assert.equal(it.claim.concept, null);
  assert.equal(en.claim.concept, 'duration');
  assert.ok(comparisonKeys(it.claim).some((k) => filedKeys(en.claim).includes(k)));
  assert.ok(linked, 'the two spans are linked');
});

test('the days gone by, ranked ("for a fourth day") or counted ("quattro giorni"), are compared', () => {
  const { index, x: en, y: it } = twoArticles(
    ['en', 'Delta fire\n\nTULCEA - The reed fire in the Danube Delta burned for a fourth day on Tuesday, the Tulcea authorities said.'],
    ['it', "Incendio nel Delta\n\nTULCEA – L'incendio dei canneti nel Delta del Danubio brucia da quattro giorni, secondo le autorità di Tulcea."],
    (c) => c.text === 'fourth', (c) => c.text === 'quattro giorni');
  assert.equal(en.claim.kind, 'ordinal');
  assert.equal(en.claim.concept, 'duration');
  assert.ok(comparable(en, it, index.comparison('en').similarity) > 0);
});

test('a single bound restates a value it rounds off the way its qualifier says, not another reading near it', () => {
  const measure = (low: number, qualifier: Claim['qualifier']): Claim =>
    ({ start: 0, end: 1, text: String(low), low, high: low, qualifier, kind: 'measure', unit: 'celsius', concept: 'temperature', additional: false });
  // "oltre 49 gradi", then "49,1 gradi"; "quasi 50 gradi", then "49,1 gradi"; "circa 49 gradi", then "49,1 gradi".
  assert.equal(restates(measure(49, 'more-than'), measure(49.1, 'exact')), true);
  assert.equal(restates(measure(50, 'at-most'), measure(49.1, 'exact')), true);
  assert.equal(restates(measure(49, 'approximately'), measure(49.1, 'exact')), true);
  assert.equal(restates(measure(45, 'at-least'), measure(47.3, 'exact')), true);
  // "oltre 47 gradi" is another reading below 49,1, within a twentieth of it but not 49,1 rounded down.
  assert.equal(restates(measure(47, 'more-than'), measure(49.1, 'exact')), false);
  // A lower bound rounds down, an upper one up: "more than 50" is not 49.1, "nearly 49" is not 49.1.
  assert.equal(restates(measure(50, 'more-than'), measure(49.1, 'exact')), false);
  assert.equal(restates(measure(49, 'at-most'), measure(49.1, 'exact')), false);
});

test('figures dated by different years link only where the two articles are surely one story', () => {
  const index = new WorkspaceIndex();
  // One budget, told by two articles that share the council, the mayor and the funders: the Romanian sentence dates
  // the growth ("decât în 2025"), the English one the budget.
  index.setAll([
    { uri: 'en', text: 'Chișinău passes its budget for 2026\n\nThe Chișinău Municipal Council approved the budget of the capital of Moldova on Thursday. Mayor Ion Ceban said spending will reach 8.6 billion lei in 2026, with money from the European Union and the World Bank for new trolleybuses.' },
    { uri: 'ro', text: 'Chișinăul și-a votat bugetul\n\nConsiliul Municipal Chișinău a aprobat joi bugetul capitalei Republicii Moldova. Primarul Ion Ceban a spus că cheltuielile vor ajunge la 8,6 miliarde de lei, cu 9% mai mult decât în 2025, cu bani de la Uniunea Europeană și Banca Mondială pentru troleibuze noi.' },
  ]);
  assert.deepEqual(index.allLinks().map((l) => [l.a.claim.text, l.b.claim.text, l.relation]), [['8.6 billion lei', '8,6 miliarde de lei', 'agrees']]);
  // Two articles that share little: the spending of 2024 is not that of 2025.
  const apart = new WorkspaceIndex();
  apart.setAll([
    { uri: 'en', text: 'Chișinău spending\n\nIn 2024 the city of Chișinău spent 8.6 billion lei on its services.' },
    { uri: 'ro', text: 'Cheltuieli la Chișinău\n\nÎn 2025, orașul Chișinău a cheltuit 8,6 miliarde de lei pentru servicii.' },
  ]);
  assert.deepEqual(apart.allLinks(), []);
});

test('more than a dozen people counted twice in an article by two nouns, with one qualifier, are one group', () => {
  const count = (unit: string, concept: string | null, value: number, qualifier: Claim['qualifier'] = 'approximately'): Claim =>
    ({ start: 0, end: 1, text: String(value), low: value, high: value, qualifier, kind: 'count', unit, concept, additional: false });
  // "aproximativ 40.000 de muncitori", then "aproximativ 40.000 de români"; "peste 180 de alergători", then "peste 180
  // de sportivi".
  assert.equal(restates(count('worker', 'workers', 40000), count('romanian', 'romanian', 40000)), true);
  assert.equal(restates(count('runner', 'runner', 180, 'more-than'), count('athlete', 'athlete', 180, 'more-than')), true);
  // Not with another qualifier, nor a dozen or fewer, nor where either is what happened to them: "about 300 people"
  // evacuated and "about 300 firefighters" are two groups.
  assert.equal(restates(count('worker', 'workers', 40000), count('romanian', 'romanian', 40000, 'exact')), false);
  assert.equal(restates(count('worker', 'workers', 12), count('romanian', 'romanian', 12)), false);
  assert.equal(restates(count('person', 'displaced', 300), count('firefighter', 'rescuers', 300)), false);
});

test('a sum stated twice in one article with one qualifier is one sum, a share stated twice may be two', () => {
  const sums = analyzeDocument('Biblioteche, 30 milioni per i libri\n\nIl ministero ripartisce 30 milioni di euro tra le biblioteche.').claims;
  assert.deepEqual(sums.map((c) => [c.text, c.kind, c.unit]), [['30 milioni', 'money', 'EUR'], ['30 milioni di euro', 'money', 'EUR']]);
  assert.ok(restates(sums[0]!, sums[1]!));
  // Not with another qualifier: "about 30 million" may round another sum.
  const about = analyzeDocument('The ministry gives €30 million. The fund holds about €30 million.').claims;
  assert.equal(restates(about[0]!, about[1]!), false);
  // Round shares that nothing says what of recur by chance.
  const shares = analyzeDocument('Prices rose 2% in March. Wages rose 2% in April.').claims;
  assert.equal(restates(shares[0]!, shares[1]!), false);
});
