/**
 * Cue words for recognising names that are not in the curated data: titles and roles that precede a person's
 * name, head words and suffixes of organization names, head words of place and event names, prepositions that
 * introduce places, lowercase words that sit inside names, and capitalised boilerplate that is never a name.
 *
 * Each list holds the forms news writes: Italian and English titles as they stand before a name ("il presidente
 * Mattarella", "President Macron"), Romanian ones with the definite article they take there ("președintele
 * Iohannis", "ministrul Țoiu"). Drawn from the usage of Italian, Romanian and English news pages (compiled by
 * hand, not scraped): each entry is a word a reviewer recognises in that role.
 */
import type { Language } from '../types';

export type CueLists = Record<Language, readonly string[]>;

/** Titles and roles written before a person's name; the title stays outside the name's span. */
export const PERSON_TITLES: CueLists = {
  it: [
    'presidente', 'presidentessa', 'vicepresidente', 'premier', 'primo ministro', 'ministro', 'ministra', 'viceministro',
    'sottosegretario', 'segretario', 'leader', 'capo', 'portavoce', 'consigliere', 'consigliera', 'ambasciatore',
    'ambasciatrice', 'inviato', 'cancelliere', 'commissario', 'commissaria', 'direttore', 'direttrice', 'governatore',
    'governatrice', 'sindaco', 'sindaca', 'prefetto', 'questore', 'procuratore', 'giudice', 'senatore', 'senatrice',
    'deputato', 'deputata', 'onorevole', 'on.', 'generale', 'colonnello', 'capitano', 'tenente', 'ammiraglio',
    'comandante', 'maresciallo', 'dittatore', 'papa', 'pontefice', 'cardinale', 'arcivescovo', 'vescovo', 'patriarca',
    'don', 'suor', 're', 'regina', 'principe', 'principessa', 'emiro', 'sceicco', 'ayatollah', 'imam', 'zar',
    'signor', 'signora', 'sig.', 'sig.ra', 'dottor', 'dottoressa', 'dott.', 'dott.ssa', 'professor', 'professoressa',
    'prof.', 'avvocato', 'avv.', 'ingegner', 'ing.',
  ],
  ro: [
    'președintele', 'președinta', 'vicepreședintele', 'premierul', 'prim-ministrul', 'ministrul', 'ministra',
    'secretarul', 'liderul', 'lidera', 'șeful', 'șefa', 'purtătorul de cuvânt', 'purtătoarea de cuvânt', 'consilierul',
    'consiliera', 'ambasadorul', 'ambasadoarea', 'emisarul', 'trimisul', 'cancelarul', 'comisarul', 'directorul',
    'directoarea', 'guvernatorul', 'primarul', 'primărița', 'prefectul', 'procurorul', 'judecătorul', 'senatorul',
    'senatoarea', 'deputatul', 'deputata', 'europarlamentarul', 'generalul', 'colonelul', 'căpitanul', 'locotenentul',
    'amiralul', 'comandantul', 'mareșalul', 'dictatorul', 'papa', 'suveranul pontif', 'cardinalul', 'arhiepiscopul',
    'episcopul', 'patriarhul', 'preotul', 'părintele', 'regele', 'regina', 'prințul', 'prințesa', 'emirul', 'șeicul',
    'ayatollahul', 'imamul', 'țarul', 'domnul', 'doamna', 'dl.', 'dna.', 'doctorul', 'dr.', 'profesorul', 'prof.',
    'avocatul', 'inginerul', 'ing.',
  ],
  en: [
    'President', 'Vice President', 'Prime Minister', 'PM', 'Premier', 'Chancellor', 'Minister', 'Secretary',
    'Secretary-General', 'leader', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor',
    'Ambassador', 'envoy', 'Commissioner', 'Director', 'Governor', 'Gov.', 'Mayor', 'Prosecutor', 'Judge', 'Senator',
    'Sen.', 'Representative', 'Rep.', 'MP', 'MEP', 'Chairman', 'Chairwoman', 'General', 'Gen.', 'Colonel', 'Col.',
    'Captain', 'Capt.', 'Lieutenant', 'Lt.', 'Admiral', 'Adm.', 'Commander', 'Marshal', 'dictator', 'Pope', 'Cardinal',
    'Archbishop', 'Bishop', 'Patriarch', 'Father', 'Reverend', 'Rev.', 'King', 'Queen', 'Prince', 'Princess', 'Emir',
    'Sheikh', 'Ayatollah', 'Imam', 'Tsar', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Professor', 'Prof.',
    'Sir', 'Dame', 'Lord', 'Lady',
  ],
};

/** First words of organization names ("Ministero della Difesa", "Agenția Spațială Română", "Bank of England"). */
export const ORG_HEADS: CueLists = {
  it: [
    'Ministero', 'Dipartimento', 'Agenzia', 'Autorità', 'Ufficio', 'Direzione', 'Comando', 'Università', 'Politecnico',
    'Accademia', 'Istituto', 'Fondazione', 'Associazione', 'Federazione', 'Confederazione', 'Unione', 'Alleanza',
    'Movimento', 'Partito', 'Sindacato', 'Consiglio', 'Commissione', 'Comitato', 'Assemblea', 'Camera', 'Senato',
    'Corte', 'Tribunale', 'Procura', 'Comune', 'Regione', 'Provincia', 'Prefettura', 'Questura', 'Banca', 'Banco',
    'Cassa', 'Fondo', 'Borsa', 'Società', 'Gruppo', 'Azienda', 'Compagnia', 'Consorzio', 'Cooperativa', 'Ente',
    'Organizzazione', 'Servizio', 'Centro', 'Osservatorio', 'Ospedale', 'Policlinico', 'Esercito', 'Marina',
    'Aeronautica', 'Polizia', 'Guardia', 'Chiesa', 'Diocesi', 'Arcidiocesi', 'Governo', 'Parlamento', 'Giunta',
    'Ferrovie', 'Lega', 'Fronte', 'Scuola', 'Liceo', 'Conservatorio', 'Ordine', 'Arma', 'Corpo', 'Reggimento',
    'Brigata', 'Stormo', 'Squadra', 'Circolo', 'Orchestra', 'Editrice', 'Edizioni', 'Ambasciata', 'Consolato',
    'Cantiere', 'Cantieri',
  ],
  ro: [
    'Ministerul', 'Departamentul', 'Agenția', 'Autoritatea', 'Oficiul', 'Direcția', 'Inspectoratul', 'Comandamentul',
    'Universitatea', 'Academia', 'Institutul', 'Fundația', 'Asociația', 'Federația', 'Confederația', 'Uniunea',
    'Alianța', 'Mișcarea', 'Partidul', 'Sindicatul', 'Consiliul', 'Comisia', 'Comitetul', 'Camera', 'Senatul',
    'Guvernul', 'Curtea', 'Tribunalul', 'Judecătoria', 'Parchetul', 'Primăria', 'Prefectura', 'Banca', 'Fondul',
    'Bursa', 'Societatea', 'Compania', 'Grupul', 'Regia', 'Administrația', 'Organizația', 'Serviciul', 'Centrul',
    'Spitalul', 'Armata', 'Forțele', 'Poliția', 'Jandarmeria', 'Garda', 'Biserica', 'Mitropolia', 'Patriarhia',
    'Parlamentul', 'Colegiul', 'Liceul', 'Școala', 'Facultatea', 'Editura', 'Teatrul', 'Clubul', 'Liga', 'Biroul',
    'Clinica', 'Maternitatea', 'Trustul', 'Fabrica', 'Uzina', 'Combinatul', 'Cooperativa',
    'Adunarea', 'Sfatul', 'Orchestra', 'Filarmonica', 'Episcopia', 'Arhiepiscopia', 'Dieceza', 'Divizia', 'Brigada',
    'Regimentul', 'Rețeaua', 'Ambasada', 'Consulatul', 'Protecția', 'Șantierul',
    // Genitive-dative forms of the feminine heads ("Liderul Federației", "purtătorul de cuvânt al Administrației"):
    // the Romanian stemmer gives most of them another stem than the nominative.
    'Autorității', 'Direcției', 'Universității', 'Academiei', 'Fundației', 'Asociației', 'Federației',
    'Confederației', 'Uniunii', 'Alianței', 'Mișcării', 'Comisiei', 'Camerei', 'Curții', 'Judecătoriei', 'Primăriei',
    'Prefecturii', 'Băncii', 'Bursei', 'Societății', 'Companiei', 'Regiei', 'Administrației', 'Organizației',
    'Armatei', 'Forțelor', 'Poliției', 'Jandarmeriei', 'Gărzii', 'Bisericii', 'Mitropoliei', 'Patriarhiei', 'Școlii',
    'Facultății', 'Editurii', 'Ligii', 'Clinicii', 'Maternității', 'Fabricii', 'Uzinei', 'Cooperativei', 'Adunării',
    'Orchestrei', 'Filarmonicii', 'Episcopiei', 'Arhiepiscopiei', 'Diecezei', 'Diviziei', 'Brigăzii', 'Rețelei',
    'Agenției', 'Ambasadei', 'Protecției',
  ],
  en: [
    'Ministry', 'Department', 'Agency', 'Authority', 'Office', 'Bureau', 'Directorate', 'Command', 'University',
    'College', 'Academy', 'Institute', 'Foundation', 'Association', 'Federation', 'Confederation', 'Union', 'Alliance',
    'Movement', 'Party', 'League', 'Front', 'Council', 'Commission', 'Committee', 'Board', 'Assembly', 'Parliament',
    'Senate', 'Congress', 'Court', 'Tribunal', 'Bank', 'Fund', 'Exchange', 'Society', 'Company', 'Corporation',
    'Group', 'Holdings', 'Organization', 'Organisation', 'Service', 'Centre', 'Center', 'Hospital', 'Army', 'Navy',
    'Police', 'Guard', 'Forces', 'Church', 'School', 'Club', 'Institution', 'Network', 'Orchestra', 'Embassy',
    'Consulate', 'Chamber', 'Inspectorate', 'Observatory', 'Shipyard', 'Shipyards',
  ],
};

/** Legal-form suffixes written after company names. */
export const ORG_SUFFIXES: readonly string[] = [
  'S.p.A.', 'SpA', 'S.r.l.', 'Srl', 'S.a.s.', 'S.n.c.', 'S.A.', 'SA', 'S.R.L.', 'SRL', 'Inc.', 'Inc', 'Ltd.', 'Ltd',
  'LLC', 'PLC', 'plc', 'Corp.', 'Corp', 'Co.', 'GmbH', 'AG', 'N.V.', 'NV', 'B.V.', 'BV', 'AB', 'ASA', 'Oyj', 'PJSC',
  'JSC',
];

/**
 * English words that mark a company, a body or an outlet wherever they stand in its name, in any language's text
 * ("Falcon Electronics", "Delta Air Lines", "Slant Magazine", "Kobalt Music").
 */
export const ORG_NAME_WORDS: readonly string[] = [
  'Airlines', 'Airways', 'Lines', 'Electronics', 'Systems', 'Solutions', 'Technologies', 'Software', 'Communications',
  'Telecom', 'Networks', 'Network', 'Resources', 'Research', 'Consulting', 'Industries', 'Motors', 'Pharmaceuticals',
  'Entertainment', 'Records', 'Music', 'Pictures', 'Studios', 'Media', 'Magazine', 'News', 'Press', 'Broadcasting',
  'Bank', 'Capital', 'Partners', 'Investments', 'Insurance', 'Leasing', 'Holding', 'Group', 'Foundation',
  'Institute', 'University', 'College', 'Council', 'Society', 'Association', 'League', 'Federation', 'Union',
  'Committee', 'Agency', 'Club', 'FC', 'Gendarmerie',
];

/**
 * Common nouns that come before a place name ("regione di Kursk", "regiunea Kursk", "Kursk region"), or head it
 * ("Dealul Negru", "Palazzo Grazioli", "Hyde Park").
 */
export const PLACE_HEADS: CueLists = {
  it: [
    'regione', 'provincia', 'comune', 'città', 'cittadina', 'paese', 'villaggio', 'frazione', 'quartiere', 'distretto',
    'contea', 'oblast', 'stato', 'isola', 'isole', 'arcipelago', 'penisola', 'fiume', 'lago', 'mare', 'golfo',
    'stretto', 'canale', 'monte', 'monti', 'valle', 'pianura', 'deserto', 'foresta', 'costa', 'baia', 'capo', 'porto',
    'aeroporto', 'stazione', 'piazza', 'via', 'viale', 'corso', 'ponte', 'diga', 'centrale', 'base',
    // Named buildings, parks and works: places by the annotation guidelines.
    'parco', 'palazzo', 'castello', 'basilica', 'cattedrale', 'duomo', 'cappella', 'santuario', 'abbazia',
    'monastero', 'stadio', 'viadotto', 'galleria', 'cratere', 'val', 'arena', 'colle', 'tor', 'torre',
    // Spas, beaches and pools: "Terme di Saturnia", "Aquapark Nymphaea".
    'terme', 'spiaggia', 'lido', 'aquapark', 'acquapark',
  ],
  ro: [
    'regiunea', 'județul', 'orașul', 'municipiul', 'comuna', 'satul', 'cartierul', 'sectorul', 'raionul', 'districtul',
    'comitatul', 'provincia', 'statul', 'localitatea', 'stațiunea', 'insula', 'insulele', 'arhipelagul', 'peninsula',
    'râul', 'fluviul', 'lacul', 'marea', 'golful', 'strâmtoarea', 'canalul', 'muntele', 'munții', 'masivul', 'valea',
    'câmpia', 'deșertul', 'pădurea', 'coasta', 'portul', 'aeroportul', 'gara', 'piața', 'strada', 'bulevardul',
    'calea', 'podul', 'barajul', 'centrala', 'baza', 'dealul', 'dealurile', 'pârâul', 'vârful', 'culmea',
    'podișul', 'cheile', 'defileul', 'peștera', 'ținutul', 'muntelui', 'autostrada', 'drumul', 'șoseaua',
    // Named buildings and parks: places by the annotation guidelines.
    'parcul', 'grădina', 'scuarul', 'palatul', 'castelul', 'cetatea', 'catedrala', 'mănăstirea', 'stadionul', 'arena',
    'bazilica',
    // Spas, beaches and pools: "Băile Felix", "Ștrandul Apollo", "Plaja Modern".
    'băile', 'ștrandul', 'plaja', 'aquapark',
    // Genitive-dative forms of the feminine heads, as for ORG_HEADS.
    'regiunii', 'comunei', 'localității', 'stațiunii', 'insulei', 'insulelor', 'peninsulei', 'mării', 'strâmtorii',
    'văii', 'câmpiei', 'pădurii', 'coastei', 'gării', 'pieței', 'străzii', 'căii', 'centralei', 'bazei', 'culmii',
    'peșterii', 'autostrăzii', 'șoselei', 'grădinii', 'cetății', 'catedralei', 'mănăstirii', 'provinciei', 'bazilicii',
  ],
  en: [
    'region', 'province', 'county', 'district', 'oblast', 'state', 'city', 'town', 'village', 'municipality',
    'neighbourhood', 'neighborhood', 'island', 'islands', 'archipelago', 'peninsula', 'river', 'lake', 'sea', 'gulf',
    'bay', 'strait', 'channel', 'canal', 'mount', 'mountain', 'mountains', 'valley', 'plain', 'desert', 'forest',
    'coast', 'cape', 'port', 'airport', 'station', 'square', 'street', 'avenue', 'bridge', 'dam', 'plant', 'base',
    'park', 'palace', 'castle', 'cathedral', 'abbey', 'stadium', 'circus', 'hill', 'beach', 'crater', 'basilica', 'arena',
    'baths', 'aquapark',
  ],
};

/**
 * Heads that one language writes in capitals as part of a name and another in lowercase outside it, or not at all:
 * "Lacul Trasimeno" and "lago Trasimeno", "Aeroportul Falcone-Borsellino" and "the Falcone-Borsellino airport",
 * "Compania Gesap" and "Gesap". A name the data does not know that starts with one takes its id from the words after
 * it, where those are a name (capitalised, not a common word): "Lacul Roșu" keeps its head. Streets, squares and
 * buildings keep theirs too: "via Ugo Bassi" is not Ugo Bassi.
 */
export const HEADS_OUTSIDE_IDS: CueLists = {
  it: [
    'lago', 'fiume', 'monte', 'isola', 'porto', 'aeroporto', 'stadio', 'diga', 'società', 'azienda', 'compagnia', 'gruppo',
    'palazzo', 'galleria', 'gallerie', 'giardini', 'giardino', 'teatro', 'museo', 'castello', 'ponte', 'ospedale', 'università',
    'agenzia',
  ],
  ro: [
    'lacul', 'râul', 'fluviul', 'muntele', 'insula', 'portul', 'aeroportul', 'stadionul', 'barajul', 'compania',
    'societatea', 'firma', 'grupul', 'lacului', 'râului', 'fluviului', 'muntelui', 'insulei', 'portului',
    'aeroportului', 'stadionului', 'barajului', 'companiei', 'societății', 'firmei', 'grupului',
    'palatul', 'galeriile', 'galeria', 'grădinile', 'grădina', 'teatrul', 'muzeul', 'castelul', 'podul', 'spitalul',
    'universitatea', 'palatului', 'galeriilor', 'grădinilor', 'teatrului', 'muzeului', 'castelului', 'podului',
    'spitalului', 'universității', 'agenția', 'agenției',
  ],
  en: ['lake', 'river', 'mount', 'port', 'company', 'group'],
};

/**
 * The same heads where English puts them after the name ("the Pitti Palace", "the Uffizi Galleries", "the Falcone-
 * Borsellino Airport"): a name the data does not know that ends with one takes its id from the words before it.
 */
export const HEADS_AFTER_OUTSIDE_IDS: CueLists = {
  it: [],
  ro: [],
  en: [
    'palace', 'gallery', 'galleries', 'gardens', 'garden', 'theatre', 'theater', 'museum', 'castle', 'bridge',
    'airport', 'stadium', 'hospital', 'university', 'company', 'group', 'lake', 'dam',
  ],
};

/** Head words of event names ("Guerra di Corea", "Războiul Rece", "Munich Security Conference", "Gran Premio"). */
export const EVENT_HEADS: CueLists = {
  it: [
    'guerra', 'battaglia', 'rivoluzione', 'festa', 'festival', 'giornata', 'giorno', 'vertice', 'summit', 'conferenza',
    'forum', 'campionato', 'campionati', 'coppa', 'giochi', 'olimpiadi', 'mondiali', 'operazione', 'invasione',
    'assedio', 'strage', 'attentato', 'terremoto', 'alluvione', 'uragano', 'tempesta', 'ciclone', 'giubileo',
    'conclave', 'mostra', 'biennale', 'salone', 'fiera', 'giro', 'processo', 'premio', 'gran premio',
  ],
  ro: [
    'războiul', 'bătălia', 'revoluția', 'sărbătoarea', 'festivalul', 'ziua', 'summitul', 'conferința', 'forumul',
    'campionatul', 'cupa', 'jocurile', 'olimpiada', 'operațiunea', 'invazia', 'asediul', 'masacrul', 'atentatul',
    'cutremurul', 'uraganul', 'furtuna', 'ciclonul', 'expoziția', 'târgul', 'turul', 'procesul', 'premiul',
    'marele premiu',
    // Genitive-dative forms of the feminine heads, as for ORG_HEADS.
    'bătăliei', 'revoluției', 'sărbătorii', 'zilei', 'conferinței', 'cupei', 'olimpiadei', 'operațiunii', 'invaziei',
    'furtunii', 'expoziției',
  ],
  en: [
    'War', 'Battle', 'Revolution', 'Day', 'Festival', 'Summit', 'Conference', 'Forum', 'Championship', 'Championships',
    'Cup', 'Games', 'Olympics', 'Operation', 'Invasion', 'Siege', 'Massacre', 'Earthquake', 'Hurricane', 'Storm',
    'Typhoon', 'Cyclone', 'Expo', 'Exhibition', 'Fair', 'Tour', 'Trial', 'Prize', 'Award', 'Awards', 'Grand Prix',
  ],
};

/** Prepositions (with Italian articulated forms) that introduce a place: "a Mosca", "în Rusia", "from Seoul". */
export const PLACE_PREPOSITIONS: CueLists = {
  it: [
    'a', 'in', 'da', 'verso', 'tra', 'fra', 'presso', 'vicino a', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', 'nel',
    'nello', 'nella', 'nei', 'negli', 'nelle', 'dal', 'dallo', 'dalla', 'dai', 'dagli', 'dalle', 'sul', 'sulla',
    // With the article, which Italian gives places and bodies but not people: "della Lombardia", "dell'Ucraina".
    'del', 'dello', 'della', 'dei', 'degli', 'delle', 'dell', 'nell', 'all', 'dall', 'sull',
  ],
  ro: ['în', 'la', 'din', 'spre', 'de la', 'către', 'lângă', 'prin', 'dinspre', 'înspre', 'până la', 'între'],
  en: ['in', 'at', 'from', 'to', 'near', 'into', 'toward', 'towards', 'across', 'outside', 'around', 'via'],
};

/** Lowercase words that sit inside names: "Banca d'Italia", "Coreea de Nord", "Bank of England". */
export const NAME_CONNECTORS: CueLists = {
  it: [
    'di', 'del', 'della', 'dello', 'dei', 'degli', 'delle', "d'", "dell'", 'e', 'per', 'sul', 'sulla', 'al', 'alla', "nell'",
    // Particles of foreign surnames: "Óscar de la Hoya", "Ursula von der Leyen", "Mohammed bin Salman".
    'de', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'dos', 'das', 'du',
  ],
  ro: ['de', 'din', 'al', 'a', 'ai', 'ale', 'și', 'pentru', 'la', 'pe', 'cu', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'dos', 'das', 'du'],
  en: ['of', 'the', 'and', 'for', 'on', 'upon', 'de', 'del', 'da', 'di', 'von', 'van', 'der', 'den', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'du', 'des'],
};

/**
 * Surname particles written in lowercase between a given name and the surname: "Michele de Pascale", "Ursula von
 * der Leyen" (its first particle), "Luigi di Maio" in English. Left out where the word is also a common preposition
 * before a name of the language ("di", "da", "del" in Italian; "de", "din" are kept in Romanian only as "de", which
 * the name after it must confirm).
 */
export const LOWERCASE_PARTICLES: CueLists = {
  it: ['de', 'van', 'von', 'du', 'dos', 'das', 'bin', 'ibn'],
  ro: ['de', 'di', 'del', 'della', 'van', 'von', 'du', 'dos', 'das', 'bin', 'ibn'],
  en: ['de', 'di', 'da', 'del', 'della', 'van', 'von', 'du', 'dos', 'das', 'bin', 'ibn'],
};

/**
 * Particles that start surnames and the names of firms made from them, capitalised mid-sentence: "Di Maio",
 * "De Filippo Group", "Van Rompuy", "Al Thani". The word after one is part of the name, whatever the data knows it
 * as ("Di Maria", "Di Sarno"): a particle alone names nothing.
 */
export const SURNAME_PARTICLES: CueLists = {
  it: ['di', 'de', 'del', 'della', 'dei', 'da', 'dal', 'dalla', 'lo', 'la', 'li', 'van', 'von', 'al', 'el', 'bin', 'ibn', 'dos', 'das', 'du'],
  ro: ['de', 'di', 'da', 'del', 'della', 'van', 'von', 'al', 'el', 'bin', 'ibn', 'dos', 'das', 'du'],
  en: ['de', 'di', 'da', 'del', 'della', 'van', 'von', 'le', 'la', 'al', 'el', 'bin', 'ibn', 'du', 'des', 'dos', 'das'],
};

/**
 * Institutions a capitalised noun alone names, the one of the country or town the text is about: "il Governo",
 * "Guvernul", "the Commission". Other head words alone ("Legea", "Comitetului") name nothing until their complement.
 */
export const BODY_NOUNS: CueLists = {
  it: ['Governo', 'Parlamento', 'Senato', 'Camera', 'Commissione', 'Consiglio', 'Procura', 'Questura', 'Prefettura'],
  ro: ['Guvernul', 'Parlamentul', 'Senatul', 'Camera', 'Comisia', 'Primăria', 'Prefectura', 'Parchetul'],
  en: ['Government', 'Parliament', 'Senate', 'Commission', 'Congress'],
};

/**
 * Definite articles, which follow a conjunction or preposition inside a body's name ("Ministero delle
 * Infrastrutture e dei Trasporti" has the joined form; "Agenzia per la Cybersicurezza Nazionale", "Department for
 * the Economy" the article alone). Romanian puts its article at the end of the noun.
 */
export const NAME_ARTICLES: CueLists = {
  it: ['il', 'lo', 'la', "l'", 'i', 'gli', 'le'],
  ro: [],
  en: ['the'],
};

/**
 * Conjunctions and prepositions that sit inside an organization's name ("Ministerul Muncii și Protecției Sociale",
 * "Agenzia per la Cybersicurezza", "Ministerul pentru Relația cu Parlamentul"); between other names they join two
 * names ("Stroppiana e Vercelli", "Steaua la FC Argeș").
 */
export const ORG_CONNECTORS: CueLists = {
  it: ['e', 'ed', 'per', 'sul', 'sulla', 'al', 'alla'],
  ro: ['și', 'la', 'pe', 'cu', 'pentru'],
  en: ['and', 'for', 'on', 'upon'],
};

/**
 * Phrases that join a body to the body it is attached to, inside one name: "Parchetul de pe lângă Tribunalul
 * București", "Procura della Repubblica presso il Tribunale di Milano".
 */
export const ATTACHMENT_PHRASES: CueLists = {
  it: ['presso il', 'presso la'],
  ro: ['de pe lângă'],
  en: [],
};

/**
 * Words and phrases capitalised in headings, menus and boilerplate of news pages that are never names. Section
 * names that also head institution names (Economia, Esteri, Health, World) are left out.
 */
export const COMMON_CAPITALISED: CueLists = {
  it: [
    'Home', 'Cronaca', 'Leggi anche', 'Leggi', 'Ultime Notizie', 'Potrebbe Interessarti', 'Salta al contenuto',
    'Più recente', 'Più letti', 'Articoli correlati', 'Condividi', 'Commenta', 'Commenti', 'Iscriviti', 'Abbonati',
    'Newsletter', 'Pubblicità', 'Foto', 'Video', 'Fotogallery', 'Fonte', 'Redazione', 'Aggiornato', 'Tag', 'Argomenti',
    'Seguici', 'Chiudi', 'Menu', 'Cerca', 'Accedi', 'Registrati', 'Privacy', 'Cookie', 'Tutti i diritti riservati',
    'Diretta', 'In evidenza', 'Primo piano', 'Editoriale', 'Opinioni', 'Meteo', 'Oroscopo', 'Advertisement',
    // Economic abbreviations written in capitals: measures, not bodies.
    'Pil', 'Iva', 'Irpef', 'Isee',
    // Ministerial portfolios after a title ("ministro degli Esteri"): part of the title, not a name.
    'Esteri', 'Interni',
  ],
  ro: [
    'Acasă', 'Actualitate', 'Citește și', 'Citește', 'Citește mai mult', 'Vezi și', 'Vezi galeria', 'Vezi video',
    'Foto', 'Video', 'Galerie foto', 'Ultima oră', 'Ultimele știri', 'Știrile zilei', 'Cele mai citite',
    'Articole similare', 'Distribuie', 'Comentarii', 'Abonează-te', 'Newsletter', 'Publicitate', 'Reclamă', 'Sursa',
    'Sursă', 'Sursa foto', 'Actualizat', 'Etichete', 'Urmărește-ne', 'Meniu', 'Caută', 'Autentificare',
    'Toate drepturile rezervate', 'Exclusiv', 'Editorial', 'Opinii', 'Meteo', 'Horoscop', 'Publicat', 'Modificat',
    // Economic abbreviations written in capitals: measures, not bodies.
    'PIB', 'TVA', 'IPC', 'PNRR-ul', 'PIB-ul', 'PIB-ului', 'TVA-ul', 'TVA-ului',
    // Ministerial portfolios after a title ("ministrul de Externe"): part of the title, not a name.
    'Externe', 'Interne',
  ],
  en: [
    'Home', 'Advertisement', 'Advertising', 'Sponsored', 'Read more', 'Related Articles', 'Most Read',
    'Most Popular', 'Top Stories', 'Share', 'Comments', 'Subscribe', 'Sign up', 'Sign in', 'Log in', 'Newsletter',
    'Photo', 'Photos', 'Video', 'Videos', 'Gallery', 'Updated', 'Published', 'Skip to content', 'Skip to main content',
    'Menu', 'Search', 'Privacy Policy', 'Cookie Policy', 'Terms of Use', 'All rights reserved', 'Copyright', 'Breaking',
    'Exclusive', 'Analysis', 'Explainer', 'Opinion', 'Weather', 'Listen', 'Watch', 'Click here',
    // Economic abbreviations written in capitals: measures, not bodies.
    'GDP', 'VAT', 'HICP',
  ],
};

/**
 * Nouns that a number after them makes a name of: a metro line, a city sector, an airport terminal, a reactor
 * ("Linea 1 della metropolitana", "Sectorul 3", "Magistrala 6", "Terminal 2", "Unit 1"). The number is part of the
 * name, not a figure. Romanian forms with the article and the genitive they take there ("Liniei 2").
 */
export const NUMBERED_NAME_HEADS: CueLists = {
  it: ['linea', 'metro', 'settore', 'terminal', 'reattore', 'binario', 'gate', 'molo', 'padiglione'],
  ro: [
    'linia', 'liniei', 'magistrala', 'magistralei', 'sectorul', 'sectorului', 'sector', 'terminalul', 'terminalului',
    'reactorul', 'reactorului', 'unitatea', 'unității', 'peronul', 'pavilionul', 'pavilionului',
  ],
  en: ['line', 'sector', 'terminal', 'reactor', 'unit', 'platform', 'gate', 'pier', 'runway', 'pavilion'],
};

/**
 * Heads of streets and squares that Italian and Romanian write in lowercase before the name, as part of it by the
 * annotation guidelines ("in via Marziale", "piazza della Repubblica", "pe strada Lipscani", "bulevardul Unirii").
 * English writes them capitalised ("Via Lattanzio"), and its lowercase "via" is "by way of".
 */
export const STREET_HEADS: CueLists = {
  it: ['via', 'viale', 'piazza', 'piazzale', 'corso', 'largo', 'vicolo', 'lungomare', 'lungotevere', 'lungarno', 'contrada'],
  ro: ['strada', 'bulevardul', 'calea', 'piața', 'șoseaua', 'splaiul', 'aleea', 'intrarea'],
  en: [],
};
