/**
 * Entity spans and types on short sentences: each case names the mentions it expects (surface and type) and the
 * surfaces it must not produce.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/core/analyze';
import { RecordingNames, WorkspaceNames, type Lookups } from '../../server/src/core/aliases';
import { WorkspaceIndex } from '../../server/src/core/workspaceIndex';
import type { Language } from '../../server/src/core/types';

interface EntityCase {
  what: string;
  language: Language;
  text: string;
  expect: [string, string][];
  absent?: string[];
}

const cases: EntityCase[] = [
  {
    what: 'a number right after a name that is no claim or date is part of the name; a lone word with one is no person',
    language: 'it',
    text: 'Il reattore Olkiluoto 3, il più grande della Finlandia, si è fermato. La finale è andata in onda su Rai 1. A Milano 3 persone sono rimaste ferite.',
    expect: [['Olkiluoto 3', 'organization'], ['Finlandia', 'place'], ['Rai 1', 'organization'], ['Milano', 'place']],
    absent: ['Olkiluoto', 'Rai', 'Milano 3'],
  },
  {
    what: 'in English a known place before the head of a body starts the body\'s name; before other words it stays a place',
    language: 'en',
    text: 'Officials of the Harghita County Council and the New York Stock Exchange met the Milan Chamber of Commerce. Police in Rome Tuesday closed the Jiu Valley road.',
    expect: [['Harghita County Council', 'organization'], ['New York Stock Exchange', 'organization'], ['Milan Chamber of Commerce', 'organization'], ['Rome', 'place']],
    absent: ['Harghita', 'New York', 'Milan', 'Rome Tuesday', 'County Council', 'Stock Exchange'],
  },
  {
    what: 'two places of the data joined by a hyphen are two places; a hyphenated place or surname stays whole',
    language: 'it',
    text: "I legami Russia-Corea del Nord e l'asse Mosca-Pyongyang preoccupano l'Emilia-Romagna. Lo ha detto Anna Schmidt-Jacobson a Roma.",
    expect: [['Russia', 'place'], ['Corea del Nord', 'place'], ['Mosca', 'place'], ['Pyongyang', 'place'], ['Emilia-Romagna', 'place'], ['Anna Schmidt-Jacobson', 'person']],
    absent: ['Russia-Corea del Nord', 'Mosca-Pyongyang', 'Emilia', 'Romagna'],
  },
  {
    what: 'a portfolio after an elided preposition stays out of the minister named after it',
    language: 'it',
    text: "Il bilancio, diffuso dal ministro dell'Interno Marcel Craciun, è salito. Il ministro dell'Economia Safta Tataru ha difeso la misura, e la ministra dell'Interno Mia Malaspina la sostiene.",
    expect: [['Marcel Craciun', 'person'], ['Safta Tataru', 'person'], ['Mia Malaspina', 'person']],
    absent: ['Interno Marcel', 'Economia Safta', 'Craciun', 'Tataru', 'Interno Mia Malaspina'],
  },
  {
    what: 'a capitalised article before a place the data knows is no surname particle',
    language: 'it',
    text: 'Home Cronaca La Corea del Nord ha rafforzato i legami con la Russia.',
    expect: [['Corea del Nord', 'place'], ['Russia', 'place']],
    absent: ['La Corea del Nord'],
  },
  {
    what: 'a surname particle takes the word after it, though the data knows that word as a town or a given name',
    language: 'en',
    text: 'Officials said the administration had asked Di Sarno Media for support. Farm lobby Di Maria Media put losses higher.',
    expect: [['Di Sarno Media', 'organization'], ['Di Maria Media', 'organization']],
    absent: ['Di', 'Sarno', 'Maria Media'],
  },
  {
    what: 'a hyphenated title is a title, not a name',
    language: 'en',
    text: 'The figures were cut, Executive Vice-President Aglaia Parvu told reporters on Monday.',
    expect: [['Aglaia Parvu', 'person']],
    absent: ['Executive Vice-President', 'Executive Vice-President Aglaia Parvu'],
  },
  { what: 'a town from the gazetteer', language: 'it', text: 'I treni diretti a Saronno sono rimasti fermi per ore.', expect: [['Saronno', 'place']] },
  {
    what: 'a local town named with a given name first is a town; a place named after a person is the person',
    language: 'it',
    text: 'La nave è attraccata nel porto di Gioia Tauro, non lontano da Vittorio Veneto. Lo ha ricordato Paolo VI.',
    expect: [['Gioia Tauro', 'place'], ['Vittorio Veneto', 'place'], ['Paolo VI', 'person']],
    absent: ['Gioia', 'Tauro'],
  },
  { what: 'a Romanian city named with a given name first', language: 'ro', text: 'Consiliul s-a reunit la Alba Iulia.', expect: [['Alba Iulia', 'place']] },
  {
    what: 'a given name, a lowercase surname particle and a surname are one person',
    language: 'ro',
    text: 'Președintele regiunii, Michele de Pascale, a estimat pagubele, iar Ion de Crăciun a plecat.',
    expect: [['Michele de Pascale', 'person']],
    absent: ['Michele', 'Pascale', 'Ion de Crăciun'],
  },
  {
    what: 'a capitalised common word that opens the sentence stays out of the name',
    language: 'ro',
    text: 'Potrivit Ministerului Afacerilor Externe, cetățenii au fost evacuați.',
    expect: [['Ministerului Afacerilor Externe', 'organization']],
    absent: ['Potrivit Ministerului Afacerilor Externe', 'Ministerului Afacerilor'],
  },
  {
    what: 'a capitalised common word in British spelling that opens the sentence stays out of the name',
    language: 'en',
    text: 'Spas are full in Oradea.\n\nNeighbouring Hungary sent 4,000 visitors.',
    expect: [['Oradea', 'place'], ['Hungary', 'place']],
    absent: ['Neighbouring Hungary'],
  },
  {
    what: 'a spaced dash separates two names',
    language: 'it',
    text: 'Ieri sera la partita Juventus - Fiorentina è finita in parità.',
    expect: [['Juventus', 'organization'], ['Fiorentina', 'organization']],
    absent: ['Juventus - Fiorentina'],
  },
  {
    what: 'a person named after a connector is a name of their own',
    language: 'it',
    text: 'Il sistema operativo della Microsoft di Bill Gates è stato aggiornato.',
    expect: [['Microsoft', 'organization'], ['Bill Gates', 'person']],
  },
  {
    what: 'a given name and a surname after a body named before them',
    language: 'it',
    text: 'Lo ha detto ieri il presidente della Regione Massimiliano Fedriga ai giornalisti.',
    expect: [['Massimiliano Fedriga', 'person']],
  },
  {
    what: 'a title alone is no name',
    language: 'en',
    text: 'The talks were opened on Monday by the Prime Minister in the capital.',
    expect: [],
    absent: ['Prime Minister'],
  },
  {
    what: 'a title word inside an organisation name',
    language: 'ro',
    text: 'Ieri, Inspectoratul General pentru Imigrări a anunțat noi reguli.',
    expect: [['Inspectoratul General pentru Imigrări', 'organization']],
  },
  {
    what: 'a given name right after an organisation head',
    language: 'ro',
    text: 'Ieri, Federația Română de Gimnastică a anunțat lotul olimpic.',
    expect: [['Federația Română de Gimnastică', 'organization']],
  },
  {
    what: 'people listed on a title-case line',
    language: 'it',
    text: 'Fabrizio Frizzi, Giancarlo Magalli, Gianni Boncompagni, Tiziana Ferrario.',
    expect: [['Fabrizio Frizzi', 'person'], ['Giancarlo Magalli', 'person'], ['Tiziana Ferrario', 'person']],
  },
  { what: 'a place head last', language: 'en', text: 'Thousands marched through Hyde Park on Saturday.', expect: [['Hyde Park', 'place']] },
  { what: 'a word with digits is no name', language: 'it', text: 'Un caccia F-16 ha sorvolato la città nella notte.', expect: [], absent: ['F-16'] },
  {
    what: 'a given name and a surname that is also a place head',
    language: 'it',
    text: 'Il sindaco del paese, Giorgio Piazza, è arrivato in ospedale.',
    expect: [['Giorgio Piazza', 'person']],
  },
  {
    what: 'a name coordinated with a known place',
    language: 'it',
    text: 'Il treno è rimasto fermo tra Vercelli e Valfiorita per due ore.',
    expect: [['Vercelli', 'place'], ['Valfiorita', 'place']],
  },
  {
    what: 'two bodies joined by a conjunction',
    language: 'ro',
    text: 'Ieri, Federația Sanitas și Federația Solidaritatea Sanitară au anunțat greva.',
    expect: [['Federația Sanitas', 'organization'], ['Federația Solidaritatea Sanitară', 'organization']],
  },
  {
    what: 'an unknown given name before a surname the data knows',
    language: 'en',
    text: 'On Monday President Tayyip Erdogan visited the area.',
    expect: [['Tayyip Erdogan', 'person']],
  },
  {
    what: 'an institution named by a capitalised noun alone',
    language: 'ro',
    text: 'Proiectul a fost adoptat ieri de Guvernul condus de premier.',
    expect: [['Guvernul', 'organization']],
  },
  {
    what: 'a dotted legal form',
    language: 'ro',
    text: 'Contractul a fost câștigat anul trecut de firma S.C. Bet Zone S.R.L. din oraș.',
    expect: [['S.C. Bet Zone S.R.L.', 'organization']],
  },
  {
    what: "a name keeps its own language's head word in another language's text; a given name before it still makes a person",
    language: 'en',
    text: 'Investigators of the Polizia Postale said the Ferrovie Murgia Sud line reopened. Fans filled the Arena Națională, and Marina Ostrowska sang.',
    expect: [['Polizia Postale', 'organization'], ['Ferrovie Murgia Sud', 'organization'], ['Arena Națională', 'place'], ['Marina Ostrowska', 'person']],
  },
  {
    what: 'a given name the data knows as a place, alone after a connector, is that place within a body\'s name',
    language: 'it',
    text: 'La Procura di Roma ha aperto un fascicolo.',
    expect: [['Procura di Roma', 'organization']],
    absent: ['Roma', 'Procura'],
  },
  {
    what: 'a head in the plural with its article starts no body\'s name, and still makes the name after it a place',
    language: 'ro',
    text: 'Spitalele din Italia sunt pline. Medicii din spitalele din Larisa au protestat.',
    expect: [['Italia', 'place'], ['Larisa', 'place']],
    absent: ['Spitalele din Italia'],
  },
  {
    what: "a place's head first makes a place of the whole name, a known place after a head of another language included",
    language: 'en',
    text: 'In the afternoon, marchers filed through the centre to Piazza Castello. The Coast Guard said nothing.',
    expect: [['Piazza Castello', 'place'], ['Coast Guard', 'organization']],
  },
  {
    what: "the same in Romanian, whatever body the words after the head name",
    language: 'ro',
    text: 'Protestatarii s-au adunat în Piața Marii Adunări Naționale din Chișinău.',
    expect: [['Piața Marii Adunări Naționale', 'place']],
  },
  {
    what: 'the same in Italian text, with a Romanian head word',
    language: 'it',
    text: 'Il ministro ha visitato la Bazilica Sfântul Nicolae e ha incontrato Andrei Munteanu.',
    expect: [['Bazilica Sfântul Nicolae', 'place'], ['Andrei Munteanu', 'person']],
  },
  {
    what: 'a body with offices and the place after it name one office, by acronym or in full; a party and a place stay two',
    language: 'ro',
    text: 'Pompierii de la ISU Cluj au intervenit. Potrivit Inspectoratului de Poliție Județean Brăila, drumul e închis. Liderul PSD Giurgiu a vorbit.',
    expect: [['ISU Cluj', 'organization'], ['Inspectoratului de Poliție Județean Brăila', 'organization'], ['PSD', 'organization'], ['Giurgiu', 'place']],
    absent: ['ISU', 'Cluj', 'Brăila', 'PSD Giurgiu'],
  },
  {
    what: 'a body attached to another is named with it',
    language: 'ro',
    text: 'Procurorii Parchetului de pe lângă Tribunalul București au deschis un dosar.',
    expect: [['Parchetului de pe lângă Tribunalul București', 'organization']],
    absent: ['Tribunalul București', 'București'],
  },
  {
    what: 'the same in Italian',
    language: 'it',
    text: 'La Procura della Repubblica presso il Tribunale di Milano indaga.',
    expect: [['Procura della Repubblica presso il Tribunale di Milano', 'organization']],
    absent: ['Tribunale di Milano'],
  },
];

for (const c of cases) {
  void test(`entities (${c.language}): ${c.what}`, () => {
    const found = analyzeDocument(c.text, { language: c.language }).entities;
    const listed = found.map((m) => `${m.text}:${m.type}`).join(', ');
    for (const [surface, type] of c.expect) {
      assert.ok(found.some((m) => m.text === surface && m.type === type), `no ${type} "${surface}"; found: ${listed}`);
    }
    for (const surface of c.absent ?? []) assert.ok(!found.some((m) => m.text === surface), `"${surface}" found: ${listed}`);
  });
}

/** A document's mentions, as `text:type`, once `order` is indexed in that order. */
function namedAfter(order: { uri: string; text: string }[], uri: string): string[] {
  const index = new WorkspaceIndex();
  index.setAll(order);
  return index.get(uri)!.facts.entities.map((m) => `${m.text}:${m.type}`);
}

void test('entities: a name found in another document does not cut a longer name short, whichever document is read first', () => {
  const lone = { uri: 'file:///w/a.txt', text: 'The statement was signed by Schneider on Monday, and Schneider spoke to the press.' };
  const firm = { uri: 'file:///w/b.txt', text: 'The contract went to the consultancy Schneider Partners after a long tender.' };
  const firmFirst = namedAfter([firm, lone], firm.uri);
  assert.ok(firmFirst.includes('Schneider Partners:organization'), firmFirst.join(', '));
  assert.deepEqual(namedAfter([lone, firm], firm.uri), firmFirst);
  // Edited again with the name known, the document still names the firm.
  const index = new WorkspaceIndex();
  index.setAll([lone, firm]);
  index.set(firm.uri, firm.text + ' ');
  assert.deepEqual(index.get(firm.uri)!.facts.entities.map((m) => `${m.text}:${m.type}`), firmFirst);
});

/**
 * Indexes `own` after and then before `other`, which names `mention` (text:type); in `own`, the mention is found
 * either way, and everything else is named alike.
 */
function foundWhicheverFirst(own: { uri: string; text: string }, other: { uri: string; text: string }, mention: string): void {
  const otherFirst = namedAfter([other, own], own.uri);
  assert.ok(otherFirst.includes(mention), otherFirst.join(', '));
  assert.deepEqual(namedAfter([own, other], own.uri), otherFirst);
}

void test('entities: an acronym another document names is found whichever document is read first, even one spelling a stopword', () => {
  // English stopword lists hold two-letter codes such as "cg"; Romanian ones do not.
  const bare = { uri: 'file:///w/a.txt', text: 'Roofs collapsed across the province, the disaster agency CG said on Monday.' };
  const named = { uri: 'file:///w/b.txt', text: 'Doi dintre răniți au fost transferați cu elicopterul CG la spitalul din Câmpulung.' };
  const alone = namedAfter([bare], bare.uri);
  assert.ok(!alone.some((m) => m.startsWith('CG:')), alone.join(', '));
  foundWhicheverFirst(bare, named, 'CG:organization');
});

void test('entities: a name another document wrote in capitals is not a word written otherwise ("IT" is no "It")', () => {
  const it = { uri: 'file:///w/a.txt', text: 'Clujul are peste 25.000 de specialiști IT, potrivit asociației din Cluj.' };
  const pronoun = { uri: 'file:///w/b.txt', text: 'The fire broke out in the ward at night. It spread quickly, officials said.' };
  assert.ok(namedAfter([pronoun, it], it.uri).includes('IT:organization'), namedAfter([pronoun, it], it.uri).join(', '));
  for (const order of [[it, pronoun], [pronoun, it]]) assert.ok(!namedAfter(order, pronoun.uri).some((m) => m.startsWith('It:')), namedAfter(order, pronoun.uri).join(', '));
  // Written otherwise by some document, the name is no longer capitals only; it is again when that one goes.
  const names = new WorkspaceNames();
  const entry = (name: string): { id: string; type: 'organization'; name: string } => ({ id: 'itm', type: 'organization', name });
  names.addDocument('file:///w/c.txt', [{ key: 'itm', entry: entry('ITM') }]);
  assert.equal(names.capitalsOnly('itm'), true);
  names.addDocument('file:///w/d.txt', [{ key: 'itm', entry: entry('Itm') }]);
  assert.equal(names.capitalsOnly('itm'), false);
  names.removeDocument('file:///w/d.txt', [{ key: 'itm', entry: entry('Itm') }]);
  assert.equal(names.capitalsOnly('itm'), true);
});

void test('entities: a known place that starts a body another document names is that body, whichever document is read first', () => {
  const split = { uri: 'file:///w/a.txt', text: 'La Giurgiu Foundation ha raccolto fondi per le famiglie, ha detto ieri il direttore.' };
  const body = { uri: 'file:///w/b.txt', text: 'The Giurgiu Foundation raised funds for the families of the victims, its director said.' };
  foundWhicheverFirst(split, body, 'Giurgiu Foundation:organization');
});

void test('entities: a lone name resolved to the one person named in full elsewhere is taken back when a second one is found', () => {
  const first = { uri: 'file:///w/1.txt', text: 'Yesterday the spokesman Romeo Pasquali arrived in the capital with the delegation.' };
  const lone = { uri: 'file:///w/2.txt', text: 'The delegation left on Monday. In the afternoon Romeo said that talks would go on.' };
  const second = { uri: 'file:///w/3.txt', text: 'The mayor Romeo Vitale also spoke to reporters in the square.' };
  // A lone name found by its capital letter elsewhere: the lone name of the document above then matches it.
  const named = { uri: 'file:///w/0.txt', text: 'Talks went on all week, and on Friday the envoy Romeo thanked the hosts.' };
  const idOfLone = (order: { uri: string; text: string }[]): string | undefined => {
    const index = new WorkspaceIndex();
    index.setAll(order);
    return index.get(lone.uri)!.facts.entities.find((m) => m.text === 'Romeo')?.id;
  };
  const loneLast = idOfLone([first, named, second, lone]);
  assert.notEqual(loneLast, 'romeo-pasquali');
  assert.equal(idOfLone([first, named, lone, second]), loneLast);
  assert.equal(idOfLone([first, named, lone]), 'romeo-pasquali');
});

void test('entities (ro): a plural name with the article or in the genitive is the name itself', () => {
  const found = analyzeDocument('Numărul lupilor din Alpii italieni a crescut, iar fermierii de la poalele Alpilor protestează.', { language: 'ro' }).entities;
  assert.deepEqual(found.filter((m) => m.text.startsWith('Alpi')).map((m) => [m.text, m.id]), [['Alpii', 'alps'], ['Alpilor', 'alps']]);
});

void test('entities (it): an acronym written in title case is the acronym; a town with a diacritic and a common word are not', () => {
  const ids = (text: string, language: Language): [string, string, string][] =>
    analyzeDocument(text, { language }).entities.filter((m) => m.type !== 'date').map((m) => [m.text, m.type, m.id]);
  assert.deepEqual(ids('Secondo la Bce e l\'Istat, i prezzi sono saliti.', 'it'), [['Bce', 'organization', 'european-central-bank'], ['Istat', 'organization', 'istat']]);
  assert.deepEqual(ids('La BCE ha alzato i tassi.', 'it'), [['BCE', 'organization', 'european-central-bank']]);
  assert.ok(!ids('Il pullman era partito da Niš ieri.', 'it').some(([, type]) => type === 'organization'));
  assert.ok(!ids('Pas cu pas, guvernul a cedat.', 'ro').some(([text]) => text === 'Pas'));
});

void test('events: a word whose stem is not its beginning still names its kind of event ("icing" is stemmed "ice")', () => {
  const text = 'Icing closed the motorway overnight. Drivers were warned that icing would return, and more ice is forecast.';
  assert.deepEqual(analyzeDocument(text, { language: 'en' }).events, ['winter-storm']);
  assert.deepEqual(analyzeDocument('The motorway closed overnight. Drivers were warned again.', { language: 'en' }).events, []);
});

void test('entities: a lone word nothing types is a body in an article that names people in full, a person elsewhere', () => {
  const typed = (text: string, language: Language): [string, string][] =>
    analyzeDocument(text, { language }).entities.filter((m) => m.type !== 'date').map((m) => [m.text, m.type]);
  const article =
    'Wheat futures rose 3% on Euronext on Monday, trader Marcus Okafor said. Analyst Priya Natarajan expects more gains. ' +
    'The shipper Kerberos had cut its forecast, Okafor added.';
  const found = typed(article, 'en');
  assert.deepEqual(found.filter(([t]) => t === 'Euronext' || t === 'Kerberos'), [['Euronext', 'organization'], ['Kerberos', 'organization']]);
  // The surname of someone named in full is that person still.
  assert.deepEqual(found.filter(([t]) => t.includes('Okafor')), [['Marcus Okafor', 'person'], ['Okafor', 'person']]);
  // One person named in full is not enough: a sentence alone may use the surname of someone named before it.
  assert.deepEqual(typed('Trader Marcus Okafor said Kerberos had cut its forecast.', 'en').filter(([t]) => t === 'Kerberos'), [['Kerberos', 'person']]);
});

void test('entities: a nationality is no name; a name that starts with one is no person', () => {
  const typed = (text: string, language: Language): [string, string][] =>
    analyzeDocument(text, { language }).entities.filter((m) => m.type !== 'date').map((m) => [m.text, m.type]);
  assert.deepEqual(typed('Much of the cargo is Ukrainian wheat, and Romanian officials in Constanța said so.', 'en'), [['Constanța', 'place']]);
  assert.deepEqual(typed('Volunteers of the Turkish Red Crescent handed out blankets.', 'en'), [['Turkish Red Crescent', 'organization']]);
});

void test('entities: a ministry named with an elided preposition or two portfolios is one body, with one id in every language', () => {
  const bodies = (text: string, language: Language): [string, string][] =>
    analyzeDocument(text, { language }).entities.filter((m) => m.type === 'organization').map((m) => [m.text, m.id]);
  assert.deepEqual(bodies("Lo ha annunciato il Ministero dell'Interno ieri sera.", 'it'), [["Ministero dell'Interno", 'interior-ministry']]);
  assert.deepEqual(bodies('Ministerul de Interne a anunțat luni noi controale.', 'ro'), [['Ministerul de Interne', 'interior-ministry']]);
  assert.deepEqual(bodies("Il Ministero dell'Economia e delle Finanze ha risposto.", 'it'), [["Ministero dell'Economia e delle Finanze", 'economy-finance-ministry']]);
  const transport = 'infrastructure-ministry-transport';
  assert.deepEqual(bodies('Lo ha detto il Ministero delle Infrastrutture e dei Trasporti in una nota.', 'it'), [['Ministero delle Infrastrutture e dei Trasporti', transport]]);
  assert.deepEqual(bodies('Ministerul Infrastructurii și Transporturilor a transmis un comunicat.', 'ro'), [['Ministerul Infrastructurii și Transporturilor', transport]]);
  assert.deepEqual(bodies('The Ministry of Infrastructure and Transport said on Monday.', 'en'), [['Ministry of Infrastructure and Transport', transport]]);
  // Another body, or a place the data knows, after the connector is a name of its own.
  assert.deepEqual(bodies("Secondo l'Osservatorio Vesuviano dell'INGV la scossa è stata forte.", 'it').map(([t]) => t), ['Osservatorio Vesuviano', 'INGV']);
  assert.deepEqual(bodies('Il Comune di Milano e la Regione Lombardia hanno firmato.', 'it').map(([t]) => t), ['Comune di Milano', 'Regione Lombardia']);
  const embassy = analyzeDocument("L'Ambasciata dell'Ucraina a Roma ha protestato.", { language: 'it' }).entities.map((m) => `${m.text}:${m.type}`);
  assert.ok(embassy.includes('Ucraina:place'), embassy.join(', '));
});

void test('entities (ro): a body or a place named by its head in the genitive ("Federației", "Administrației")', () => {
  const typed = (text: string): [string, string][] =>
    analyzeDocument(text, { language: 'ro' }).entities.filter((m) => m.type !== 'date').map((m) => [m.text, m.type]);
  assert.deepEqual(typed('Liderul Federației Mecanicilor de Locomotivă a declarat că greva continuă.'), [['Federației Mecanicilor de Locomotivă', 'organization']]);
  assert.deepEqual(typed('Purtătorul de cuvânt al Confederației Concordia a vorbit cu presa.'), [['Confederației Concordia', 'organization']]);
});

void test('entities: a body named right before a name is that body; one joined to it by a connector is where it is', () => {
  const typed = (text: string, language: Language): [string, string][] =>
    analyzeDocument(text, { language }).entities.filter((m) => m.type !== 'date').map((m) => [m.text, m.type]);
  assert.deepEqual(typed('Il ferito è stato ricoverato all\'ospedale di Mitilene.', 'it'), [['Mitilene', 'place']]);
  assert.deepEqual(typed('Răniții au fost duși la spitalele din Larisa.', 'ro'), [['Larisa', 'place']]);
  assert.deepEqual(typed('Secondo il sindacato Sanitas, lo sciopero continua.', 'it'), [['Sanitas', 'organization']]);
});

void test('entities (ro): a body named with its head in the genitive has the id of its name in the nominative', () => {
  const ids = (text: string): [string, string][] =>
    analyzeDocument(text, { language: 'ro' }).entities.filter((m) => m.type !== 'date').map((m) => [m.text, m.id]);
  const idOf = (text: string, name: string): string | undefined => ids(text).find(([t]) => t === name)?.[1];
  const pairs: [string, string, string, string][] = [
    ['Potrivit unui comunicat al Ministerului Afacerilor Externe, doi români au fost răniți.', 'Ministerului Afacerilor Externe',
      'Ministerul Afacerilor Externe a transmis că doi români au fost răniți.', 'Ministerul Afacerilor Externe'],
    ['Datele Comisiei Electorale Centrale arată o prezență de 34%.', 'Comisiei Electorale Centrale',
      'Comisia Electorală Centrală a anunțat o prezență de 34%.', 'Comisia Electorală Centrală'],
    ['Reprezentanții Ambasadei României au vizitat spitalul.', 'Ambasadei României',
      'Ambasada României a anunțat că urmărește situația.', 'Ambasada României'],
  ];
  for (const [genitiveText, genitive, nominativeText, nominative] of pairs) {
    const id = idOf(nominativeText, nominative);
    assert.ok(id, `${nominative} found`);
    assert.equal(idOf(genitiveText, genitive), id, genitive);
  }
  // Only adjectives right after the head agree with it: a complement after a preposition stays as written.
  assert.equal(idOf('Raportul Comisiei de Supraveghere a fost publicat.', 'Comisiei de Supraveghere'), 'comisia-de-supraveghere');
  // A head in the nominative is kept as it is ("Institutul", not "Institut").
  assert.equal(idOf('Institutul Cantacuzino produce vaccinuri.', 'Institutul Cantacuzino'), 'institutul-cantacuzino');
});

/** The id of the entity written `name` in a text of one language. */
const idIn = (text: string, language: Language, name: string): string | undefined =>
  analyzeDocument(text, { language }).entities.find((m) => m.text === name)?.id;

void test('entities: the surname of a person named in full is that person at the start of a sentence, and where the gazetteer has a town of that name', () => {
  const text = 'The ceremony was attended by Health Minister Viorica Munteanu and by Maria Rossi. Munteanu said the scanners would help. Rossi agreed.';
  const found = analyzeDocument(text, { language: 'en' }).entities;
  const idOf = (surface: string): string | undefined => found.find((m) => m.text === surface && m.type === 'person')?.id;
  assert.ok(idOf('Viorica Munteanu') && idOf('Maria Rossi'), found.map((m) => `${m.text}:${m.type}`).join(', '));
  assert.equal(idOf('Munteanu'), idOf('Viorica Munteanu'));
  assert.equal(idOf('Rossi'), idOf('Maria Rossi'));
  // Without the full name, a town the gazetteer knows stays a town.
  assert.equal(analyzeDocument('Floods hit Rossi overnight.', { language: 'en' }).entities.find((m) => m.text === 'Rossi')?.type, 'place');
});

void test('entities: a body named in words every language has gets one id across languages', () => {
  const idOf = idIn;
  const ministry = [
    idOf('Il Ministero della Salute ha diffuso i dati.', 'it', 'Ministero della Salute'),
    idOf('Ministerul Sănătății a transmis datele.', 'ro', 'Ministerul Sănătății'),
    idOf('Potrivit Ministerului Sănătății, datele sunt corecte.', 'ro', 'Ministerului Sănătății'),
    idOf('The Ministry of Health released the figures.', 'en', 'Ministry of Health'),
    // Italian usage writes the head in lowercase.
    idOf('Secondo il ministero della Salute, i casi sono 40.', 'it', 'ministero della Salute'),
  ];
  assert.ok(ministry[0]);
  assert.deepEqual(ministry, ministry.map(() => ministry[0]));
  assert.equal(idOf('Datele Institutului Național de Statistică arată o creștere.', 'ro', 'Institutului Național de Statistică'),
    idOf('Data from the National Institute of Statistics show a rise.', 'en', 'National Institute of Statistics'));
  // Known places and nationalities count too.
  assert.equal(idOf('La Procura di Milano ha aperto un fascicolo.', 'it', 'Procura di Milano'),
    idOf('Parchetul din Milano a deschis un dosar.', 'ro', 'Parchetul din Milano'));
  assert.equal(idOf('Autoritatea Navală Română a anunțat ancheta.', 'ro', 'Autoritatea Navală Română'),
    idOf('The Romanian Naval Authority opened an inquiry.', 'en', 'Romanian Naval Authority'));
  // A town's administration, "City Council" glossed as one.
  const town = idOf('Il Comune di Milano ha approvato il piano.', 'it', 'Comune di Milano');
  assert.ok(town && town === idOf('Primăria Milano a aprobat planul.', 'ro', 'Primăria Milano'), town);
  assert.equal(idOf('Milan City Council approved the plan.', 'en', 'Milan City Council'), town);
  // A word outside the list leaves the id of the name as written.
  assert.equal(idOf('Liderul Federației Sanitas a vorbit cu presa.', 'ro', 'Federației Sanitas'), 'federatia-sanitas');
  assert.equal(idOf("Il ministero dell'Economia ha risposto.", 'it', "ministero dell'Economia"), idOf('Officials at the Economy Ministry replied.', 'en', 'Economy Ministry'));
  // A lowercase head before words that name no body is no name: only the minister is named.
  assert.deepEqual(analyzeDocument('Lo ha detto il ministero della Salute Orazio Schillaci.', { language: 'it' }).entities.map((m) => m.text), ['Orazio Schillaci']);
});

void test('entities: a person not in the data has one id across the romanizations of the name', () => {
  const idOf = idIn;
  const ids = [
    idOf('Former prime minister Boyko Borissov said the vote was fair.', 'en', 'Boyko Borissov'),
    idOf('Fostul premier Boiko Borisov a declarat că votul a fost corect.', 'ro', 'Boiko Borisov'),
  ];
  assert.ok(ids[0]);
  assert.equal(ids[1], ids[0]);
  assert.equal(idOf('Deputy minister Yuriy Ihnat spoke to reporters.', 'en', 'Yuriy Ihnat'),
    idOf('Il viceministro Jurij Ihnat ha parlato ai giornalisti.', 'it', 'Jurij Ihnat'));
  assert.equal(idOf('Nadezhda Ivanova said the count was over.', 'en', 'Nadezhda Ivanova'),
    idOf('Președinta Nadejda Ivanova a spus că numărătoarea s-a încheiat.', 'ro', 'Nadejda Ivanova'));
});

void test('a word the language also has is named by a name another document finds, whichever is read first', () => {
  // "onesti" is an Italian word ("honest"); the English article names the town.
  const italian = { uri: 'it.txt', text: 'Il governo ha inviato aiuti. A Onești il vicepremier Eugenia Croitoru ha chiesto agli alleati altro personale.\n' };
  const english = { uri: 'en.txt', text: 'The port handled 4.2 million tonnes of cargo, the highest monthly total since Onești opened its own shipping corridor.\n' };
  const italianFirst = namedAfter([italian, english], italian.uri);
  assert.ok(italianFirst.some((m) => m.startsWith('Onești:')), italianFirst.join(', '));
  assert.deepEqual(italianFirst, namedAfter([english, italian], italian.uri));
});

void test('names: lookups not noted cannot tell that an analysis would be the same; noted ones tell until an answer changes', () => {
  const names = new WorkspaceNames();
  names.addDocument('file:///w/a.txt', [{ key: 'romeo pasquali', entry: { id: 'romeo-pasquali', type: 'person', name: 'Romeo Pasquali' } }]);
  const asked = (note: boolean): Lookups => {
    const recording = new RecordingNames(names, note);
    recording.get('romeo pasquali');
    recording.continues('romeo');
    recording.get('vitale');
    return recording.lookups();
  };
  const noted = asked(true);
  const notNoted = asked(false);
  assert.equal(noted.sameIn(names), true);
  assert.equal(notNoted.sameIn(names), false);
  // A name that answers a lookup asked differently now.
  names.addDocument('file:///w/b.txt', [{ key: 'vitale', entry: { id: 'vitale', type: 'person', name: 'Vitale' } }]);
  assert.equal(noted.sameIn(names), false);
  names.removeDocument('file:///w/b.txt', [{ key: 'vitale', entry: { id: 'vitale', type: 'person', name: 'Vitale' } }]);
  assert.equal(noted.sameIn(names), true);
});

void test('entities: a name the data does not know has one id whatever type it is first taken for', () => {
  const text = 'US software firm Quillbridge opened. Austin-based software company Quillbridge said.';
  const found = analyzeDocument(text, { language: 'en' }).entities.filter((m) => m.text === 'Quillbridge');
  assert.equal(found.length, 2);
  assert.equal(new Set(found.map((m) => m.id)).size, 1, JSON.stringify(found));
});

void test("entities: a body's office has one id in every language", () => {
  const idOf = (text: string, language: Language): string | undefined =>
    analyzeDocument(text, { language }).entities.find((m) => m.text.startsWith('ISU'))?.id;
  const ro = idOf('Pompierii de la ISU Prahova au intervenit.', 'ro');
  assert.ok(ro && ro !== 'isu', `ISU Prahova got ${ro}`);
  assert.equal(idOf("I vigili dell'ISU Prahova sono arrivati.", 'it'), ro);
  assert.equal(idOf('Crews from ISU Prahova arrived.', 'en'), ro);
});

void test('a name the data does not know takes its id without a head other languages write outside it ("Lacul Trasimeno", "lago Trasimeno")', () => {
  const ids = (text: string, language: Language): string[] => analyzeDocument(text, { language }).entities.filter((e) => e.type !== 'date').map((e) => `${e.text}=${e.id}`);
  assert.deepEqual(ids('Nivelul din Lacul Trasimeno a scăzut, iar compania Gesap a anunțat lucrări.', 'ro'), ['Lacul Trasimeno=trasimeno', 'Gesap=gesap']);
  assert.deepEqual(ids('Lucrările de la Aeroportul Falcone-Borsellino vor dura patru ani, a anunțat Compania Gesap.', 'ro'),
    ['Aeroportul Falcone-Borsellino=falcone-borselino', 'Compania Gesap=gesap']);
  assert.deepEqual(ids('Il livello del lago Trasimeno è sceso.', 'it'), ['Trasimeno=trasimeno']);
  // English puts the head after the name: "the Pitti Palace" is "Palazzo Pitti", "Palatul Pitti".
  assert.deepEqual(ids('In the afternoon the tourists walked from the Pitti Palace to the old bridge over the river.', 'en'), ['Pitti Palace=piti']);
  assert.deepEqual(ids('Nel pomeriggio i turisti hanno visitato Palazzo Pitti e il vecchio ponte sul fiume.', 'it'), ['Palazzo Pitti=piti']);
  // After a connector too, but not before a place the data knows.
  const it = ids('I turisti hanno visitato le Gallerie degli Uffizi, poi hanno incontrato i docenti della Università di Bologna.', 'it');
  assert.ok(it.includes('Gallerie degli Uffizi=ufizi') && !it.some((m) => m.endsWith('=bologna')), it.join(' '));
  // Streets keep their head: a street named after a person is not the person.
  assert.ok(!ids('Il cantiere di Via Ugo Bassi è chiuso.', 'it').includes('Via Ugo Bassi=ugo-basi'));
});

void test('a body named in words every language has is one body in the three languages, and never a person', () => {
  const of = (text: string, language: Language, name: string): string | undefined => {
    const m = analyzeDocument(text, { language }).entities.find((e) => e.text.includes(name));
    return m ? `${m.type}:${m.id}` : undefined;
  };
  const en = of('According to the National Public Pension House, payments rise in January.', 'en', 'Pension');
  assert.equal(en, 'organization:house-national-pensions-public');
  assert.equal(of('Potrivit Casei Naționale de Pensii Publice, plățile cresc în ianuarie.', 'ro', 'Pensii'), en);
  assert.equal(of('Secondo la Polizia Locale di Torino, i controlli continuano.', 'it', 'Polizia'), of('Potrivit Poliției Locale din Torino, controalele continuă.', 'ro', 'Poli'));
});

void test('a town ending in "ău" with its article is the town ("Chișinăul"); a county council is one body in the three languages', () => {
  const of = (text: string, language: Language, name: string): string | undefined => {
    const m = analyzeDocument(text, { language }).entities.find((e) => e.text.includes(name));
    return m ? `${m.type}:${m.id}` : undefined;
  };
  assert.equal(of('Autobuzele noi circulă prin tot Chișinăul de luni dimineață.', 'ro', 'Chișinău'), 'place:chisinau');
  const ro = of('Ieri, Consiliul Județean Timiș a votat bugetul pe anul viitor.', 'ro', 'Consiliul');
  assert.equal(ro, 'organization:council-county-timis-county');
  assert.equal(of('On Monday the Timiș County Council voted the budget for next year.', 'en', 'Council'), ro);
});

void test('the Danube, the Black Sea and the EBRD in the forms Romanian and Italian news give them', () => {
  const ids = (text: string, language: Language): string[] => analyzeDocument(text, { language }).entities.map((e) => e.id);
  assert.deepEqual(ids('Navele circulă pe Dunăre spre porturile Mării Negre, cu bani de la BERD.', 'ro'), ['danube', 'black-sea', 'ebrd']);
  assert.deepEqual(ids('Il prestito della BERS finanzia le navi del Danubio.', 'it'), ['ebrd', 'danube']);
  // Bucharest's airport by its full name in each language, and by the name alone.
  assert.deepEqual(ids('Zborurile au plecat de pe Aeroportul Internațional Henri Coandă și de la Henri Coandă.', 'ro'), ['henri-coanda-airport', 'henri-coanda-airport']);
  assert.deepEqual(ids('Flights left Henri Coandă International Airport on Monday morning.', 'en').slice(0, 1), ['henri-coanda-airport']);
});

void test('a body named by the first words of one body the document names in full is that body', () => {
  const ids = (text: string, language: Language): string[] => analyzeDocument(text, { language }).entities.map((e) => `${e.text}=${e.id}`);
  assert.deepEqual(ids('La Commissione europea ha deciso ieri. Secondo la Commissione, il piano è pronto.', 'it'),
    ['Commissione europea=european-commission', 'Commissione=european-commission']);
});

test('a street or square written with its head in lowercase is one place with the head: "via Marziale", "piazza della Balduina"', () => {
  const names = (text: string): string[] => analyzeDocument(text).entities.map((e) => `${text.slice(e.start, e.end)}=${e.type}:${e.id}`);
  assert.deepEqual(names('La voragine si è aperta in via Marziale, vicino a piazza della Balduina.'),
    ['via Marziale=place:marziale', 'piazza della Balduina=place:balduina']);
  // A place the data knows stays that place: "via Francoforte" is by way of Frankfurt.
  assert.deepEqual(names('Il volo via Francoforte è partito da Milano.'), ['Francoforte=place:frankfurt', 'Milano=place:milan']);
});
