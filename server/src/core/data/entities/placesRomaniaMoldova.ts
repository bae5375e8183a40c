/**
 * Romania and the Republic of Moldova: the capital and the seats of the 41 Romanian counties (Buftea for Ilfov),
 * other towns frequent in the news, historical regions and landmarks, then Moldova's main cities and regions.
 * Names follow the Romanian, Italian and English Wikipedia article titles; matching folds diacritics, so forms
 * without them (Iasi, Chisinau) are not listed separately.
 *
 * "Moldova" in Romanian and "Moldavia" in Italian name both the Republic of Moldova (the country, from
 * Intl.DisplayNames and COUNTRY_ALIASES) and the Romanian historical region: the country keeps those names, the
 * region is listed with them too so that the ambiguity stays visible (see the exceptions in entityData.test.ts).
 */
import { place, type KnownEntity } from './knownEntity';

export const ROMANIA_MOLDOVA_PLACES: readonly KnownEntity[] = [
  // Capital and county seats
  place('bucharest', { ro: ['București'], it: ['Bucarest'], en: ['Bucharest'] }, 'Q19660'),
  place('alba-iulia', { all: ['Alba Iulia'] }),
  place('alexandria-romania', { all: ['Alexandria'] }),
  place('arad', { all: ['Arad'] }),
  place('bacau', { all: ['Bacău'] }),
  place('baia-mare', { all: ['Baia Mare'] }),
  place('bistrita', { all: ['Bistrița'] }),
  place('botosani', { all: ['Botoșani'] }),
  place('braila', { all: ['Brăila'] }),
  place('brasov', { all: ['Brașov'] }),
  place('buftea', { all: ['Buftea'] }),
  place('buzau', { all: ['Buzău'] }),
  place('calarasi', { all: ['Călărași'] }),
  place('cluj-napoca', { all: ['Cluj-Napoca', 'Cluj'] }),
  place('constanta', { all: ['Constanța'], it: ['Costanza'] }),
  place('craiova', { all: ['Craiova'] }),
  place('deva', { all: ['Deva'] }),
  place('drobeta-turnu-severin', { all: ['Drobeta-Turnu Severin', 'Turnu Severin'] }),
  place('focsani', { all: ['Focșani'] }),
  place('galati', { all: ['Galați'] }),
  place('giurgiu', { all: ['Giurgiu'] }),
  place('iasi', { all: ['Iași'] }),
  place('miercurea-ciuc', { all: ['Miercurea Ciuc'] }),
  place('oradea', { all: ['Oradea'] }),
  place('piatra-neamt', { all: ['Piatra Neamț'] }),
  place('pitesti', { all: ['Pitești'] }),
  place('ploiesti', { all: ['Ploiești'] }),
  place('ramnicu-valcea', { all: ['Râmnicu Vâlcea'] }),
  place('resita', { all: ['Reșița'] }),
  place('satu-mare', { all: ['Satu Mare'] }),
  place('sfantu-gheorghe', { all: ['Sfântu Gheorghe'] }),
  place('sibiu', { all: ['Sibiu'] }),
  place('slatina', { all: ['Slatina'] }),
  place('slobozia', { all: ['Slobozia'] }),
  place('suceava', { all: ['Suceava'] }),
  place('targoviste', { all: ['Târgoviște'] }),
  place('targu-jiu', { all: ['Târgu Jiu'] }),
  place('targu-mures', { all: ['Târgu Mureș'] }),
  place('timisoara', { all: ['Timișoara'] }),
  place('tulcea', { all: ['Tulcea'] }),
  place('vaslui', { all: ['Vaslui'] }),
  place('zalau', { all: ['Zalău'] }),

  // Other towns
  place('deveselu', { all: ['Deveselu'] }),
  place('isaccea', { all: ['Isaccea'] }),
  place('mangalia', { all: ['Mangalia'] }),
  place('medias', { all: ['Mediaș'] }),
  place('otopeni', { all: ['Otopeni'] }),
  place('sighisoara', { all: ['Sighișoara'] }),
  place('sulina', { all: ['Sulina'] }),
  place('turda', { all: ['Turda'] }),
  place('voluntari', { all: ['Voluntari'] }),

  // Historical regions
  place('transylvania', { ro: ['Transilvania', 'Ardeal'], it: ['Transilvania'], en: ['Transylvania'] }),
  place('wallachia', { ro: ['Țara Românească', 'Valahia'], it: ['Valacchia'], en: ['Wallachia'] }),
  place('moldavia', { ro: ['Moldova'], it: ['Moldavia'], en: ['Moldavia', 'Western Moldavia'] }),
  place('muntenia', { all: ['Muntenia'] }),
  place('oltenia', { all: ['Oltenia'] }),
  place('dobruja', { ro: ['Dobrogea'], it: ['Dobrugia'], en: ['Dobruja', 'Dobrudja'] }),
  place('banat', { all: ['Banat'] }),
  place('crisana', { all: ['Crișana'] }),
  place('maramures', { all: ['Maramureș'] }),
  place('bukovina', { ro: ['Bucovina'], it: ['Bucovina'], en: ['Bukovina'] }),
  place('bessarabia', { ro: ['Basarabia'], it: ['Bessarabia'], en: ['Bessarabia'] }),

  // Mountains and waters
  place('carpathians', { ro: ['Carpați', 'Munții Carpați'], it: ['Carpazi'], en: ['Carpathians', 'Carpathian Mountains'] }),
  place('bucegi', { ro: ['Bucegi', 'Munții Bucegi'], it: ['Bucegi'], en: ['Bucegi', 'Bucegi Mountains'] }),
  place('fagaras-mountains', { ro: ['Munții Făgăraș'], it: ['Monti Făgăraș'], en: ['Făgăraș Mountains'] }),
  place('apuseni-mountains', { ro: ['Munții Apuseni', 'Apuseni'], it: ['Monti Apuseni'], en: ['Apuseni Mountains'] }),
  place('danube-delta', { ro: ['Delta Dunării'], it: ['Delta del Danubio'], en: ['Danube Delta'] }),
  place('prut', { all: ['Prut'] }),
  place('dniester', { ro: ['Nistru'], it: ['Dnestr'], en: ['Dniester'] }),
  place('siret-river', { all: ['Siret'] }),
  place('olt-river', { all: ['Olt'] }),
  place('mures-river', { all: ['Mureș'] }),
  place('jiu-river', { all: ['Jiu'] }),
  place('somes-river', { all: ['Someș'] }),

  // Republic of Moldova
  place('chisinau', { ro: ['Chișinău'], it: ['Chișinău'], en: ['Chișinău', 'Kishinev'] }),
  place('balti', { all: ['Bălți'] }),
  place('tiraspol', { all: ['Tiraspol'] }),
  place('bender', { ro: ['Tighina', 'Bender'], it: ['Bender', 'Tighina'], en: ['Bender', 'Tighina'] }),
  place('comrat', { all: ['Comrat'] }),
  place('cahul', { all: ['Cahul'] }),
  place('ungheni', { all: ['Ungheni'] }),
  place('soroca', { all: ['Soroca'] }),
  place('orhei', { all: ['Orhei'] }),
  place('giurgiulesti', { all: ['Giurgiulești'] }),
  place('gagauzia', { ro: ['Găgăuzia', 'UTA Găgăuzia'], it: ['Gagauzia'], en: ['Gagauzia'] }),
  place('transnistria', { all: ['Transnistria'], en: ['Pridnestrovie'] }),
];
