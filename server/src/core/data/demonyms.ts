/**
 * Nationality adjectives and nouns by ISO 3166-1 alpha-2 code, for the countries most present in European news.
 * They are not entities: they are context that tells whether two claims speak of the same thing ("soldati
 * nordcoreani", "soldați nord-coreeni", "North Korean troops").
 *
 * Forms follow the Treccani (Italian), DEX (Romanian) and Oxford (English) dictionaries; compiled offline, each is
 * checkable there. Italian lists
 * the four (or two) forms of the adjective; English the adjective and the plural noun. Romanian lists the four
 * forms of the adjective (m.sg, f.sg, m.pl, f.pl); roAdj() adds the definite forms news uses when the adjective
 * stands for the people (rușii, rușilor, rusul, rusului) and the f.sg definite (rusa); the -esc adjectives and
 * the feminine nouns (rusesc, rusească, rusești; rusoaică) follow where the language has them.
 */

type Demonyms = { en: string[]; it: string[]; ro: string[] };

/** Romanian adjective with the definite forms of its nominalised use (GLR: -ul/-ului, -i/-lor, -ă -> -a). */
function roAdj(mSg: string, fSg: string, mPl: string, fPl: string): string[] {
  const forms = [mSg, fSg, mPl, fPl, `${mSg}ul`, `${mSg}ului`, `${mPl}i`, `${mPl}lor`];
  if (fSg.endsWith('ă')) forms.push(`${fSg.slice(0, -1)}a`);
  return forms;
}

export const DEMONYMS: Record<string, Demonyms> = {
  // Europe
  AL: { it: ['albanese', 'albanesi'], ro: roAdj('albanez', 'albaneză', 'albanezi', 'albaneze'), en: ['Albanian', 'Albanians'] },
  AM: { it: ['armeno', 'armena', 'armeni', 'armene'], ro: roAdj('armean', 'armeană', 'armeni', 'armene'), en: ['Armenian', 'Armenians'] },
  AT: { it: ['austriaco', 'austriaca', 'austriaci', 'austriache'], ro: roAdj('austriac', 'austriacă', 'austrieci', 'austriece'), en: ['Austrian', 'Austrians'] },
  AZ: { it: ['azero', 'azera', 'azeri', 'azere', 'azerbaigiano', 'azerbaigiana', 'azerbaigiani', 'azerbaigiane'], ro: roAdj('azer', 'azeră', 'azeri', 'azere'), en: ['Azerbaijani', 'Azerbaijanis', 'Azeri', 'Azeris'] },
  BA: { it: ['bosniaco', 'bosniaca', 'bosniaci', 'bosniache'], ro: roAdj('bosniac', 'bosniacă', 'bosniaci', 'bosniace'), en: ['Bosnian', 'Bosnians'] },
  BE: { it: ['belga', 'belgi', 'belghe'], ro: roAdj('belgian', 'belgiană', 'belgieni', 'belgiene'), en: ['Belgian', 'Belgians'] },
  BG: { it: ['bulgaro', 'bulgara', 'bulgari', 'bulgare'], ro: [...roAdj('bulgar', 'bulgară', 'bulgari', 'bulgare'), 'bulgăresc', 'bulgărească', 'bulgărești'], en: ['Bulgarian', 'Bulgarians'] },
  BY: { it: ['bielorusso', 'bielorussa', 'bielorussi', 'bielorusse'], ro: [...roAdj('belarus', 'belarusă', 'belaruși', 'belaruse'), ...roAdj('bielorus', 'bielorusă', 'bieloruși', 'bieloruse')], en: ['Belarusian', 'Belarusians'] },
  CH: { it: ['svizzero', 'svizzera', 'svizzeri', 'svizzere'], ro: roAdj('elvețian', 'elvețiană', 'elvețieni', 'elvețiene'), en: ['Swiss'] },
  CY: { it: ['cipriota', 'ciprioti', 'cipriote'], ro: roAdj('cipriot', 'cipriotă', 'ciprioți', 'cipriote'), en: ['Cypriot', 'Cypriots'] },
  CZ: { it: ['ceco', 'ceca', 'cechi', 'ceche'], ro: roAdj('ceh', 'cehă', 'cehi', 'cehe'), en: ['Czech', 'Czechs'] },
  DE: { it: ['tedesco', 'tedesca', 'tedeschi', 'tedesche'], ro: [...roAdj('german', 'germană', 'germani', 'germane'), 'nemți', 'nemții', 'nemților', 'nemțesc', 'nemțească', 'nemțești', 'nemțoaică', 'nemțoaice'], en: ['German', 'Germans'] },
  DK: { it: ['danese', 'danesi'], ro: roAdj('danez', 'daneză', 'danezi', 'daneze'), en: ['Danish', 'Dane', 'Danes'] },
  EE: { it: ['estone', 'estoni'], ro: roAdj('estonian', 'estoniană', 'estonieni', 'estoniene'), en: ['Estonian', 'Estonians'] },
  ES: { it: ['spagnolo', 'spagnola', 'spagnoli', 'spagnole'], ro: roAdj('spaniol', 'spaniolă', 'spanioli', 'spaniole'), en: ['Spanish', 'Spaniard', 'Spaniards'] },
  FI: { it: ['finlandese', 'finlandesi'], ro: roAdj('finlandez', 'finlandeză', 'finlandezi', 'finlandeze'), en: ['Finnish', 'Finn', 'Finns'] },
  FR: { it: ['francese', 'francesi'], ro: [...roAdj('francez', 'franceză', 'francezi', 'franceze'), 'franțuzesc', 'franțuzească', 'franțuzești', 'franțuzoaică', 'franțuzoaice'], en: ['French', 'Frenchman', 'Frenchmen', 'Frenchwoman', 'Frenchwomen'] },
  GB: { it: ['britannico', 'britannica', 'britannici', 'britanniche', 'inglese', 'inglesi'], ro: [...roAdj('britanic', 'britanică', 'britanici', 'britanice'), ...roAdj('englez', 'engleză', 'englezi', 'engleze'), 'englezesc', 'englezească', 'englezești', 'englezoaică', 'englezoaice'], en: ['British', 'Briton', 'Britons', 'Brits', 'English', 'Englishman', 'Englishmen'] },
  GE: { it: ['georgiano', 'georgiana', 'georgiani', 'georgiane'], ro: roAdj('georgian', 'georgiană', 'georgieni', 'georgiene'), en: ['Georgian', 'Georgians'] },
  GR: { it: ['greco', 'greca', 'greci', 'greche'], ro: [...roAdj('grec', 'greacă', 'greci', 'grece'), 'grecesc', 'grecească', 'grecești', ...roAdj('elen', 'elenă', 'eleni', 'elene')], en: ['Greek', 'Greeks'] },
  HR: { it: ['croato', 'croata', 'croati', 'croate'], ro: roAdj('croat', 'croată', 'croați', 'croate'), en: ['Croatian', 'Croatians', 'Croat', 'Croats'] },
  HU: { it: ['ungherese', 'ungheresi', 'magiaro', 'magiara', 'magiari', 'magiare'], ro: [...roAdj('maghiar', 'maghiară', 'maghiari', 'maghiare'), 'ungur', 'ungurul', 'ungurului', 'unguri', 'ungurii', 'ungurilor', 'unguresc', 'ungurească', 'ungurești', 'unguroaică', 'unguroaice'], en: ['Hungarian', 'Hungarians'] },
  IE: { it: ['irlandese', 'irlandesi'], ro: roAdj('irlandez', 'irlandeză', 'irlandezi', 'irlandeze'), en: ['Irish', 'Irishman', 'Irishmen'] },
  IS: { it: ['islandese', 'islandesi'], ro: roAdj('islandez', 'islandeză', 'islandezi', 'islandeze'), en: ['Icelandic', 'Icelander', 'Icelanders'] },
  IT: { it: ['italiano', 'italiana', 'italiani', 'italiane'], ro: [...roAdj('italian', 'italiană', 'italieni', 'italiene'), 'italienesc', 'italienească', 'italienești', 'italiancă', 'italience'], en: ['Italian', 'Italians'] },
  LT: { it: ['lituano', 'lituana', 'lituani', 'lituane'], ro: roAdj('lituanian', 'lituaniană', 'lituanieni', 'lituaniene'), en: ['Lithuanian', 'Lithuanians'] },
  LU: { it: ['lussemburghese', 'lussemburghesi'], ro: roAdj('luxemburghez', 'luxemburgheză', 'luxemburghezi', 'luxemburgheze'), en: ['Luxembourgish', 'Luxembourger', 'Luxembourgers'] },
  LV: { it: ['lettone', 'lettoni'], ro: roAdj('leton', 'letonă', 'letoni', 'letone'), en: ['Latvian', 'Latvians'] },
  MD: { it: ['moldavo', 'moldava', 'moldavi', 'moldave'], ro: [...roAdj('moldovean', 'moldoveană', 'moldoveni', 'moldovene'), 'moldovenesc', 'moldovenească', 'moldovenești', 'moldoveancă', 'moldovence'], en: ['Moldovan', 'Moldovans'] },
  ME: { it: ['montenegrino', 'montenegrina', 'montenegrini', 'montenegrine'], ro: roAdj('muntenegrean', 'muntenegreană', 'muntenegreni', 'muntenegrene'), en: ['Montenegrin', 'Montenegrins'] },
  MK: { it: ['macedone', 'macedoni', 'nordmacedone', 'nordmacedoni'], ro: roAdj('macedonean', 'macedoneană', 'macedoneni', 'macedonene'), en: ['North Macedonian', 'North Macedonians', 'Macedonian', 'Macedonians'] },
  MT: { it: ['maltese', 'maltesi'], ro: roAdj('maltez', 'malteză', 'maltezi', 'malteze'), en: ['Maltese'] },
  NL: { it: ['olandese', 'olandesi', 'neerlandese', 'neerlandesi'], ro: roAdj('olandez', 'olandeză', 'olandezi', 'olandeze'), en: ['Dutch', 'Dutchman', 'Dutchmen'] },
  NO: { it: ['norvegese', 'norvegesi'], ro: roAdj('norvegian', 'norvegiană', 'norvegieni', 'norvegiene'), en: ['Norwegian', 'Norwegians'] },
  PL: { it: ['polacco', 'polacca', 'polacchi', 'polacche'], ro: roAdj('polonez', 'poloneză', 'polonezi', 'poloneze'), en: ['Polish', 'Pole', 'Poles'] },
  PT: { it: ['portoghese', 'portoghesi'], ro: roAdj('portughez', 'portugheză', 'portughezi', 'portugheze'), en: ['Portuguese'] },
  RO: { it: ['romeno', 'romena', 'romeni', 'romene', 'rumeno', 'rumena', 'rumeni', 'rumene'], ro: [...roAdj('român', 'română', 'români', 'române'), 'românesc', 'românească', 'românești', 'româncă', 'românce'], en: ['Romanian', 'Romanians'] },
  RS: { it: ['serbo', 'serba', 'serbi', 'serbe'], ro: [...roAdj('sârb', 'sârbă', 'sârbi', 'sârbe'), 'sârbesc', 'sârbească', 'sârbești'], en: ['Serbian', 'Serbians', 'Serb', 'Serbs'] },
  RU: { it: ['russo', 'russa', 'russi', 'russe'], ro: [...roAdj('rus', 'rusă', 'ruși', 'ruse'), 'rusesc', 'rusească', 'rusești', 'rusoaică', 'rusoaice'], en: ['Russian', 'Russians'] },
  SE: { it: ['svedese', 'svedesi'], ro: roAdj('suedez', 'suedeză', 'suedezi', 'suedeze'), en: ['Swedish', 'Swede', 'Swedes'] },
  SI: { it: ['sloveno', 'slovena', 'sloveni', 'slovene'], ro: roAdj('sloven', 'slovenă', 'sloveni', 'slovene'), en: ['Slovenian', 'Slovenians', 'Slovene', 'Slovenes'] },
  SK: { it: ['slovacco', 'slovacca', 'slovacchi', 'slovacche'], ro: roAdj('slovac', 'slovacă', 'slovaci', 'slovace'), en: ['Slovak', 'Slovaks', 'Slovakian'] },
  TR: { it: ['turco', 'turca', 'turchi', 'turche'], ro: [...roAdj('turc', 'turcă', 'turci', 'turce'), 'turcesc', 'turcească', 'turcești', 'turcoaică', 'turcoaice'], en: ['Turkish', 'Turk', 'Turks'] },
  UA: { it: ['ucraino', 'ucraina', 'ucraini', 'ucraine'], ro: [...roAdj('ucrainean', 'ucraineană', 'ucraineni', 'ucrainene'), 'ucraineancă', 'ucrainence'], en: ['Ukrainian', 'Ukrainians'] },
  XK: { it: ['kosovaro', 'kosovara', 'kosovari', 'kosovare'], ro: roAdj('kosovar', 'kosovară', 'kosovari', 'kosovare'), en: ['Kosovar', 'Kosovars', 'Kosovan'] },

  // Asia and Oceania
  AF: { it: ['afghano', 'afghana', 'afghani', 'afghane'], ro: roAdj('afgan', 'afgană', 'afgani', 'afgane'), en: ['Afghan', 'Afghans'] },
  AU: { it: ['australiano', 'australiana', 'australiani', 'australiane'], ro: roAdj('australian', 'australiană', 'australieni', 'australiene'), en: ['Australian', 'Australians'] },
  BD: { it: ['bengalese', 'bengalesi'], ro: roAdj('bangladeshez', 'bangladesheză', 'bangladeshezi', 'bangladesheze'), en: ['Bangladeshi', 'Bangladeshis'] },
  CN: { it: ['cinese', 'cinesi'], ro: [...roAdj('chinez', 'chineză', 'chinezi', 'chineze'), 'chinezesc', 'chinezească', 'chinezești', 'chinezoaică', 'chinezoaice'], en: ['Chinese'] },
  ID: { it: ['indonesiano', 'indonesiana', 'indonesiani', 'indonesiane'], ro: roAdj('indonezian', 'indoneziană', 'indonezieni', 'indoneziene'), en: ['Indonesian', 'Indonesians'] },
  IN: { it: ['indiano', 'indiana', 'indiani', 'indiane'], ro: roAdj('indian', 'indiană', 'indieni', 'indiene'), en: ['Indian', 'Indians'] },
  JP: { it: ['giapponese', 'giapponesi', 'nipponico', 'nipponica', 'nipponici', 'nipponiche'], ro: [...roAdj('japonez', 'japoneză', 'japonezi', 'japoneze'), ...roAdj('nipon', 'niponă', 'niponi', 'nipone')], en: ['Japanese'] },
  KP: { it: ['nordcoreano', 'nordcoreana', 'nordcoreani', 'nordcoreane', 'nord-coreano', 'nord-coreana', 'nord-coreani', 'nord-coreane'], ro: roAdj('nord-coreean', 'nord-coreeană', 'nord-coreeni', 'nord-coreene'), en: ['North Korean', 'North Koreans'] },
  KR: { it: ['sudcoreano', 'sudcoreana', 'sudcoreani', 'sudcoreane', 'sud-coreano', 'sud-coreana', 'sud-coreani', 'sud-coreane'], ro: roAdj('sud-coreean', 'sud-coreeană', 'sud-coreeni', 'sud-coreene'), en: ['South Korean', 'South Koreans'] },
  KZ: { it: ['kazako', 'kazaka', 'kazaki', 'kazake'], ro: roAdj('kazah', 'kazahă', 'kazahi', 'kazahe'), en: ['Kazakh', 'Kazakhs', 'Kazakhstani'] },
  MM: { it: ['birmano', 'birmana', 'birmani', 'birmane'], ro: roAdj('birman', 'birmană', 'birmani', 'birmane'), en: ['Burmese'] },
  MY: { it: ['malese', 'malesi'], ro: roAdj('malaezian', 'malaeziană', 'malaezieni', 'malaeziene'), en: ['Malaysian', 'Malaysians'] },
  NZ: { it: ['neozelandese', 'neozelandesi'], ro: roAdj('neozeelandez', 'neozeelandeză', 'neozeelandezi', 'neozeelandeze'), en: ['New Zealander', 'New Zealanders'] },
  PH: { it: ['filippino', 'filippina', 'filippini', 'filippine'], ro: roAdj('filipinez', 'filipineză', 'filipinezi', 'filipineze'), en: ['Filipino', 'Filipinos', 'Philippine'] },
  PK: { it: ['pakistano', 'pakistana', 'pakistani', 'pakistane'], ro: roAdj('pakistanez', 'pakistaneză', 'pakistanezi', 'pakistaneze'), en: ['Pakistani', 'Pakistanis'] },
  TH: { it: ['thailandese', 'thailandesi'], ro: roAdj('thailandez', 'thailandeză', 'thailandezi', 'thailandeze'), en: ['Thai'] },
  TW: { it: ['taiwanese', 'taiwanesi'], ro: roAdj('taiwanez', 'taiwaneză', 'taiwanezi', 'taiwaneze'), en: ['Taiwanese'] },
  UZ: { it: ['uzbeko', 'uzbeka', 'uzbeki', 'uzbeke'], ro: roAdj('uzbec', 'uzbecă', 'uzbeci', 'uzbece'), en: ['Uzbek', 'Uzbeks'] },
  VN: { it: ['vietnamita', 'vietnamiti', 'vietnamite'], ro: roAdj('vietnamez', 'vietnameză', 'vietnamezi', 'vietnameze'), en: ['Vietnamese'] },

  // Middle East and Africa
  AE: { it: ['emiratino', 'emiratina', 'emiratini', 'emiratine'], ro: roAdj('emiratez', 'emirateză', 'emiratezi', 'emirateze'), en: ['Emirati', 'Emiratis'] },
  DZ: { it: ['algerino', 'algerina', 'algerini', 'algerine'], ro: roAdj('algerian', 'algeriană', 'algerieni', 'algeriene'), en: ['Algerian', 'Algerians'] },
  EG: { it: ['egiziano', 'egiziana', 'egiziani', 'egiziane'], ro: roAdj('egiptean', 'egipteană', 'egipteni', 'egiptene'), en: ['Egyptian', 'Egyptians'] },
  ET: { it: ['etiope', 'etiopi', 'etiopico', 'etiopica', 'etiopici', 'etiopiche'], ro: roAdj('etiopian', 'etiopiană', 'etiopieni', 'etiopiene'), en: ['Ethiopian', 'Ethiopians'] },
  IL: { it: ['israeliano', 'israeliana', 'israeliani', 'israeliane'], ro: roAdj('israelian', 'israeliană', 'israelieni', 'israeliene'), en: ['Israeli', 'Israelis'] },
  IQ: { it: ['iracheno', 'irachena', 'iracheni', 'irachene'], ro: roAdj('irakian', 'irakiană', 'irakieni', 'irakiene'), en: ['Iraqi', 'Iraqis'] },
  IR: { it: ['iraniano', 'iraniana', 'iraniani', 'iraniane'], ro: roAdj('iranian', 'iraniană', 'iranieni', 'iraniene'), en: ['Iranian', 'Iranians'] },
  JO: { it: ['giordano', 'giordana', 'giordani', 'giordane'], ro: roAdj('iordanian', 'iordaniană', 'iordanieni', 'iordaniene'), en: ['Jordanian', 'Jordanians'] },
  KE: { it: ['keniota', 'kenioti', 'keniote', 'keniano', 'keniana', 'keniani', 'keniane'], ro: roAdj('kenyan', 'kenyană', 'kenyeni', 'kenyene'), en: ['Kenyan', 'Kenyans'] },
  KW: { it: ['kuwaitiano', 'kuwaitiana', 'kuwaitiani', 'kuwaitiane'], ro: roAdj('kuweitian', 'kuweitiană', 'kuweitieni', 'kuweitiene'), en: ['Kuwaiti', 'Kuwaitis'] },
  LB: { it: ['libanese', 'libanesi'], ro: roAdj('libanez', 'libaneză', 'libanezi', 'libaneze'), en: ['Lebanese'] },
  LY: { it: ['libico', 'libica', 'libici', 'libiche'], ro: roAdj('libian', 'libiană', 'libieni', 'libiene'), en: ['Libyan', 'Libyans'] },
  MA: { it: ['marocchino', 'marocchina', 'marocchini', 'marocchine'], ro: roAdj('marocan', 'marocană', 'marocani', 'marocane'), en: ['Moroccan', 'Moroccans'] },
  NG: { it: ['nigeriano', 'nigeriana', 'nigeriani', 'nigeriane'], ro: roAdj('nigerian', 'nigeriană', 'nigerieni', 'nigeriene'), en: ['Nigerian', 'Nigerians'] },
  OM: { it: ['omanita', 'omaniti', 'omanite'], ro: roAdj('omanez', 'omaneză', 'omanezi', 'omaneze'), en: ['Omani', 'Omanis'] },
  PS: { it: ['palestinese', 'palestinesi'], ro: roAdj('palestinian', 'palestiniană', 'palestinieni', 'palestiniene'), en: ['Palestinian', 'Palestinians'] },
  QA: { it: ['qatariota', 'qatarioti', 'qatariote', 'qatarino', 'qatarina', 'qatarini', 'qatarine'], ro: roAdj('qatarez', 'qatareză', 'qatarezi', 'qatareze'), en: ['Qatari', 'Qataris'] },
  SA: { it: ['saudita', 'sauditi', 'saudite'], ro: roAdj('saudit', 'saudită', 'saudiți', 'saudite'), en: ['Saudi', 'Saudis', 'Saudi Arabian'] },
  SD: { it: ['sudanese', 'sudanesi'], ro: roAdj('sudanez', 'sudaneză', 'sudanezi', 'sudaneze'), en: ['Sudanese'] },
  SO: { it: ['somalo', 'somala', 'somali', 'somale'], ro: roAdj('somalez', 'somaleză', 'somalezi', 'somaleze'), en: ['Somali', 'Somalis'] },
  SY: { it: ['siriano', 'siriana', 'siriani', 'siriane'], ro: roAdj('sirian', 'siriană', 'sirieni', 'siriene'), en: ['Syrian', 'Syrians'] },
  TN: { it: ['tunisino', 'tunisina', 'tunisini', 'tunisine'], ro: roAdj('tunisian', 'tunisiană', 'tunisieni', 'tunisiene'), en: ['Tunisian', 'Tunisians'] },
  YE: { it: ['yemenita', 'yemeniti', 'yemenite'], ro: roAdj('yemenit', 'yemenită', 'yemeniți', 'yemenite'), en: ['Yemeni', 'Yemenis'] },
  ZA: { it: ['sudafricano', 'sudafricana', 'sudafricani', 'sudafricane'], ro: roAdj('sud-african', 'sud-africană', 'sud-africani', 'sud-africane'), en: ['South African', 'South Africans'] },

  // Americas
  AR: { it: ['argentino', 'argentina', 'argentini', 'argentine'], ro: roAdj('argentinian', 'argentiniană', 'argentinieni', 'argentiniene'), en: ['Argentine', 'Argentines', 'Argentinian', 'Argentinians'] },
  BR: { it: ['brasiliano', 'brasiliana', 'brasiliani', 'brasiliane'], ro: roAdj('brazilian', 'braziliană', 'brazilieni', 'braziliene'), en: ['Brazilian', 'Brazilians'] },
  CA: { it: ['canadese', 'canadesi'], ro: roAdj('canadian', 'canadiană', 'canadieni', 'canadiene'), en: ['Canadian', 'Canadians'] },
  CL: { it: ['cileno', 'cilena', 'cileni', 'cilene'], ro: roAdj('chilian', 'chiliană', 'chilieni', 'chiliene'), en: ['Chilean', 'Chileans'] },
  CO: { it: ['colombiano', 'colombiana', 'colombiani', 'colombiane'], ro: roAdj('columbian', 'columbiană', 'columbieni', 'columbiene'), en: ['Colombian', 'Colombians'] },
  CU: { it: ['cubano', 'cubana', 'cubani', 'cubane'], ro: roAdj('cubanez', 'cubaneză', 'cubanezi', 'cubaneze'), en: ['Cuban', 'Cubans'] },
  MX: { it: ['messicano', 'messicana', 'messicani', 'messicane'], ro: roAdj('mexican', 'mexicană', 'mexicani', 'mexicane'), en: ['Mexican', 'Mexicans'] },
  US: { it: ['americano', 'americana', 'americani', 'americane', 'statunitense', 'statunitensi'], ro: [...roAdj('american', 'americană', 'americani', 'americane'), 'americănesc', 'americănească', 'americănești', 'americancă', 'americance'], en: ['American', 'Americans'] },
  VE: { it: ['venezuelano', 'venezuelana', 'venezuelani', 'venezuelane'], ro: roAdj('venezuelean', 'venezueleană', 'venezueleni', 'venezuelene'), en: ['Venezuelan', 'Venezuelans'] },
};
