/**
 * Kinds of news event and the words that name them in each language. Two articles about different kinds of event
 * (a flood and a snowstorm in the same country) report different figures even when they name the same places.
 * Single words, matched by Snowball stem; each is an ordinary word of the language for that event, and none
 * shares its stem with a common word of another sense ("sindacato" and "sindaco", "alleati" and "alle",
 * "heat" and "heating", "union" in "European Union", a labour "strike" and an air strike, "freezing" weather and a
 * "freeze" on licences).
 */
import type { Language } from '../types';

export interface EventType {
  id: string;
  words: Readonly<Record<Language, readonly string[]>>;
}

export const EVENT_TYPES: readonly EventType[] = [
  { id: 'flood', words: { it: ['alluvione', 'alluvioni', 'inondazione', 'esondazione', 'esondato', 'allagamenti'], ro: ['inundație', 'inundații', 'inundațiile', 'viitură', 'viituri', 'revărsare'], en: ['flood', 'floods', 'flooding', 'inundated'] } },
  { id: 'earthquake', words: { it: ['terremoto', 'sisma', 'scossa', 'scosse', 'sismico'], ro: ['cutremur', 'cutremurul', 'seism', 'replici', 'seismic'], en: ['earthquake', 'quake', 'tremor', 'aftershock', 'aftershocks', 'seismic'] } },
  { id: 'winter-storm', words: { it: ['neve', 'nevicate', 'bufera', 'tormenta', 'gelo', 'ghiaccio', 'valanga'], ro: ['zăpadă', 'ninsoare', 'ninsori', 'viscol', 'polei', 'ger', 'troiene'], en: ['snow', 'snowstorm', 'blizzard', 'snowfall', 'ice'] } },
  { id: 'wildfire', words: { it: ['incendio', 'incendi', 'rogo', 'fiamme', 'roghi'], ro: ['incendiu', 'incendii', 'incendiile', 'flăcări', 'foc'], en: ['wildfire', 'wildfires', 'fire', 'fires', 'blaze', 'flames'] } },
  { id: 'heatwave', words: { it: ['caldo', 'afa', 'canicola', 'siccità'], ro: ['caniculă', 'căldură', 'secetă'], en: ['heatwave', 'drought', 'scorching'] } },
  { id: 'election', words: { it: ['elezioni', 'elettorale', 'voto', 'urne', 'scrutinio', 'affluenza', 'seggi'], ro: ['alegeri', 'alegerile', 'electorală', 'vot', 'urne', 'scrutin'], en: ['election', 'elections', 'vote', 'ballot', 'polls', 'turnout', 'electoral'] } },
  { id: 'strike', words: { it: ['sciopero', 'scioperi', 'vertenza'], ro: ['grevă', 'greve', 'sindicat', 'sindicatele'], en: ['strike', 'strikes', 'walkout'] } },
  { id: 'migration', words: { it: ['migranti', 'naufragio', 'barcone', 'sbarchi', 'profughi'], ro: ['migranți', 'naufragiu', 'ambarcațiune', 'refugiați', 'azil'], en: ['migrants', 'shipwreck', 'dinghy', 'refugees', 'asylum', 'capsized'] } },
  { id: 'road-accident', words: { it: ['incidente', 'scontro', 'schianto', 'autobus', 'pullman', 'ribaltato', 'autista'], ro: ['accident', 'accidentul', 'autocar', 'autocarul', 'autobuz', 'răsturnat', 'șofer', 'șoferul'], en: ['crash', 'accident', 'coach', 'bus', 'overturned', 'collision', 'driver'] } },
  { id: 'eruption', words: { it: ['eruzione', 'lava', 'vulcano', 'cratere'], ro: ['erupție', 'erupția', 'lavă', 'cenușă', 'vulcan', 'vulcanul', 'crater'], en: ['eruption', 'lava', 'ash', 'volcano', 'crater', 'erupted'] } },
  { id: 'air-attack', words: { it: ['droni', 'drone', 'missili', 'missile', 'raid', 'antiaerea'], ro: ['drone', 'dronele', 'rachete', 'racheta', 'doborâte', 'antiaeriană'], en: ['drones', 'drone', 'missiles', 'missile', 'air defence', 'shot down'] } },
  { id: 'public-funds', words: { it: ['fondi', 'coesione', 'bilancio', 'finanziamenti', 'programmazione', 'assorbimento'], ro: ['fonduri', 'fondurile', 'coeziune', 'buget', 'bugetul', 'absorbție', 'finanțare'], en: ['funds', 'cohesion', 'budget', 'funding', 'absorption', 'allocation'] } },
  { id: 'health-care', words: { it: ['ospedali', 'ospedale', 'medici', 'infermieri', 'sanità', 'pazienti'], ro: ['spitale', 'spitalele', 'medici', 'asistente', 'sănătății', 'pacienți'], en: ['hospitals', 'hospital', 'doctors', 'nurses', 'health', 'patients'] } },
  { id: 'war', words: { it: ['guerra', 'truppe', 'offensiva', 'bombardamenti', 'militari'], ro: ['război', 'trupe', 'ofensivă', 'bombardamente', 'front', 'militari'], en: ['war', 'troops', 'offensive', 'shelling', 'frontline', 'invasion'] } },
  { id: 'economy', words: { it: ['inflazione', 'prezzi', 'tassi', 'pil', 'economia'], ro: ['inflație', 'prețuri', 'dobânzi', 'pib', 'economie'], en: ['inflation', 'prices', 'gdp', 'economy'] } },
  { id: 'defence-summit', words: { it: ['vertice', 'summit', 'difesa', 'alleanza'], ro: ['summit', 'summitul', 'apărare', 'aliați', 'alianță'], en: ['summit', 'defence', 'defense', 'allies', 'alliance'] } },
];
