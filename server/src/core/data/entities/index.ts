/**
 * The curated entities of every domain, in one list. Countries are not here: their names come from
 * Intl.DisplayNames and ../countryAliases.ts.
 */
import { EVENTS } from './events';
import { GEOGRAPHY } from './geography';
import { ITALY_ROMANIA_MOLDOVA_INSTITUTIONS } from './institutionsItalyRomaniaMoldova';
import type { KnownEntity } from './knownEntity';
import { ORGANIZATIONS } from './organizations';
import { BUSINESS_MEDIA_SPORT } from './organizationsBusinessMediaSport';
import { PEOPLE } from './people';
import { FORMER_LEADERS } from './peopleFormerLeaders';
import { EASTERN_EUROPE_PLACES } from './placesEasternEurope';
import { EUROPE_PLACES } from './placesEurope';
import { ITALY_PLACES } from './placesItaly';
import { ROMANIA_MOLDOVA_PLACES } from './placesRomaniaMoldova';
import { WORLD_PLACES } from './placesWorld';

export type { KnownEntity, KnownEntityType } from './knownEntity';

export const KNOWN_ENTITIES: readonly KnownEntity[] = [
  ...ITALY_PLACES,
  ...ROMANIA_MOLDOVA_PLACES,
  ...EASTERN_EUROPE_PLACES,
  ...EUROPE_PLACES,
  ...WORLD_PLACES,
  ...GEOGRAPHY,
  ...PEOPLE,
  ...FORMER_LEADERS,
  ...ORGANIZATIONS,
  ...ITALY_ROMANIA_MOLDOVA_INSTITUTIONS,
  ...BUSINESS_MEDIA_SPORT,
  ...EVENTS,
];
