/**
 * Institutions, public services, parties and large companies of Italy, Romania and the Republic of Moldova.
 * Names follow the Italian, Romanian and English Wikipedia article titles, plus the metonyms the press uses for
 * the bodies (Palazzo Chigi, Quirinale, Farnesina, Palatul Victoria, Cotroceni). Bare institution names
 * (Parlamento, Senato; Parlament, Senat) belong to the country of the language that uses them.
 */
import { organization, withOffices, type KnownEntity } from './knownEntity';

export const ITALY_ROMANIA_MOLDOVA_INSTITUTIONS: readonly KnownEntity[] = [
  // Italy: state bodies
  organization('italian-government', { en: ['Italian government', 'Government of Italy'], it: ['Governo italiano'], ro: ['Guvernul Italiei', 'Guvernul italian'] }),
  organization('palazzo-chigi', { all: ['Palazzo Chigi'] }),
  organization('quirinale', { all: ['Quirinale'], it: ['Palazzo del Quirinale'] }),
  organization('farnesina', { all: ['Farnesina'] }),
  organization('viminale', { all: ['Viminale'] }),
  organization('italian-parliament', { en: ['Italian Parliament'], it: ['Parlamento italiano', 'Parlamento'], ro: ['Parlamentul Italiei', 'Parlamentul italian'] }),
  organization('italian-senate', { en: ['Italian Senate', 'Senate of the Republic'], it: ['Senato della Repubblica', 'Senato', 'Palazzo Madama'], ro: ['Senatul Italiei'] }),
  organization('italian-chamber-of-deputies', { en: ['Italian Chamber of Deputies'], it: ['Camera dei deputati', 'Montecitorio'], ro: ['Camera Deputaților din Italia'] }),
  organization('italian-constitutional-court', { en: ['Constitutional Court of Italy'], it: ['Corte costituzionale', 'Consulta'], ro: ['Curtea Constituțională a Italiei'] }),
  organization('italian-court-of-cassation', { en: ['Italian Court of Cassation'], it: ['Corte di cassazione', 'Cassazione'], ro: ['Curtea de Casație a Italiei'] }),
  organization('italian-council-of-ministers', { en: ['Italian Council of Ministers'], it: ['Consiglio dei ministri'], ro: ['Consiliul de Miniștri al Italiei'] }),
  organization('italian-parliamentary-budget-office', { en: ['Italian Parliamentary Budget Office'], it: ['Ufficio parlamentare di bilancio', 'UPB'], ro: ['Oficiul Parlamentar pentru Buget al Italiei'] }),
  organization('autonomous-province-of-trento', { en: ['Autonomous Province of Trento'], it: ['Provincia autonoma di Trento'], ro: ['Provincia Autonomă Trento'] }),
  organization('autonomous-province-of-bolzano', { en: ['Autonomous Province of Bolzano'], it: ['Provincia autonoma di Bolzano'], ro: ['Provincia Autonomă Bolzano'] }),
  organization('italian-council-of-state', { en: ['Council of State of Italy'], it: ['Consiglio di Stato'], ro: ['Consiliul de Stat al Italiei'] }),
  organization('italian-court-of-audit', { en: ['Italian Court of Audit'], it: ['Corte dei conti'], ro: ['Curtea de Conturi a Italiei'] }),
  organization('italian-civil-protection', { en: ['Italian Civil Protection', 'Civil Protection Department'], it: ['Protezione civile', 'Dipartimento della Protezione civile'], ro: ['Protecția Civilă italiană'] }),
  organization('carabinieri', { all: ['Carabinieri', 'Arma dei Carabinieri'] }),
  organization('polizia-di-stato', { en: ['Italian State Police', 'Polizia di Stato'], it: ['Polizia di Stato'], ro: ['Poliția de Stat italiană'] }),
  organization('guardia-di-finanza', { all: ['Guardia di Finanza'] }),
  organization('italian-coast-guard', { en: ['Italian Coast Guard'], it: ['Guardia costiera'], ro: ['Garda de Coastă italiană'] }),
  organization('vigili-del-fuoco', { en: ['Italian National Fire Corps', 'Vigili del Fuoco'], it: ['Vigili del fuoco'], ro: ['Pompierii italieni'] }),
  organization('italian-army', { en: ['Italian Army'], it: ['Esercito Italiano'], ro: ['Armata Italiană'] }),
  organization('italian-navy', { en: ['Italian Navy'], it: ['Marina Militare'], ro: ['Marina Militară Italiană'] }),
  organization('italian-air-force', { en: ['Italian Air Force'], it: ['Aeronautica Militare'], ro: ['Forțele Aeriene Italiene'] }),
  organization('istat', { all: ['ISTAT'] }),
  organization('inps', { all: ['INPS'] }),
  organization('ingv', { en: ['National Institute of Geophysics and Volcanology'], it: ['Istituto nazionale di geofisica e vulcanologia'], ro: ['Institutul Național de Geofizică și Vulcanologie'], all: ['INGV', 'Ingv'] }),
  organization('bank-of-italy', { en: ['Bank of Italy'], it: ["Banca d'Italia"], ro: ['Banca Italiei'] }),
  organization('consob', { all: ['Consob'] }),
  // Regional environmental agencies, each written with its region: "ARPA Lazio", "Arpa Piemonte" (withOffices).
  withOffices(organization('arpa', { en: ['Regional Environmental Protection Agency'], it: ['Agenzia regionale per la protezione ambientale'], all: ['ARPA'] })),

  // Italy: unions, business, companies
  organization('cgil', { all: ['CGIL'] }),
  organization('cisl', { all: ['CISL'] }),
  organization('uil', { all: ['UIL'] }),
  organization('confindustria', { all: ['Confindustria'] }),
  organization('coldiretti', { all: ['Coldiretti'] }),
  organization('eni', { all: ['Eni'] }),
  organization('enel', { all: ['Enel'] }),
  organization('fincantieri', { all: ['Fincantieri'] }),
  organization('stellantis', { all: ['Stellantis'] }),
  organization('poste-italiane', { all: ['Poste Italiane'] }),
  organization('aeroporti-di-roma', { all: ['Aeroporti di Roma'] }),
  organization('acciaierie-d-italia', { all: ["Acciaierie d'Italia"] }),

  // Italy: parties
  organization('brothers-of-italy', { en: ['Brothers of Italy'], it: ["Fratelli d'Italia", 'FdI'], ro: ['Frații Italiei'] }),
  organization('democratic-party-italy', { en: ['Italian Democratic Party'], it: ['Partito Democratico', 'PD'], ro: ['Partidul Democrat italian'] }),
  organization('lega', { all: ['Lega'], en: ['Northern League'], it: ['Lega Nord'] }),
  organization('forza-italia', { all: ['Forza Italia'] }),
  organization('five-star-movement', { en: ['Five Star Movement'], it: ['Movimento 5 Stelle', 'Movimento Cinque Stelle'], ro: ['Mișcarea Cinci Stele'], all: ['M5S'] }),
  organization('greens-and-left-alliance', { en: ['Greens and Left Alliance'], it: ['Alleanza Verdi e Sinistra'], all: ['AVS'] }),
  organization('italia-viva', { all: ['Italia Viva'] }),

  // Romania: state bodies
  organization('romanian-government', { en: ['Romanian government', 'Government of Romania'], it: ['Governo romeno', 'Governo rumeno'], ro: ['Guvernul României', 'Palatul Victoria'] }),
  organization('romanian-presidency', { en: ['Romanian Presidential Administration', 'Cotroceni Palace'], it: ['Palazzo Cotroceni'], ro: ['Administrația Prezidențială', 'Palatul Cotroceni'], all: ['Cotroceni'] }),
  organization('romanian-parliament', { en: ['Romanian Parliament', 'Parliament of Romania'], it: ['Parlamento romeno', 'Parlamento rumeno'], ro: ['Parlamentul României', 'Parlament'] }),
  organization('romanian-senate', { en: ['Romanian Senate'], it: ['Senato romeno', 'Senato rumeno'], ro: ['Senatul României', 'Senat'] }),
  organization('romanian-chamber-of-deputies', { en: ['Romanian Chamber of Deputies'], it: ['Camera dei deputati romena'], ro: ['Camera Deputaților'] }),
  organization('constitutional-court-of-romania', { en: ['Constitutional Court of Romania'], it: ['Corte costituzionale romena', 'Corte costituzionale rumena'], ro: ['Curtea Constituțională', 'Curtea Constituțională a României', 'CCR'] }),
  organization('high-court-of-cassation-and-justice', { en: ['High Court of Cassation and Justice'], it: ['Alta Corte di Cassazione e Giustizia'], ro: ['Înalta Curte de Casație și Justiție', 'ICCJ'] }),
  organization('national-anticorruption-directorate', { en: ['National Anticorruption Directorate'], it: ['Direzione nazionale anticorruzione'], ro: ['Direcția Națională Anticorupție', 'DNA'] }),
  organization('diicot', { all: ['DIICOT'] }),
  organization('romanian-intelligence-service', { en: ['Romanian Intelligence Service'], it: ['SRI'], ro: ['Serviciul Român de Informații'], all: ['SRI'] }),
  organization('igsu', { en: ['General Inspectorate for Emergency Situations'], it: ['IGSU'], ro: ['Inspectoratul General pentru Situații de Urgență'], all: ['IGSU'] }),
  // County services, each written with its county: "ISU Cluj", "IPJ Sibiu", "DSP Timiș" (withOffices).
  withOffices(organization('isu', { all: ['ISU'], ro: ['Inspectoratul pentru Situații de Urgență'] })),
  withOffices(organization('ipj', { en: ['County Police Inspectorate'], ro: ['Inspectoratul de Poliție Județean'], all: ['IPJ'] })),
  withOffices(organization('ijj', { en: ['County Gendarmerie Inspectorate'], ro: ['Inspectoratul de Jandarmi Județean'], all: ['IJJ'] })),
  withOffices(organization('isj', { en: ['County School Inspectorate'], ro: ['Inspectoratul Școlar Județean'], all: ['ISJ'] })),
  withOffices(organization('dsp', { en: ['Public Health Directorate'], ro: ['Direcția de Sănătate Publică'], all: ['DSP'] })),
  withOffices(organization('dsvsa', { en: ['Sanitary Veterinary and Food Safety Directorate'], ro: ['Direcția Sanitar-Veterinară și pentru Siguranța Alimentelor'], all: ['DSVSA'] })),
  organization('dsu', { en: ['Department for Emergency Situations'], it: ['DSU'], ro: ['Departamentul pentru Situații de Urgență'], all: ['DSU'] }),
  organization('romanian-police', { en: ['Romanian Police'], it: ['Polizia romena', 'Polizia rumena'], ro: ['Poliția Română'] }),
  organization('romanian-border-police', { en: ['Romanian Border Police'], it: ['Polizia di frontiera romena'], ro: ['Poliția de Frontieră', 'Poliția de Frontieră Română'] }),
  organization('romanian-navy', { en: ['Romanian Navy', 'Romanian Naval Forces'], it: ['Marina militare romena', 'Marina romena'], ro: ['Forțele Navale Române'] }),
  organization('anm', { en: ['National Meteorological Administration'], it: ['Amministrazione nazionale di meteorologia'], ro: ['Administrația Națională de Meteorologie'], all: ['ANM'] }),
  // Bucharest's own administration, as its press calls it ("Primăria Capitalei", the capital's city hall).
  organization('bucharest-municipality', { en: ['Bucharest City Hall'], it: ['Comune di Bucarest'], ro: ['Primăria Capitalei', 'Primăria Municipiului București'] }),
  organization('romanian-ministry-of-national-defence', { en: ['Romanian Ministry of National Defence'], it: ['Ministero della Difesa romeno'], ro: ['Ministerul Apărării Naționale'], all: ['MApN'] }),
  organization('romanian-army', { en: ['Romanian Army', 'Romanian Armed Forces'], it: ['Esercito romeno', 'Esercito rumeno'], ro: ['Armata Română'] }),
  organization('national-bank-of-romania', { en: ['National Bank of Romania'], it: ['Banca Nazionale di Romania'], ro: ['Banca Națională a României'], all: ['BNR'] }),
  organization('anaf', { all: ['ANAF'] }),
  organization('central-electoral-bureau', { en: ['Central Electoral Bureau'], it: ['Ufficio elettorale centrale'], ro: ['Biroul Electoral Central', 'BEC'] }),
  organization('romanian-orthodox-church', { en: ['Romanian Orthodox Church'], it: ['Chiesa ortodossa romena', 'Chiesa ortodossa rumena'], ro: ['Biserica Ortodoxă Română', 'BOR'] }),

  // Romania: companies
  organization('cnab', { en: ['Bucharest Airports National Company'], it: ['Compagnia Nazionale Aeroporti di Bucarest'], ro: ['Compania Națională Aeroporturi București'], all: ['CNAB'] }),
  organization('cnair', { en: ['National Company for Road Infrastructure Administration'], ro: ['Compania Națională de Administrare a Infrastructurii Rutiere'], all: ['CNAIR'] }),
  organization('untrr', { en: ['National Union of Road Hauliers from Romania'], ro: ['Uniunea Națională a Transportatorilor Rutieri din România'], all: ['UNTRR'] }),
  organization('tarom', { all: ['TAROM'] }),
  organization('romgaz', { all: ['Romgaz'] }),
  organization('hidroelectrica', { all: ['Hidroelectrica'] }),
  organization('nuclearelectrica', { all: ['Nuclearelectrica'] }),
  organization('omv-petrom', { all: ['OMV Petrom', 'Petrom'] }),

  // Romania: parties
  organization('psd', { en: ['Social Democratic Party of Romania'], ro: ['Partidul Social Democrat'], all: ['PSD'] }),
  organization('pnl', { en: ['National Liberal Party'], it: ['Partito Nazionale Liberale'], ro: ['Partidul Național Liberal'], all: ['PNL'] }),
  organization('usr', { en: ['Save Romania Union'], ro: ['Uniunea Salvați România'], all: ['USR'] }),
  organization('aur', { en: ['Alliance for the Union of Romanians'], it: ["Alleanza per l'Unione dei Romeni"], ro: ['Alianța pentru Unirea Românilor'], all: ['AUR'] }),
  organization('udmr', { en: ['Democratic Alliance of Hungarians in Romania'], ro: ['Uniunea Democrată Maghiară din România'], all: ['UDMR'] }),
  organization('sos-romania', { all: ['SOS România'] }),
  organization('pot', { en: ['Party of Young People'], ro: ['Partidul Oamenilor Tineri'], all: ['POT'] }),

  // Republic of Moldova
  organization('moldovan-parliament', { en: ['Parliament of Moldova', 'Moldovan Parliament'], it: ['Parlamento moldavo'], ro: ['Parlamentul Republicii Moldova'] }),
  organization('moldovan-government', { en: ['Government of Moldova', 'Moldovan government'], it: ['Governo moldavo'], ro: ['Guvernul Republicii Moldova'] }),
  organization('party-of-action-and-solidarity', { en: ['Party of Action and Solidarity'], it: ['Partito Azione e Solidarietà'], ro: ['Partidul Acțiune și Solidaritate'], all: ['PAS'] }),
  organization('psrm', { en: ['Party of Socialists of the Republic of Moldova'], ro: ['Partidul Socialiștilor din Republica Moldova'], all: ['PSRM'] }),
];
