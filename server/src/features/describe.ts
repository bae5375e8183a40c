/** Words the features share to describe facts: display names of entities and counted nouns. */
import { knowledge } from '../core/knowledge';

/** The canonical display name of an entity (English where the data knows it), else how the text writes it. */
export function entityName(id: string, written: string): string {
  return knowledge().names.get(id) ?? written;
}

/** "1 claim", "3 claims". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
