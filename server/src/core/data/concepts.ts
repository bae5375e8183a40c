/**
 * What figures count, language-independent. Each concept lists the words near a figure that say it is that
 * concept: verbs ("uccisi", "au murit", "killed") and context nouns ("aiuti", "pagube", "turnout"). Counted nouns
 * that carry a concept themselves ("soldati" → troops) are in units.ts. Words are matched by Snowball stem, so one
 * inflected form usually covers the others; forms with a different stem are listed too. A word written with a
 * leading "=" is matched as written only, where its stem is that of other words too ("=lives": "living" is no death).
 */
import type { ClaimKind, Language } from '../types';
import { NATIONALS } from './units';

/**
 * - `outcome`: what happened to people; beats the noun they are counted by ("600 soldati uccisi" are deaths).
 * - `topic`: what a sum, share or count is about ("aiuti", "affluenza").
 * - `weak`: a hint used only when nothing else speaks ("inviati", "deployed" → troops).
 */
export type ConceptRole = 'outcome' | 'topic' | 'weak';

export interface Concept {
  id: string;
  gloss: string;
  role: ConceptRole;
  /** The kinds of claim the concept can describe: aid is money, turnout a percent, deaths a count. */
  kinds: readonly ClaimKind[];
  cues: Readonly<Record<Language, readonly string[]>>;
}

const COUNT: readonly ClaimKind[] = ['count'];
const MONEY: readonly ClaimKind[] = ['money'];
const PERCENT: readonly ClaimKind[] = ['percent'];
const SHARE: readonly ClaimKind[] = ['percent', 'count'];
const AMOUNT: readonly ClaimKind[] = ['money', 'percent'];

export const CONCEPTS: readonly Concept[] = [
  // War and disasters: what happened to people.
  {
    id: 'deaths', gloss: 'people killed or dead', role: 'outcome', kinds: COUNT,
    cues: {
      it: ['uccisi', 'uccise', 'ucciso', 'uccisero', 'uccide', 'uccidendo', 'morti', 'morte', '=morirono', 'muoiono', 'deceduti', 'decessi', 'vittime', 'caduti', 'ammazzati', 'annegati', 'letale', 'senza vita', 'perso la', 'la vita'],
      ro: ['uciși', 'ucis', 'ucise', 'ucigând', 'morți', 'murit', 'mor', 'decedat', 'decedați', 'decese', 'victime', 'pierit', 'căzuți', 'înecați', 'omorâți', 'fără viață', 'pierdut viața', 'și-au pierdut'],
      en: ['killed', 'dead', 'died', 'die', 'deaths', 'death', 'fatalities', 'perished', 'toll', 'slain', 'drowned', '=lives', 'killing'],
    },
  },
  {
    id: 'injured', gloss: 'people wounded or injured', role: 'outcome', kinds: COUNT,
    cues: {
      it: ['feriti', 'ferite', 'ferito', 'feriscono', 'contusi'],
      ro: ['răniți', 'rănite', 'rănit', 'răniri', 'vătămați'],
      en: ['injured', 'wounded', 'injuries', 'hurt'],
    },
  },
  {
    id: 'casualties', gloss: 'people killed or wounded', role: 'outcome', kinds: COUNT,
    cues: { it: ['perdite'], ro: ['pierderi'], en: ['casualties'] },
  },
  {
    id: 'missing', gloss: 'people missing', role: 'outcome', kinds: COUNT,
    cues: { it: ['dispersi', 'disperse', 'scomparsi'], ro: ['dispăruți', 'dispărute'], en: ['missing', 'unaccounted'] },
  },
  {
    id: 'displaced', gloss: 'people displaced or evacuated', role: 'outcome', kinds: COUNT,
    cues: {
      it: ['sfollati', 'sfollate', 'evacuati', 'evacuate', 'evacuazioni', 'senzatetto', 'sgomberati', 'fuggiti', 'sfollamento', 'al sicuro', 'dalle loro case', 'lasciare le case'],
      ro: ['evacuați', 'evacuate', 'evacuări', 'strămutați', 'strămutate', 'sinistrați', 'fugit', 'relocați', 'din casele lor', 'să-și părăsească casele'],
      en: ['displaced', 'evacuated', 'evacuees', 'evacuations', 'homeless', 'fled', 'uprooted', 'safety', 'relocated', 'from their homes', 'from homes'],
    },
  },
  {
    id: 'arrests', gloss: 'people arrested or detained', role: 'outcome', kinds: COUNT,
    cues: {
      it: ['arrestati', 'arrestate', 'arresti', '=fermati', '=fermato', '=fermata', '=fermate', '=fermi', 'detenuti', 'catturati'],
      ro: ['arestați', 'arestate', 'arestări', 'reținuți', 'rețineri', 'capturați'],
      en: ['arrested', 'arrests', 'detained', 'detentions', 'captured'],
    },
  },
  {
    id: 'trapped', gloss: 'people trapped', role: 'outcome', kinds: COUNT,
    cues: { it: ['intrappolati', 'intrappolate', 'macerie', 'bloccati'], ro: ['prinși', 'blocați', 'captivi', 'dărâmături'], en: ['trapped', 'stranded', 'rubble'] },
  },
  {
    id: 'rescued', gloss: 'people rescued', role: 'outcome', kinds: COUNT,
    cues: {
      it: ['salvati', 'soccorsi', 'salvate', 'sopravvissuti', 'superstiti', 'tratto in salvo', 'tratti in salvo'],
      ro: ['salvați', 'salvate', 'recuperați', 'supraviețuitori', 'supraviețuitorii', 'supraviețuit'],
      en: ['rescued', '=saved', 'survivors', 'survived'],
    },
  },
  {
    id: 'hospitalized', gloss: 'people taken to hospital', role: 'outcome', kinds: COUNT,
    cues: { it: ['ricoverati', 'ricoverate', 'ospedalizzati'], ro: ['=internați', 'spitalizați', '=internate'], en: ['hospitalised', 'hospitalized', 'hospitalisations'] },
  },
  {
    id: 'affected', gloss: 'people affected', role: 'outcome', kinds: COUNT,
    cues: { it: ['colpiti', 'coinvolti'], ro: ['afectați', 'afectate'], en: ['affected'] },
  },
  {
    id: 'population', gloss: 'people living in a place', role: 'topic', kinds: COUNT,
    // As written: their stems are those of "popoli", "popular", "populist".
    cues: { it: ['=popolazione', '=popolazioni'], ro: ['=populație', '=populația', '=populației', '=populațiile'], en: ['=population', '=populations'] },
  },
  {
    id: 'troops', gloss: 'soldiers deployed', role: 'weak', kinds: COUNT,
    cues: {
      it: ['schierati', 'schierate', 'dispiegati', 'dispiegate', 'inviati', 'inviate', 'mandati', 'mobilitati', 'reclutati', 'arruolati', 'dispiegamento', 'contingente'],
      ro: ['trimiși', 'trimise', 'desfășurați', 'desfășurate', 'dislocați', 'mobilizați', 'recrutați', 'încorporați', 'contingent'],
      en: ['deployed', 'sent', '=mobilised', '=mobilized', 'dispatched', 'recruited', 'conscripted', 'deployment', 'contingent'],
    },
  },
  {
    id: 'protesters', gloss: 'people protesting', role: 'weak', kinds: COUNT,
    cues: { it: ['manifestazione', 'corteo', 'protesta', 'sfilato'], ro: ['protest', 'manifestație', 'miting', 'protestat'], en: ['protest', 'rally', 'marched', 'demonstration', 'protested'] },
  },
  {
    id: 'strikers', gloss: 'workers on strike', role: 'weak', kinds: COUNT,
    cues: { it: ['sciopero', 'scioperato'], ro: ['grevă'], en: ['strike', 'walkout'] },
  },
  {
    id: 'strike-participation', gloss: 'share of workers who joined a strike', role: 'topic', kinds: PERCENT,
    cues: {
      it: ['adesione', 'adesioni', 'aderito', 'partecipazione allo sciopero', '=fermato', '=fermati', 'incrociato'],
      ro: ['participare', 'participarea', 'aderat', 'aderare', 'oprit', 'intrat în grevă'],
      en: ['participation', 'joined', 'took part', 'walked out', 'stopped work'],
    },
  },
  {
    id: 'services-running', gloss: 'share of services running', role: 'topic', kinds: PERCENT,
    cues: {
      it: ['garantiti', 'circolanti', 'circolato', 'regolari', 'in servizio', 'corse'],
      ro: ['circulă', 'circulat', 'garantate', 'curse', 'asigure', 'asigurat', 'asigurate'],
      en: ['running', 'ran', '=operated', 'guaranteed', 'services'],
    },
  },
  {
    id: 'strikes', gloss: 'strikes, counted or ranked', role: 'topic', kinds: ['count', 'ordinal'],
    cues: { it: ['sciopero', 'scioperi', 'agitazione'], ro: ['grevă', 'greve', 'grevei'], en: ['strike', 'strikes', 'walkout'] },
  },
  // Money: what the sum is for. The currency never says.
  {
    id: 'aid', gloss: 'aid given', role: 'topic', kinds: MONEY,
    cues: {
      it: ['aiuti', 'aiuto', 'assistenza', 'sostegno', 'stanziati', 'stanziamento', 'pacchetto', 'donazioni', 'donati', 'soccorso', 'finanziamenti'],
      ro: ['ajutor', 'ajutoare', '=asistență', 'sprijin', 'pachet', 'donații', 'alocat', 'alocați', 'finanțare'],
      en: ['aid', 'assistance', 'support', 'package', 'donations', 'pledged', 'allocated', 'earmarked', 'funding', 'relief'],
    },
  },
  {
    id: 'damage', gloss: 'damage and losses', role: 'topic', kinds: MONEY,
    cues: { it: ['danni', 'danno', 'perdite'], ro: ['pagube', 'pagubele', 'daune', 'pierderi'], en: ['damage', 'damages', 'losses', 'destruction'] },
  },
  { id: 'budget', gloss: 'budget', role: 'topic', kinds: MONEY, cues: { it: ['bilancio', 'budget', 'manovra', 'finanziaria'], ro: ['buget', 'bugetul'], en: ['budget'] } },
  { id: 'cost', gloss: 'cost', role: 'topic', kinds: MONEY, cues: { it: ['costo', 'costi', 'costato', 'costerà'], ro: ['cost', 'costuri', 'costat', 'costa'], en: ['cost', 'costs', 'costing'] } },
  { id: 'investment', gloss: 'investment', role: 'topic', kinds: MONEY, cues: { it: ['investimento', 'investimenti', 'investiti'], ro: ['investiție', 'investiții', 'investit'], en: ['investment', 'investments', 'invested', 'invest'] } },
  { id: 'fine', gloss: 'fine or penalty', role: 'topic', kinds: MONEY, cues: { it: ['multa', 'multe', 'sanzione', 'ammenda'], ro: ['amendă', 'amenzi', 'amendat'], en: ['fine', 'fined', 'penalty'] } },
  {
    id: 'salary', gloss: 'pay, or a pay rise', role: 'topic', kinds: MONEY,
    cues: {
      it: ['stipendio', 'stipendi', 'salario', 'salari', 'retribuzione', 'busta paga', 'aumento', 'al mese', 'mensili', 'lordi'],
      ro: ['salariu', 'salarii', 'salariul', 'salariale', 'pe lună', 'lunar', 'lunari', 'brut', '=majorare'],
      en: ['salary', 'salaries', 'wage', 'wages', 'take-home', 'pay rise', 'a month', 'per month', 'monthly', 'raise', 'rise'],
    },
  },
  { id: 'pension', gloss: 'pension', role: 'topic', kinds: MONEY, cues: { it: ['pensione', 'pensioni'], ro: ['pensie', 'pensii', 'pensia'], en: ['pension', 'pensions'] } },
  { id: 'spending', gloss: 'public spending', role: 'topic', kinds: AMOUNT, cues: { it: ['spesa', 'spese', 'spesi'], ro: ['cheltuieli', 'cheltuit'], en: ['spending', 'expenditure', 'spent', 'spend'] } },
  { id: 'loan', gloss: 'loan', role: 'topic', kinds: MONEY, cues: { it: ['prestito', 'prestiti', 'mutuo'], ro: ['împrumut', 'împrumuturi', 'credit'], en: ['loan', 'loans', 'credit'] } },
  { id: 'revenue', gloss: 'revenue', role: 'topic', kinds: MONEY, cues: { it: ['entrate', 'ricavi', 'fatturato', 'incassi', 'gettito'], ro: ['venituri', 'încasări', 'cifra'], en: ['revenue', 'revenues', 'turnover', 'sales', 'receipts'] } },
  { id: 'profit', gloss: 'profit', role: 'topic', kinds: MONEY, cues: { it: ['utile', 'utili', 'profitto', 'profitti'], ro: ['profit', 'profitul'], en: ['profit', 'profits', 'earnings'] } },
  { id: 'compensation', gloss: 'compensation', role: 'topic', kinds: MONEY, cues: { it: ['risarcimento', 'risarcimenti', 'indennizzo', 'indennizzi', 'ristori'], ro: ['despăgubiri', 'despăgubire', 'compensații'], en: ['compensation', 'reparations'] } },
  { id: 'contract', gloss: 'contract or deal', role: 'topic', kinds: MONEY, cues: { it: ['contratto', 'commessa', 'accordo', 'appalto'], ro: ['contract', 'contractul', 'acord'], en: ['contract', 'deal'] } },
  { id: 'fund', gloss: 'fund', role: 'topic', kinds: MONEY, cues: { it: ['fondo', 'fondi'], ro: ['fond', 'fonduri', 'fondul'], en: ['fund', 'funds'] } },
  { id: 'price', gloss: 'price', role: 'topic', kinds: MONEY, cues: { it: ['prezzo', 'prezzi', '=costa', 'tariffa'], ro: ['preț', 'prețul', 'prețuri', 'tarif'], en: ['price', 'prices', 'tariff', 'fare'] } },
  { id: 'reward', gloss: 'reward or ransom', role: 'topic', kinds: MONEY, cues: { it: ['=taglia', 'riscatto', 'premio'], ro: ['recompensă', 'răscumpărare', 'premiu'], en: ['reward', 'ransom', 'prize', 'bounty'] } },
  // Shares and rates.
  { id: 'co-financing', gloss: 'co-financing rate', role: 'topic', kinds: PERCENT, cues: { it: ['cofinanziamento', 'cofinanziato', 'cofinanziare'], ro: ['cofinanțare', 'cofinanțarea', 'cofinanțat'], en: ['co-financing', 'cofinancing', 'co-financed', 'co-finance'] } },
  { id: 'absorption', gloss: 'share of funds spent', role: 'topic', kinds: PERCENT, cues: { it: ['assorbimento', 'assorbito', 'spesi', 'utilizzato'], ro: ['absorbție', 'absorbția', 'absorbit', 'cheltuit'], en: ['absorption', 'absorbed', 'spent', 'used'] } },
  { id: 'gdp-share', gloss: 'share of gross domestic product', role: 'topic', kinds: PERCENT, cues: { it: ['pil', 'prodotto interno lordo'], ro: ['pib', 'produsul intern', 'produs intern'], en: ['gdp', 'economic output', 'gross domestic'] } },
  {
    id: 'turnout', gloss: 'voter turnout', role: 'outcome', kinds: PERCENT,
    cues: {
      it: ['affluenza', 'partecipazione', 'votanti', 'aventi diritto', 'votato', 'elettori'],
      ro: ['=prezență', '=prezența', '=prezenta', 'participare', 'participarea', 'alegători', 'alegătorilor', 'votat', 'drept de vot'],
      en: ['turnout', 'participation', 'eligible', 'voters', 'voted'],
    },
  },
  {
    id: 'change', gloss: 'rise or fall, in percent', role: 'topic', kinds: PERCENT,
    cues: {
      it: ['in più', 'in meno', 'aumento', 'calo', 'crescita', 'diminuzione', 'rispetto'],
      ro: ['mai mulți', 'mai multe', 'mai puțini', 'mai puține', 'creștere', 'scădere', 'față de'],
      en: ['more', 'fewer', 'up', 'down', 'rise', 'increase', 'drop', 'fall', 'compared'],
    },
  },
  {
    id: 'votes', gloss: 'votes or vote share of a party or candidate', role: 'topic', kinds: SHARE,
    cues: {
      // Not "secondo": as often "according to" ("secondo l'Istat") as second; nor English "second", "third", which
      // begin "second-largest", "third time" as often as a place in a vote.
      it: ['voti', 'preferenze', 'consensi', 'ottenuto', '=partito', 'coalizione', 'blocco', 'lista', 'alleanza', '=primo', '=terzo'],
      ro: ['voturi', 'voturilor', 'voturile', 'vot', 'votul', 'votului', 'obținut', 'partidul', 'partid', 'coaliția', 'alianța', 'blocul', 'formațiunea', 'clasat'],
      en: ['votes', 'vote', 'ballots', 'party', 'coalition', 'bloc', 'alliance', 'won', 'took'],
    },
  },
  {
    id: 'inflation', gloss: 'inflation: rise of consumer prices', role: 'topic', kinds: PERCENT,
    cues: {
      it: ['inflazione', 'carovita', 'prezzi', 'prezzi al consumo', 'armonizzato'],
      ro: ['inflație', 'inflația', 'inflatie', 'inflației', 'prețuri', 'prețurile', 'prețurilor', 'armonizat'],
      en: ['=inflation', 'prices', 'consumer prices', 'harmonised', 'harmonized', 'cpi', 'hicp'],
    },
  },
  { id: 'growth', gloss: 'economic growth', role: 'topic', kinds: PERCENT, cues: { it: ['crescita', 'crescere', 'cresciuto'], ro: ['creștere', 'creșterea', 'crescut'], en: ['growth', 'grew', 'expanded'] } },
  { id: 'unemployment', gloss: 'unemployment', role: 'topic', kinds: PERCENT, cues: { it: ['disoccupazione', 'disoccupati'], ro: ['șomaj', 'șomajul', 'șomajului', 'șomeri', 'șomerilor'], en: ['unemployment', 'jobless', 'unemployed'] } },
  { id: 'interest-rate', gloss: 'interest rate', role: 'topic', kinds: PERCENT, cues: { it: ['=interesse', 'riferimento'], ro: ['dobândă', 'dobânda', 'dobânzii', 'dobânzi'], en: ['interest', 'deposit', 'refinancing'] } },
  { id: 'tax', gloss: 'tax', role: 'topic', kinds: AMOUNT, cues: { it: ['tasse', 'imposta', 'imposte', 'iva', 'aliquota', 'accise'], ro: ['taxe', 'taxa', 'impozit', 'impozitul', 'tva', 'accize'], en: ['tax', 'taxes', 'vat', 'levy', 'duty'] } },
  { id: 'debt', gloss: 'public debt', role: 'topic', kinds: AMOUNT, cues: { it: ['debito'], ro: ['datorie', 'datoria', 'datoriei'], en: ['debt'] } },
  { id: 'deficit', gloss: 'budget deficit', role: 'topic', kinds: AMOUNT, cues: { it: ['deficit', 'disavanzo'], ro: ['deficit', 'deficitul'], en: ['deficit'] } },
  { id: 'approval', gloss: 'approval or poll share', role: 'topic', kinds: PERCENT, cues: { it: ['=gradimento', 'fiducia', 'sondaggio', 'sondaggi', 'intenzioni'], ro: ['încredere', 'popularitate', 'sondaj', 'sondajul', 'intenții'], en: ['approval', 'poll', 'polls', 'trust', 'favourability', 'favorability'] } },
  // Weather and climate measures.
  { id: 'temperature', gloss: 'temperature', role: 'topic', kinds: ['measure'], cues: { it: ['temperatura', 'temperature', 'caldo', 'gelo', 'termometro'], ro: ['temperatura', 'temperaturi', 'caniculă', 'ger'], en: ['temperature', 'temperatures', 'heat', 'heatwave'] } },
  { id: 'rainfall', gloss: 'rain or snow fallen', role: 'topic', kinds: ['measure'], cues: { it: ['pioggia', 'piogge', 'precipitazioni', 'neve'], ro: ['ploaie', 'ploi', 'precipitații', 'zăpadă'], en: ['rain', 'rainfall', 'precipitation', 'snow'] } },
  // Areas (burned, flooded, farmed) are one concept, `area`, from the unit (units.ts): whether an outlet says
  // "burned" or "covered" is wording, while what the area is of comes from the context the figure is stated in.
  { id: 'depth', gloss: 'depth', role: 'topic', kinds: ['measure'], cues: { it: ['profondità', 'profondo', 'profonda'], ro: ['adâncime', 'adâncimea', 'adânc'], en: ['depth', 'deep'] } },
  { id: 'distance', gloss: 'distance', role: 'topic', kinds: ['measure'], cues: { it: ['distanza', 'lontano', 'dista'], ro: ['distanță', 'distanța', 'departe'], en: ['distance', 'away'] } },
  { id: 'speed', gloss: 'wind or other speed', role: 'topic', kinds: ['measure'], cues: { it: ['vento', 'venti', 'raffiche'], ro: ['vânt', 'vântul', 'rafale'], en: ['wind', 'winds', 'gusts'] } },
];

/** Words after a count of years that make it an anniversary ("80 de ani de la capitulare", "80 years since"). */
export const ANNIVERSARY_LINKS: Readonly<Record<Language, readonly string[]>> = {
  it: ['dalla', 'dal', 'dallo', 'dall\'', 'dalle', 'dai'],
  ro: ['de la'],
  en: ['since', 'after'],
};

/**
 * Verbs of lasting right before a count of years that make it a span of time ("l'inchiesta, durata due anni", "the
 * investigation lasted two years"): years alone are as often ages as spans (units.ts), other units of time are spans
 * already. Folded, as written right before the figure or its qualifier.
 */
export const LASTING_BEFORE: Readonly<Record<Language, readonly string[]>> = {
  it: ['durata', 'durato', 'durati', 'durate', 'duro', 'dura', 'durano', 'durera', 'dureranno'],
  ro: ['durat', 'dureaza', 'dura', 'durata'],
  en: ['lasted', 'lasting', 'lasts', 'last', 'took', 'spanned', 'spanning'],
};

/**
 * Endings of a count of years written as one adjective with its figure, which says a span ("a two-year inquiry", "a
 * 10-year plan"), where "a 30-year-old man" says an age.
 */
export const SPAN_ADJECTIVE_ENDINGS: Readonly<Record<Language, readonly string[]>> = { it: [], ro: [], en: ['-year'] };

/**
 * Broader concepts of narrower ones, one step each (the broader one's own broader concept follows): a figure of
 * the narrower concept is a figure of the broader one too, and an outlet may count the same people by either ("more
 * than 370,000 spectators", "336,000 people attended"; "150,000 teachers", "160,000 striking school staff").
 * Prompted by dev links never compared (the two examples), and written from what the concept glosses and the
 * counted nouns of units.ts say (general knowledge of who is counted, not pair by pair from the articles): every
 * group of people counted by who they are is people (`person`, the concept of a count by "persone", "oameni",
 * "people"); teachers, those on strike, crews and emergency workers are workers; those
 * taken to hospital after an accident are among the injured; the dead and the injured are casualties, and people
 * killed, hurt, missing, evacuated, arrested, trapped, rescued or affected are people. Two narrower concepts of one
 * broader one are not related: the dead and the injured, residents and the evacuated stay apart.
 */
export const BROADER_CONCEPTS: Readonly<Record<string, string>> = {
  'workers': 'person',
  'teachers': 'workers',
  'doctors': 'workers',
  'strikers': 'workers',
  'crew': 'workers',
  'rescuers': 'workers',
  'police': 'workers',
  'troops': 'person',
  'spectators': 'person',
  'tourists': 'person',
  'pilgrims': 'person',
  'protesters': 'person',
  'population': 'person',
  'passengers': 'person',
  'migrants': 'person',
  'refugees': 'person',
  'voters': 'person',
  'patients': 'person',
  'prisoners': 'person',
  'hostages': 'person',
  'students': 'person',
  'observers': 'person',
  'man': 'person',
  'woman': 'person',
  'child': 'person',
  'civilian': 'person',
  'doctor': 'person',
  // The people counted by role or origin in units.ts's frequent news nouns: trades are workers, the rest people.
  'nurse': 'workers',
  'driver': 'workers',
  'guard': 'workers',
  'pilot': 'workers',
  'miner': 'workers',
  'fisherman': 'workers',
  'farmer': 'workers',
  'member': 'person',
  'player': 'person',
  'athlete': 'person',
  'runner': 'athlete',
  'diver': 'person',
  'artist': 'person',
  'pigs': 'animals',
  'priest': 'person',
  'judge': 'person',
  'minister': 'person',
  'governor': 'person',
  'mayor': 'person',
  // Candidates of an exam are students ("peste 186.000 de candidați", "almeno 60 studenti").
  'candidate': 'students',
  'economist': 'person',
  'investigator': 'person',
  'experts': 'person',
  'officials': 'person',
  'pensioner': 'person',
  'elderly': 'person',
  'young-person': 'person',
  'friend': 'person',
  // Nationals (data/units.ts).
  ...Object.fromEntries(NATIONALS.map((n) => [n.unit, 'person'])),
  'hospitalized': 'injured',
  'deaths': 'casualties',
  'injured': 'casualties',
  'casualties': 'person',
  'missing': 'person',
  'displaced': 'person',
  'arrests': 'person',
  'trapped': 'person',
  'rescued': 'person',
  'affected': 'person',
  // Cases of a disease are the people who have it ("almeno 87 casi", "nearly 90 people" fell ill).
  'cases': 'person',
  // Helicopters are aircraft ("one helicopter", "due elicotteri" and "două elicoptere", which the aircraft take).
  'helicopters': 'aircraft',
  // Dogs are animals ("1.850 de câini", "quasi 2.000 animali" in the shelters).
  'dogs': 'animals',
  // Flights and trains are runs of a service ("27 de curse" are flights in one story, "140 corse" ferries in another).
  'flights': 'services',
  'trains': 'services',
  // A job is one worker's post: jobs created or cut are counted as the workers hired or laid off ("120 posti di
  // lavoro", "between 120 and 150 people"; "1,120 jobs", "circa 1.100 lavoratori").
  'jobs': 'workers',
  // Arrivals by sea or air are counted in people ("quasi 3.000 arrivi", "2.947 de oameni"); those at a resort are its
  // tourists ("21.300 de sosiri", "about 21,000 visitors").
  'arrival': 'tourists',
  // A household lives in a home: homes and households cut off, evacuated or hit are counted either way ("90,000
  // homes", "oltre 120mila famiglie", "peste 120.000 de gospodării").
  'households': 'houses',
};
