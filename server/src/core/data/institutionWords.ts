/**
 * Words that public bodies and offices are named with, in Italian, Romanian and English, each under one English
 * gloss: a body named from these words (and nationalities, places, connectors) in one language has the same words,
 * so the same id, in another ("Ministerul Sănătății" = "Ministero della Salute" = "Ministry of Health";
 * "Institutul Național de Statistică" = "National Institute of Statistics"). Curated for this
 * project from the usual names of ministries, agencies and courts in the three languages; Romanian forms are
 * listed in the nominative, the genitive-dative is read through the name inflections (data/inflection.ts), and
 * forms the inflections do not reach are listed too. Matching folds case and diacritics.
 */
import type { Language } from '../types';

export interface InstitutionWord {
  gloss: string;
  it: readonly string[];
  ro: readonly string[];
  en: readonly string[];
}

export const INSTITUTION_WORDS: readonly InstitutionWord[] = [
  // Kinds of body.
  { gloss: 'ministry', it: ['ministero', 'ministeri'], ro: ['ministerul', 'ministerului', 'minister'], en: ['ministry'] },
  { gloss: 'department', it: ['dipartimento'], ro: ['departamentul', 'departamentului'], en: ['department'] },
  { gloss: 'agency', it: ['agenzia'], ro: ['agenția', 'agenției'], en: ['agency'] },
  { gloss: 'authority', it: ['autorità', 'autorita'], ro: ['autoritatea', 'autorității'], en: ['authority'] },
  { gloss: 'institute', it: ['istituto'], ro: ['institutul', 'institutului'], en: ['institute'] },
  { gloss: 'office', it: ['ufficio'], ro: ['oficiul', 'oficiului', 'biroul', 'biroului'], en: ['office', 'bureau'] },
  { gloss: 'directorate', it: ['direzione'], ro: ['direcția', 'direcției'], en: ['directorate'] },
  { gloss: 'administration', it: ['amministrazione'], ro: ['administrația', 'administrației'], en: ['administration'] },
  { gloss: 'commission', it: ['commissione'], ro: ['comisia', 'comisiei'], en: ['commission'] },
  { gloss: 'committee', it: ['comitato'], ro: ['comitetul', 'comitetului'], en: ['committee'] },
  { gloss: 'council', it: ['consiglio'], ro: ['consiliul', 'consiliului'], en: ['council'] },
  { gloss: 'court', it: ['corte', 'tribunale'], ro: ['curtea', 'curții', 'tribunalul', 'tribunalului'], en: ['court', 'tribunal'] },
  { gloss: 'prosecutor', it: ['procura'], ro: ['parchetul', 'parchetului'], en: ['prosecutor', "prosecutor's", 'prosecutors'] },
  { gloss: 'inspectorate', it: ['ispettorato'], ro: ['inspectoratul', 'inspectoratului'], en: ['inspectorate'] },
  { gloss: 'service', it: ['servizio'], ro: ['serviciul', 'serviciului'], en: ['service'] },
  { gloss: 'bank', it: ['banca'], ro: ['banca', 'băncii'], en: ['bank'] },
  { gloss: 'embassy', it: ['ambasciata'], ro: ['ambasada', 'ambasadei'], en: ['embassy'] },
  { gloss: 'consulate', it: ['consolato'], ro: ['consulatul', 'consulatului'], en: ['consulate'] },
  { gloss: 'police', it: ['polizia'], ro: ['poliția', 'poliției'], en: ['police'] },
  { gloss: 'guard', it: ['guardia'], ro: ['garda', 'gărzii'], en: ['guard'] },
  { gloss: 'federation', it: ['federazione'], ro: ['federația', 'federației'], en: ['federation'] },
  { gloss: 'confederation', it: ['confederazione'], ro: ['confederația', 'confederației'], en: ['confederation'] },
  { gloss: 'union', it: ['unione', 'sindacato'], ro: ['uniunea', 'uniunii', 'sindicatul', 'sindicatului'], en: ['union'] },
  { gloss: 'unions', it: ['sindacati'], ro: ['sindicatelor', 'sindicatele'], en: ['unions'] },
  { gloss: 'association', it: ['associazione'], ro: ['asociația', 'asociației'], en: ['association'] },
  { gloss: 'party', it: ['partito'], ro: ['partidul', 'partidului'], en: ['party'] },
  { gloss: 'government', it: ['governo'], ro: ['guvernul', 'guvernului'], en: ['government'] },
  { gloss: 'parliament', it: ['parlamento'], ro: ['parlamentul', 'parlamentului'], en: ['parliament'] },
  { gloss: 'chamber', it: ['camera'], ro: ['camera', 'camerei'], en: ['chamber'] },
  { gloss: 'centre', it: ['centro'], ro: ['centrul', 'centrului'], en: ['centre', 'center'] },
  { gloss: 'hospital', it: ['ospedale'], ro: ['spitalul', 'spitalului'], en: ['hospital'] },
  { gloss: 'university', it: ['università', 'universita'], ro: ['universitatea', 'universității'], en: ['university'] },
  { gloss: 'fund', it: ['fondo'], ro: ['fondul', 'fondului'], en: ['fund'] },
  // A town's own administration: "Comune di Milano" = "Primăria Milano" = "Milan City Council", as English news
  // calls it (two words, glossed together).
  { gloss: 'municipality', it: ['comune', 'municipio'], ro: ['primăria', 'primăriei', 'municipiul', 'municipiului'], en: ['municipality', 'city council', 'city hall', 'town hall', 'town council'] },
  // What bodies are of.
  { gloss: 'national', it: ['nazionale', 'nazionali'], ro: ['național', 'națională', 'naționale', 'naționali'], en: ['national'] },
  { gloss: 'central', it: ['centrale', 'centrali'], ro: ['central', 'centrală', 'centrale'], en: ['central'] },
  { gloss: 'general', it: ['generale'], ro: ['general', 'generală', 'generale'], en: ['general'] },
  { gloss: 'regional', it: ['regionale'], ro: ['regional', 'regională', 'regionale'], en: ['regional'] },
  { gloss: 'european', it: ['europea', 'europeo', 'europee', 'europei'], ro: ['european', 'europeană', 'europene'], en: ['european'] },
  { gloss: 'international', it: ['internazionale'], ro: ['internațional', 'internațională', 'internaționale'], en: ['international'] },
  { gloss: 'supreme', it: ['suprema', 'supremo'], ro: ['supremă', 'suprema'], en: ['supreme'] },
  { gloss: 'constitutional', it: ['costituzionale'], ro: ['constituțională', 'constituționale'], en: ['constitutional'] },
  { gloss: 'civil', it: ['civile'], ro: ['civilă', 'civile'], en: ['civil'] },
  { gloss: 'naval', it: ['navale'], ro: ['navală', 'navale'], en: ['naval'] },
  { gloss: 'electoral', it: ['elettorale'], ro: ['electorală', 'electorale'], en: ['electoral', 'election'] },
  { gloss: 'statistics', it: ['statistica'], ro: ['statistică', 'statistica'], en: ['statistics', 'statistical'] },
  { gloss: 'agriculture', it: ['agricoltura'], ro: ['agriculturii', 'agricultura'], en: ['agriculture'] },
  { gloss: 'finance', it: ['finanze'], ro: ['finanțelor', 'finanțe'], en: ['finance'] },
  { gloss: 'economy', it: ['economia'], ro: ['economiei', 'economia'], en: ['economy'] },
  { gloss: 'foreign', it: ['esteri', 'estero'], ro: ['externe'], en: ['foreign'] },
  // Said with "foreign" or "interior" in some languages only ("Ministero degli Esteri", "Ministry of Foreign Affairs"): no gloss.
  { gloss: '', it: ['affari'], ro: ['afacerilor', 'afaceri'], en: ['affairs'] },
  { gloss: 'interior', it: ['interno', 'interni'], ro: ['internelor', 'interne'], en: ['interior', 'home'] },
  { gloss: 'justice', it: ['giustizia'], ro: ['justiției', 'justiția'], en: ['justice'] },
  { gloss: 'defence', it: ['difesa'], ro: ['apărării', 'apărarea'], en: ['defence', 'defense'] },
  { gloss: 'health', it: ['salute', 'sanità', 'sanita'], ro: ['sănătății', 'sănătatea'], en: ['health'] },
  { gloss: 'education', it: ['istruzione'], ro: ['educației', 'educația', 'învățământului', 'învățământ'], en: ['education'] },
  { gloss: 'research', it: ['ricerca'], ro: ['cercetării', 'cercetarea', 'cercetare'], en: ['research'] },
  { gloss: 'labour', it: ['lavoro'], ro: ['muncii', 'munca'], en: ['labour', 'labor'] },
  { gloss: 'transport', it: ['trasporti'], ro: ['transporturilor', 'transporturi'], en: ['transport', 'transportation'] },
  { gloss: 'infrastructure', it: ['infrastrutture'], ro: ['infrastructurii', 'infrastructura', 'infrastructură'], en: ['infrastructure'] },
  { gloss: 'policies', it: ['politiche'], ro: ['politicilor', 'politici'], en: ['policies', 'policy'] },
  { gloss: 'environment', it: ['ambiente'], ro: ['mediului', 'mediul'], en: ['environment'] },
  { gloss: 'energy', it: ['energia'], ro: ['energiei', 'energia'], en: ['energy'] },
  { gloss: 'culture', it: ['cultura'], ro: ['culturii', 'cultura'], en: ['culture'] },
  { gloss: 'development', it: ['sviluppo'], ro: ['dezvoltării', 'dezvoltarea'], en: ['development'] },
  { gloss: 'protection', it: ['protezione'], ro: ['protecția', 'protecției'], en: ['protection'] },
  { gloss: 'emergency', it: ['emergenza', 'emergenze'], ro: ['urgență', 'urgenta', 'urgențe'], en: ['emergency', 'emergencies'] },
  { gloss: 'situations', it: ['situazioni'], ro: ['situații', 'situațiilor'], en: ['situations'] },
  { gloss: 'meteorology', it: ['meteorologia', 'meteorologico'], ro: ['meteorologie'], en: ['meteorology', 'meteorological', 'weather'] },
  { gloss: 'penitentiaries', it: ['penitenziaria', 'penitenziari', 'carceri'], ro: ['penitenciarelor', 'penitenciare'], en: ['penitentiaries', 'prisons', 'prison'] },
  { gloss: 'coast', it: ['costiera'], ro: ['coastă', 'coasta', 'coastei'], en: ['coast'] },
  { gloss: 'border', it: ['frontiera', 'confine'], ro: ['frontieră', 'frontiera', 'frontierei'], en: ['border'] },
  { gloss: 'fire', it: ['fuoco'], ro: ['pompieri', 'pompierilor'], en: ['fire'] },
  { gloss: 'red', it: ['rossa', 'rosso'], ro: ['roșie', 'roșii', 'roșu'], en: ['red'] },
  { gloss: 'cross', it: ['croce'], ro: ['crucea', 'crucii'], en: ['cross'] },
  { gloss: 'crescent', it: ['mezzaluna'], ro: ['semiluna', 'semilunii'], en: ['crescent'] },
  { gloss: 'civil-aviation', it: ['aviazione'], ro: ['aviației', 'aviația', 'aeronautică', 'aeronautice'], en: ['aviation'] },
  { gloss: 'space', it: ['spaziale'], ro: ['spațială', 'spațiale'], en: ['space'] },
  { gloss: 'security', it: ['sicurezza'], ro: ['securitate', 'securității'], en: ['security'] },
  { gloss: 'public', it: ['pubblica', 'pubblico'], ro: ['publică', 'publice', 'public'], en: ['public'] },
  { gloss: 'social', it: ['sociale', 'sociali'], ro: ['socială', 'sociale', 'sociali'], en: ['social'] },
  { gloss: 'democratic', it: ['democratico', 'democratica'], ro: ['democrat', 'democrată'], en: ['democratic'] },
  { gloss: 'liberal', it: ['liberale'], ro: ['liberal', 'liberală'], en: ['liberal'] },
  { gloss: 'teachers', it: ['insegnanti', 'docenti'], ro: ['profesorilor', 'profesori', 'cadrelor'], en: ['teachers'] },
  { gloss: 'workers', it: ['lavoratori'], ro: ['lucrătorilor', 'salariaților', 'angajaților'], en: ['workers', 'employees'] },
  { gloss: 'house', it: ['casa'], ro: ['casa', 'casei'], en: ['house'] },
  { gloss: 'local', it: ['locale', 'locali'], ro: ['locală', 'locale', 'local'], en: ['local'] },
  { gloss: 'fiscal', it: ['fiscale'], ro: ['fiscal', 'fiscală', 'fiscale'], en: ['fiscal'] },
  { gloss: 'pensions', it: ['pensioni', 'previdenza'], ro: ['pensii', 'pensiilor'], en: ['pensions', 'pension'] },
  { gloss: 'merit', it: ['merito'], ro: ['meritului', 'meritul'], en: ['merit'] },
  { gloss: 'customs', it: ['dogane', 'doganale'], ro: ['vamală', 'vamale', 'vămilor'], en: ['customs'] },
  { gloss: 'road', it: ['stradale'], ro: ['rutieră', 'rutiere', 'drumurilor'], en: ['road', 'roads', 'traffic'] },
  { gloss: 'maritime', it: ['marittima', 'marittime', 'marittimo'], ro: ['maritimă', 'maritime'], en: ['maritime'] },
  { gloss: 'ports', it: ['porti'], ro: ['porturilor', 'porturi'], en: ['ports'] },
  { gloss: 'railways', it: ['ferrovie', 'ferroviaria'], ro: ['feroviar', 'feroviară', 'căilor ferate'], en: ['railways', 'railway', 'rail'] },
  { gloss: 'reserve', it: ['riserva'], ro: ['rezervația', 'rezervației'], en: ['reserve'] },
  { gloss: 'biosphere', it: ['biosfera'], ro: ['biosferei', 'biosfera'], en: ['biosphere'] },
  { gloss: 'blood', it: ['sangue'], ro: ['sânge', 'sângelui'], en: ['blood'] },
  { gloss: 'transfusion', it: ['trasfusionale', 'trasfusione'], ro: ['transfuzie', 'transfuzii', 'transfuzia'], en: ['transfusion'] },
  { gloss: 'industry', it: ['industria'], ro: ['industriei', 'industria'], en: ['industry'] },
  { gloss: 'food', it: ['alimentare', 'alimentari'], ro: ['alimentare', 'alimentară'], en: ['food'] },
  { gloss: 'rural', it: ['rurale'], ro: ['rurale', 'rurală'], en: ['rural'] },
  { gloss: 'county', it: ['provinciale'], ro: ['județean', 'județeană', 'județene'], en: ['county'] },
  { gloss: 'accounts', it: ['conti'], ro: ['conturi'], en: ['auditors', 'accounts'] },
  { gloss: 'traders', it: ['commercianti'], ro: ['comercianților', 'comercianți'], en: ['traders', 'merchants'] },
  { gloss: 'free', it: ['liberi', 'libere'], ro: ['libere', 'liber'], en: ['free'] },
  { gloss: 'fashion', it: ['moda'], ro: ['modei', 'moda'], en: ['fashion'] },
  { gloss: 'region', it: ['regione'], ro: ['regiunea', 'regiunii'], en: ['region'] },
];

/**
 * Heads of a body's name that a language writes in lowercase before the capitalised words that say which body it is:
 * Italian usage writes "il ministero della Salute", "il ministero dell'Economia" (the capital on the portfolio only,
 * as the Accademia della Crusca and most Italian newspapers do). The name is taken whole when the words after the head
 * make a body of INSTITUTION_WORDS.
 */
export const LOWERCASE_HEADS: Readonly<Record<Language, readonly string[]>> = {
  it: ['ministero'],
  ro: [],
  en: [],
};
