/** Claims of a text written out for tests to compare, shared by the claim and number tests. */
import { extractClaims } from '../../server/src/core/claims';
import type { Claim, Language } from '../../server/src/core/types';

/**
 * A reader of a text's claims as `text:field:...` ("5 km:measure:km"); the field `range` is `low-high`. Values are
 * written as a template literal writes them (`null` for none).
 */
export function claimReader(...fields: readonly (keyof Claim | 'range')[]): (text: string, language: Language) => string[] {
  return (text, language) => extractClaims(text, language).map((c) =>
    [c.text, ...fields.map((f) => (f === 'range' ? `${c.low}-${c.high}` : `${c[f]}`))].join(':'));
}
