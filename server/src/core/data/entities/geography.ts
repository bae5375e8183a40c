/**
 * Seas, oceans, straits, rivers and mountain ranges that cross borders, continents and macro-regions. Names follow
 * the Italian, Romanian and English Wikipedia article titles, plus the short forms the press uses
 * (Mediterraneo, Adriatico). Features inside one country live in that country's file.
 */
import { place, type KnownEntity } from './knownEntity';

export const GEOGRAPHY: readonly KnownEntity[] = [
  // Seas, gulfs, straits, oceans
  place('black-sea', { en: ['Black Sea'], it: ['Mar Nero'], ro: ['Marea Neagră'] }, 'Q166'),
  place('mediterranean-sea', { en: ['Mediterranean Sea', 'Mediterranean'], it: ['Mar Mediterraneo', 'Mediterraneo'], ro: ['Marea Mediterană', 'Mediterana'] }, 'Q4918'),
  place('sea-of-azov', { en: ['Sea of Azov'], it: ["Mar d'Azov"], ro: ['Marea Azov'] }),
  place('baltic-sea', { en: ['Baltic Sea'], it: ['Mar Baltico'], ro: ['Marea Baltică'] }),
  place('north-sea', { en: ['North Sea'], it: ['Mare del Nord'], ro: ['Marea Nordului'] }),
  place('adriatic-sea', { en: ['Adriatic Sea', 'Adriatic'], it: ['Mare Adriatico', 'Adriatico'], ro: ['Marea Adriatică'] }),
  place('tyrrhenian-sea', { en: ['Tyrrhenian Sea'], it: ['Mar Tirreno', 'Tirreno'], ro: ['Marea Tireniană'] }),
  place('ionian-sea', { en: ['Ionian Sea'], it: ['Mar Ionio', 'Ionio'], ro: ['Marea Ionică'] }),
  place('ligurian-sea', { en: ['Ligurian Sea'], it: ['Mar Ligure'], ro: ['Marea Ligurică'] }),
  place('aegean-sea', { en: ['Aegean Sea', 'Aegean'], it: ['Mar Egeo', 'Egeo'], ro: ['Marea Egee'] }),
  place('caspian-sea', { en: ['Caspian Sea'], it: ['Mar Caspio'], ro: ['Marea Caspică'] }),
  place('red-sea', { en: ['Red Sea'], it: ['Mar Rosso'], ro: ['Marea Roșie'] }),
  place('south-china-sea', { en: ['South China Sea'], it: ['Mar Cinese Meridionale'], ro: ['Marea Chinei de Sud'] }),
  place('east-china-sea', { en: ['East China Sea'], it: ['Mar Cinese Orientale'], ro: ['Marea Chinei de Est'] }),
  place('persian-gulf', { en: ['Persian Gulf'], it: ['Golfo Persico'], ro: ['Golful Persic'] }),
  place('gulf-of-aden', { en: ['Gulf of Aden'], it: ['Golfo di Aden'], ro: ['Golful Aden'] }),
  place('gulf-of-mexico', { en: ['Gulf of Mexico', 'Gulf of America'], it: ['Golfo del Messico'], ro: ['Golful Mexic'] }),
  place('strait-of-hormuz', { en: ['Strait of Hormuz'], it: ['Stretto di Hormuz'], ro: ['Strâmtoarea Ormuz', 'Strâmtoarea Hormuz'] }),
  place('bab-el-mandeb', { all: ['Bab el-Mandeb'] }),
  place('bosphorus', { en: ['Bosphorus', 'Bosporus'], it: ['Bosforo'], ro: ['Bosfor'] }),
  place('dardanelles', { en: ['Dardanelles'], it: ['Dardanelli'], ro: ['Dardanele'] }),
  place('taiwan-strait', { en: ['Taiwan Strait'], it: ['Stretto di Taiwan'], ro: ['Strâmtoarea Taiwan'] }),
  place('english-channel', { en: ['English Channel'], it: ['Canale della Manica', 'Manica'], ro: ['Canalul Mânecii'] }),
  place('strait-of-gibraltar', { en: ['Strait of Gibraltar'], it: ['Stretto di Gibilterra'], ro: ['Strâmtoarea Gibraltar'] }),
  place('atlantic-ocean', { en: ['Atlantic Ocean', 'Atlantic'], it: ['Oceano Atlantico', 'Atlantico'], ro: ['Oceanul Atlantic'] }),
  place('pacific-ocean', { en: ['Pacific Ocean', 'Pacific'], it: ['Oceano Pacifico', 'Pacifico'], ro: ['Oceanul Pacific'] }),
  place('indian-ocean', { en: ['Indian Ocean'], it: ['Oceano Indiano'], ro: ['Oceanul Indian'] }),
  place('arctic', { en: ['Arctic', 'Arctic Ocean'], it: ['Artico', 'Oceano Artico'], ro: ['Arctica', 'Oceanul Arctic'] }),

  // Rivers
  place('danube', { en: ['Danube'], it: ['Danubio'], ro: ['Dunărea'] }, 'Q1653'),
  place('rhine', { en: ['Rhine'], it: ['Reno'], ro: ['Rin'] }),
  place('dnieper', { en: ['Dnieper'], it: ['Dnepr'], ro: ['Nipru'] }),
  place('vistula', { en: ['Vistula'], it: ['Vistola'], ro: ['Vistula'] }),
  place('thames', { en: ['Thames'], it: ['Tamigi'], ro: ['Tamisa'] }),
  place('seine', { en: ['Seine'], it: ['Senna'], ro: ['Sena'] }),
  place('tisza', { en: ['Tisza'], it: ['Tibisco'], ro: ['Tisa'] }),
  place('sava', { all: ['Sava'] }),
  place('nile', { en: ['Nile'], it: ['Nilo'], ro: ['Nil'] }),
  place('euphrates', { en: ['Euphrates'], it: ['Eufrate'], ro: ['Eufrat'] }),
  place('mississippi-river', { all: ['Mississippi'] }),
  place('yangtze', { all: ['Yangtze'], it: ['Fiume Azzurro'] }),

  // Mountains
  place('alps', { en: ['Alps'], it: ['Alpi'], ro: ['Alpi', 'Munții Alpi'] }, 'Q1286'),
  place('pyrenees', { en: ['Pyrenees'], it: ['Pirenei'], ro: ['Pirinei', 'Munții Pirinei'] }),
  place('himalayas', { en: ['Himalayas', 'Himalaya'], it: ['Himalaya'], ro: ['Himalaya', 'Munții Himalaya'] }),
  place('mount-everest', { en: ['Mount Everest', 'Everest'], it: ['Monte Everest', 'Everest'], ro: ['Muntele Everest', 'Everest'] }),

  // Continents and macro-regions
  place('europe', { en: ['Europe'], it: ['Europa'], ro: ['Europa'] }),
  place('asia', { all: ['Asia'] }),
  place('africa', { all: ['Africa'] }),
  place('oceania', { all: ['Oceania'] }),
  place('north-america', { en: ['North America'], it: ['America del Nord', 'Nord America', 'Nordamerica'], ro: ['America de Nord'] }),
  place('south-america', { en: ['South America'], it: ['America del Sud', 'Sud America', 'Sudamerica'], ro: ['America de Sud'] }),
  place('latin-america', { en: ['Latin America'], it: ['America Latina'], ro: ['America Latină'] }),
  place('middle-east', { en: ['Middle East'], it: ['Medio Oriente'], ro: ['Orientul Mijlociu'] }),
  place('far-east', { en: ['Far East'], it: ['Estremo Oriente'], ro: ['Orientul Îndepărtat'] }),
  place('central-asia', { en: ['Central Asia'], it: ['Asia centrale'], ro: ['Asia Centrală'] }),
  place('southeast-asia', { en: ['Southeast Asia'], it: ['Sud-est asiatico'], ro: ['Asia de Sud-Est'] }),
  place('eastern-europe', { en: ['Eastern Europe'], it: ['Europa orientale', "Europa dell'Est"], ro: ['Europa de Est'] }),
  place('western-europe', { en: ['Western Europe'], it: ['Europa occidentale'], ro: ['Europa de Vest'] }),
  place('central-europe', { en: ['Central Europe'], it: ['Europa centrale'], ro: ['Europa Centrală'] }),
  place('balkans', { en: ['Balkans'], it: ['Balcani'], ro: ['Balcani'] }),
  place('scandinavia', { all: ['Scandinavia'] }),
  place('baltic-states', { en: ['Baltic states', 'Baltics'], it: ['Paesi baltici'], ro: ['Țările Baltice', 'Statele Baltice'] }),
  place('sahel', { all: ['Sahel'] }),
  place('sahara', { all: ['Sahara'] }),
  place('maghreb', { all: ['Maghreb'] }),
  place('horn-of-africa', { en: ['Horn of Africa'], it: ["Corno d'Africa"], ro: ['Cornul Africii'] }),
  place('indo-pacific', { en: ['Indo-Pacific'], it: ['Indo-Pacifico'], ro: ['Indo-Pacific'] }),
  place('schengen-area', { en: ['Schengen Area'], it: ['Area Schengen', 'Spazio Schengen'], ro: ['Spațiul Schengen'] }),
  place('eurozone', { en: ['Eurozone', 'Euro area'], it: ['Eurozona', 'Zona euro'], ro: ['Zona euro'] }),
];
