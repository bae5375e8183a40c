/**
 * Words that never are the noun a figure counts: articles, prepositions, conjunctions, pronouns, auxiliaries and
 * common adverbs. After "3.000" a word from these lists ends the claim ("3.000 sono stati inviati").
 */
import type { Language } from '../types';
import IRREGULAR_VERBS from 'english-verbs-irregular/dist/verbs.json' with { type: 'json' };

export const FUNCTION_WORDS: Readonly<Record<Language, readonly string[]>> = {
  it: [
    'il', 'lo', 'la', 'i', 'gli', 'le', 'l', 'un', 'uno', 'una', 'di', 'del', 'dello', 'della', 'dei', 'degli',
    'delle', 'a', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', 'da', 'dal', 'dallo', 'dalla', 'dai', 'dagli',
    'dalle', 'in', 'nel', 'nello', 'nella', 'nei', 'negli', 'nelle', 'con', 'su', 'sul', 'sullo', 'sulla', 'sui',
    'sugli', 'sulle', 'per', 'tra', 'fra', 'e', 'ed', 'o', 'od', 'ma', 'che', 'chi', 'cui', 'non', 'né', 'se',
    'come', 'dove', 'quando', 'anche', 'ancora', 'già', 'più', 'meno', 'molto', 'poco', 'solo', 'circa', 'quasi',
    'oltre', 'almeno', 'sono', 'è', 'era', 'erano', 'sarà', 'saranno', 'sia', 'siano', 'stato', 'stati', 'stata',
    'state', 'ha', 'hanno', 'aveva', 'avevano', 'avrà', 'avrebbe', 'ci', 'si', 'ne', 'mi', 'ti', 'vi', 'lo', 'li',
    'loro', 'essi', 'esse', 'lui', 'lei', 'noi', 'voi', 'io', 'tu', 'questo', 'questa', 'questi', 'queste',
    'quello', 'quella', 'quelli', 'quelle', 'suo', 'sua', 'suoi', 'sue', 'nostro', 'nostra', 'tutti', 'tutte',
    'secondo', 'contro', 'verso', 'dopo', 'prima', 'durante', 'mentre', 'però', 'quindi', 'infatti', 'invece',
    'mila', 'volte', 'sopra', 'sotto', 'entro', 'fino', 'presso', 'tramite', 'attraverso', 'ogni', 'ciascuno',
    'ieri', 'oggi', 'domani', 'stanotte', 'stamattina', 'finora', 'ormai', 'subito', 'soltanto', 'appena',
    'dentro', 'fuori', 'lungo', 'insieme', 'ciascuna', 'rispettivamente', 'complessivamente', 'ovunque',
    // Elided before a vowel, the apostrophe ending the word: "contro 1,2 miliardi nell'anno precedente".
    'dell', 'all', 'dall', 'nell', 'sull', 'coll', 'quell', 'quest', 'd',
  ],
  ro: [
    'și', 'sau', 'dar', 'iar', 'ci', 'că', 'ca', 'să', 'de', 'la', 'în', 'din', 'pe', 'cu', 'pentru', 'prin',
    'spre', 'către', 'despre', 'fără', 'după', 'până', 'între', 'sub', 'peste', 'lângă', 'al', 'a', 'ai', 'ale',
    'un', 'o', 'niște', 'cel', 'cea', 'cei', 'cele', 'este', 'e', 'sunt', 'era', 'erau', 'fost', 'fi', 'va', 'vor',
    'ar', 'au', 'am', 'ați', 'a', 'avea', 'aveau', 'nu', 'mai', 'doar', 'deja', 'încă', 'foarte', 'chiar', 'tot',
    'toți', 'toate', 'care', 'ce', 'cine', 'unde', 'când', 'cum', 'dacă', 'el', 'ea', 'ei', 'ele', 'noi', 'voi',
    'eu', 'tu', 'lor', 'lui', 'său', 'sa', 'săi', 'sale', 'acest', 'această', 'acești', 'aceste', 'acel', 'acea',
    'acei', 'acele', 'se', 'și-au', 'și-a', 'l', 'le', 'li', 'i', 'îi', 'ne', 'vă', 'circa', 'aproximativ',
    'aproape', 'potrivit', 'conform', 'împotriva', 'asupra', 'fiecare', 'dintre', 'printre', 'deci', 'însă',
    'ieri', 'azi', 'astăzi', 'mâine', 'aseară', 'acum', 'până', 'numai',
    'împreună', 'înăuntru', 'afară', 'respectiv', 'fiecăruia', 'pretutindeni',
    // A time noun with the article dates the figure before it and is never what it counts (that takes the
    // indefinite plural: "3 ani"): "față de 1,1 miliarde anul trecut". "Luna" and "săptămâna" only as written:
    // without diacritics they are "lună" and "săptămână", one month or week ("cel puțin o lună").
    'anul', '=luna', '=săptămâna', 'ziua', 'dimineața', 'seara', 'noaptea',
    // The reflexive pronoun joined to its auxiliary: "15 s-au alăturat".
    's-a', 's-au',
  ],
  en: [
    'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'into', 'onto', 'over', 'under',
    'about', 'after', 'before', 'during', 'since', 'until', 'between', 'among', 'through', 'against', 'and', 'or',
    'but', 'nor', 'so', 'yet', 'that', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'while', 'as',
    'if', 'than', 'then', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would',
    'could', 'should', 'may', 'might', 'must', 'can', 'do', 'does', 'did', 'not', 'no', 'also', 'only', 'just',
    'more', 'less', 'most', 'least', 'very', 'too', 'it', 'its', 'they', 'them', 'their', 'he', 'him', 'his',
    'she', 'her', 'we', 'us', 'our', 'you', 'your', 'i', 'me', 'my', 'this', 'these', 'those', 'there', 'here',
    'all', 'each', 'every', 'both', 'per', 'according', 'including', 'out', 'up', 'down', 'off', 'almost',
    'nearly', 'around', 'some', 'such', 'other', 'others', 'ago', 'later', 'earlier', 'percent',
    'today', 'yesterday', 'tomorrow', 'tonight', 'overnight', 'now', 'already', 'still', 'so', 'far', 'again',
    // Prepositions and adverbs of place after a figure: "19 across the region", "8,000 nationwide", "two apiece".
    'across', 'along', 'alongside', 'amid', 'behind', 'beyond', 'despite', 'inside', 'outside', 'near', 'within',
    'without', 'throughout', 'toward', 'towards', 'upon', 'via', 'nationwide', 'worldwide', 'abroad', 'apiece',
    'respectively', 'altogether', 'together', 'instead',
  ],
};

/** Prepositions that join a date to the figure right before it ("2,4 milioni del 2025", "€2.4 million in 2025"). */
export const YEAR_LINKS: Readonly<Record<Language, readonly string[]>> = {
  it: ['del', 'nel', 'dal', 'al', 'di', 'in', 'a'],
  ro: ['din', 'în', 'pe', 'de', 'la'],
  en: ['in', 'of', 'for', 'from', 'on', 'at'],
};

/**
 * Words of comparison that join a date to the figure before it across a few more words ("cu 35% mai puțin decât în
 * 2023", "20% in più rispetto al 2023", "30% lower than in 2023"): the year is what that figure is measured
 * against, not the time of the sentence's other figures.
 */
export const YEAR_COMPARISONS: Readonly<Record<Language, readonly string[]>> = {
  it: ['rispetto', 'confronto', 'contro'],
  ro: ['decât', 'față', 'comparativ', 'raport'],
  en: ['than', 'compared', 'against', 'versus'],
};

/** Words joining two figures of one list ("eight in Romania and two in Moldova"): the second shares the concept. */
export const COORDINATORS: Readonly<Record<Language, readonly string[]>> = {
  it: ['e', 'ed'],
  ro: ['și', 'iar'],
  en: ['and'],
};

/**
 * Endings of verb forms that never are a counted noun where no known noun follows: Italian and Romanian gerunds
 * ("procurandosi", "ucigând"), Italian adverbs ("altri 52 parzialmente"), English gerunds, adverbs and past forms
 * ("nine rescued after", "two reported on").
 */
export const VERB_ENDINGS: Readonly<Record<Language, RegExp>> = {
  it: /(?:ando|endo)(?:si|ne|lo|la|li|le|gli|ci|vi)?$|.{3}mente$/,
  ro: /(?:ând|ind)(?:u-)?$/,
  en: /(?:ing|ly|.{3}ed)$/,
};

/**
 * Endings of past participles in the plural: a word that ends so and is found only by the stem of a counted noun is
 * the verb of that stem ("212 medicati", treated, against "medici"), not the noun. Italian only: Romanian and English
 * participles do not share their stem with the noun that way.
 */
export const PARTICIPLES: Readonly<Record<Language, RegExp>> = {
  it: /(?:at|it|ut)[ie]$/,
  ro: /(?!)/,
  en: /(?!)/,
};

/**
 * Past forms of English irregular verbs (english-verbs-irregular, from WordNet), those that differ from the verb:
 * "11 sank", "12 left", "five fell ill" say what happened to what is counted, not what it is. A known counted noun
 * written the same ("felt" is no listed noun, but any that is) is still read as the noun.
 */
export const IRREGULAR_PAST_FORMS: Readonly<Record<Language, ReadonlySet<string>>> = {
  it: new Set(),
  ro: new Set(),
  en: new Set(Object.entries(IRREGULAR_VERBS as Record<string, string[][]>).flatMap(([verb, forms]) => forms.flat().filter((form) => form !== verb))),
};
