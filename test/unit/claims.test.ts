/** Numeric claims: spans, values, qualifiers, units, concepts; fixtures with the expectation beside them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../../server/src/core/analyze';
import { extractClaims } from '../../server/src/core/claims';
import { claimReader } from './claimReader';
import { isConceptCue, isFunctionWord } from '../../server/src/core/concepts';
import { related } from '../../server/src/core/links';
import { countedNoun } from '../../server/src/core/units';
import { UNIT_SCALES } from '../../server/src/core/data/units';
import type { Claim, Language } from '../../server/src/core/types';

type Expected = Partial<Omit<Claim, 'start' | 'end'>> & { text: string };

/** Checks that a claim with the expected text exists and has the listed fields (the others are not checked). */
function expectClaims(text: string, language: Language, expected: readonly Expected[], where = text): void {
  const claims = extractClaims(text, language);
  for (const c of claims) assert.equal(text.slice(c.start, c.end), c.text, `${where}: span of "${c.text}"`);
  for (const e of expected) {
    const found = claims.find((c) => c.text === e.text);
    assert.ok(found, `${where}: no claim "${e.text}" in ${JSON.stringify(claims.map((c) => c.text))}`);
    for (const [key, value] of Object.entries(e)) {
      assert.deepEqual(found[key as keyof Claim], value, `${where}: "${e.text}".${key}`);
    }
  }
}

const FIXTURES: readonly [string, Language, Expected[]][] = [
  // A time in hours, minutes and seconds is a span of time in seconds, and none of its parts a figure.
  ['Kiprono won in 2:11:48, outside the record of 2:08:27.', 'en', [{ text: '2:11:48', low: 7908, high: 7908, kind: 'count', unit: 'second', concept: 'duration' }, { text: '2:08:27', low: 7707, high: 7707 }]],
  // Race times and paces with marks, as Italian and Romanian sports pages write them; in English, minutes and
  // seconds so marked would be feet and inches.
  ['Rotich ha vinto in 2h07\'48", al ritmo di 3\'01" al chilometro; Girma, secondo in 2h08\'15".', 'it', [
    { text: '2h07\'48"', low: 7668, high: 7668, unit: 'second', concept: 'duration' }, { text: '3\'01"', low: 181, unit: 'second' },
    { text: 'secondo', low: 2, kind: 'ordinal' }, { text: '2h08\'15"', low: 7695 },
  ]],
  ['He won in 2h07\'48"; his coach is 5\'11" tall.', 'en', [{ text: '2h07\'48"', low: 7668, unit: 'second' }, { text: '5', low: 5, kind: 'count' }]],
  // A span said in several units is one figure, in its smallest unit, with the qualifier of its first part.
  ['A câștigat în sub 2 ore și 8 minute; recordul era de 2 ore, 8 minute și 37 de secunde.', 'ro', [
    { text: 'sub 2 ore și 8 minute', low: 128, high: 128, qualifier: 'less-than', unit: 'minute', concept: 'duration' },
    { text: '2 ore, 8 minute și 37 de secunde', low: 7717, unit: 'second', concept: 'duration' },
  ]],
  ['Il viaggio dura 2 ore e 30 minuti.', 'it', [{ text: '2 ore e 30 minuti', low: 150, unit: 'minute' }]],
  ['It took two hours and eight minutes, then three days.', 'en', [{ text: 'two hours and eight minutes', low: 128, unit: 'minute' }, { text: 'three days', low: 3, unit: 'day' }]],
  // Ranges.
  ['Tra 10 e 12 mila soldati.', 'it', [{ text: 'Tra 10 e 12 mila soldati', low: 10000, high: 12000, unit: 'soldier', concept: 'troops' }]],
  ['Fornito 10.000-12.000 soldati.', 'it', [{ text: '10.000-12.000 soldati', low: 10000, high: 12000 }]],
  // A currency sign before each figure of a range that only encloses; "from ... to" may be a change, two sums.
  ['Damage put at between €1.5 billion and €2 billion.', 'en', [{ text: 'between €1.5 billion and €2 billion', low: 1.5e9, high: 2e9, unit: 'EUR', kind: 'money' }]],
  ['Revenue rose from €10 million to €12 million.', 'en', [{ text: '€10 million', low: 1e7, high: 1e7 }, { text: '€12 million', low: 1.2e7, high: 1.2e7 }]],
  // A share written whole at each end: two shares after "de la", "from"; a range after "între", "between".
  ['TVA crește de la 19% la 21%.', 'ro', [{ text: '19%', low: 19, high: 19 }, { text: '21%', low: 21, high: 21 }]],
  ['VAT rises from 19% to 21%.', 'en', [{ text: '19%', low: 19, high: 19 }, { text: '21%', low: 21, high: 21 }]],
  ['Taxe între 12% și 30%.', 'ro', [{ text: 'între 12% și 30%', low: 12, high: 30 }]],
  ['Tra 11.000–12.000 truppe.', 'it', [{ text: '11.000–12.000 truppe', low: 11000, high: 12000 }]],
  ['Au trimis între 10 și 12 mii de soldați.', 'ro', [{ text: 'între 10 și 12 mii de soldați', low: 10000, high: 12000, concept: 'troops' }]],
  ['They sent between 10 and 12 thousand troops.', 'en', [{ text: 'between 10 and 12 thousand troops', low: 10000, high: 12000 }]],
  // "Până la" joins two figures as "to" does, without "de la" before the first.
  ['Simptomele apar după trei până la șase săptămâni.', 'ro', [{ text: 'trei până la șase săptămâni', low: 3, high: 6 }]],
  // After a verb of change, "from ... to" gives where the change starts and ends: two figures, the first with the
  // unit of the second.
  ['Prices rose from 10 to 12 percent.', 'en', [{ text: '10', low: 10, high: 10, kind: 'percent', unit: 'percent' }, { text: '12 percent', low: 12, high: 12, kind: 'percent' }]],
  ['Il mensile passerà da 35 a 46 euro.', 'it', [{ text: '35', low: 35, kind: 'money', unit: 'EUR' }, { text: '46 euro', low: 46, kind: 'money', unit: 'EUR' }]],
  ['Abonamentul urcă de la 35 la 46 de euro.', 'ro', [{ text: '35', low: 35, kind: 'money', unit: 'EUR' }, { text: '46 de euro', low: 46, kind: 'money' }]],
  ['Le multe vanno da 35 a 46 euro.', 'it', [{ text: 'da 35 a 46 euro', low: 35, high: 46, kind: 'money' }]],
  // Fractions: of a scale they are that part of it; before a share word or after a qualifier, a share in percent.
  ['Sono state ordinate mezzo milione di dosi.', 'it', [{ text: 'mezzo milione di dosi', low: 500000, high: 500000 }]],
  ['Au fost comandate jumătate de milion de doze, un sfert de miliard de euro.', 'ro', [{ text: 'jumătate de milion de doze', low: 500000 }, { text: 'un sfert de miliard de euro', low: 250000000, kind: 'money' }]],
  ['Nearly half a million notes; a quarter of a million tonnes.', 'en', [{ text: 'Nearly half a million notes', low: 500000, qualifier: 'at-most' }, { text: 'a quarter of a million tonnes', low: 250000 }]],
  ['About half of them left; a third of the votes.', 'en', [{ text: 'About half', low: 50, kind: 'percent', qualifier: 'approximately' }, { text: 'a third', kind: 'percent' }]],
  ['Oltre la metà dei casi.', 'it', [{ text: 'Oltre la metà', low: 50, kind: 'percent', qualifier: 'more-than' }]],
  ['Aproape jumătate din piață.', 'ro', [{ text: 'Aproape jumătate', low: 50, kind: 'percent', qualifier: 'at-most' }]],
  // "sei" (also "you are") and "nouă" (also "new") are numbers before a partitive or an unknown plural noun.
  ['Quando sei sommozzatori hanno superato i sifoni; sei dei quali a Buzău.', 'it', [{ text: 'sei sommozzatori', low: 6 }, { text: 'sei', low: 6 }]],
  ['Nouă dintre ele vor lega capitala; au găsit nouă focare.', 'ro', [{ text: 'Nouă', low: 9 }, { text: 'nouă focare', low: 9 }]],
  ['Pescarii au pierdut nouă bărcuțe în furtună.', 'ro', [{ text: 'nouă bărcuțe', low: 9 }]],
  ["Vive a Roma da vent'anni, quasi trent'anni di carriera.", 'it', [{ text: "vent'anni", low: 20, unit: 'year' }, { text: "quasi trent'anni", low: 30, qualifier: 'at-most' }]],
  ['It took 10 to 12 days.', 'en', [{ text: '10 to 12 days', low: 10, high: 12, unit: 'day' }]],
  ['Hanno vinto 3-1 in casa.', 'it', [{ text: '3', low: 3, high: 3 }, { text: '1', low: 1, high: 1 }]],
  // Counted nouns in three languages: one unit and concept for the same thing.
  ['About 180 inmates took part in the riot.', 'en', [{ text: 'About 180 inmates', unit: 'prisoner', concept: 'prisoners' }]],
  ['Il focolaio ha raggiunto 36 distretti.', 'it', [{ text: '36 distretti', unit: 'county', concept: 'counties' }]],
  ['Oltre 720.000 visitatori hanno pagato il ticket.', 'it', [{ text: 'Oltre 720.000 visitatori', unit: 'visitor', concept: 'tourists' }]],
  ['Gerul a afectat circa 15.000 de ferme.', 'ro', [{ text: 'circa 15.000 de ferme', unit: 'farm', concept: 'companies' }]],
  // A noun of two words is what the two make ("posti" alone are seats); an adjective may stand before the noun.
  ['Il cantiere ha creato 120 posti di lavoro e 300 posti letto.', 'it', [{ text: '120 posti di lavoro', unit: 'job', concept: 'jobs' }, { text: '300 posti letto', unit: 'bed' }]],
  ['Fabrica oferă 150 de locuri de muncă.', 'ro', [{ text: '150 de locuri de muncă', unit: 'job' }]],
  ['Sono stati registrati quattro nuovi casi.', 'it', [{ text: 'quattro nuovi casi', unit: 'case', concept: 'cases' }]],
  // Where a border is crossed, in three languages; crossings alone are of people or ferries.
  ['La Finlandia ha chiuso otto valichi e venti posti di blocco.', 'it', [{ text: 'otto valichi', unit: 'checkpoint' }, { text: 'venti posti di blocco', unit: 'checkpoint' }]],
  ['Finlanda a închis opt puncte de trecere.', 'ro', [{ text: 'opt puncte de trecere', unit: 'checkpoint' }]],
  ['Finland closed nine crossing points and four border crossings after 1,200 irregular crossings.', 'en', [{ text: 'nine crossing points', unit: 'checkpoint' }, { text: 'four border crossings', unit: 'checkpoint' }, { text: '1,200 irregular crossings', unit: 'crossing' }]],
  // Crossings alone are a ferry's runs; display cases, scooters and teaching staff in each language.
  ['The ferry made eight crossings on Monday.', 'en', [{ text: 'eight crossings', unit: 'run', concept: 'services' }]],
  ['Au spart două vitrine și au fugit pe două scutere; peste 28.000 de cadre didactice.', 'ro', [{ text: 'două vitrine', unit: 'display-case' }, { text: 'două scutere', unit: 'scooter' }, { text: 'peste 28.000 de cadre didactice', unit: 'teacher', concept: 'teachers' }]],
  // A temperature below zero by a word before it or a phrase after it.
  ['A Sarajevo ci sono 9 gradi sotto zero, a Roma 12 gradi.', 'it', [{ text: '9 gradi sotto zero', low: -9, unit: 'celsius' }, { text: '12 gradi', low: 12 }]],
  ['It was five degrees below zero.', 'en', [{ text: 'five degrees below zero', low: -5, unit: 'celsius' }]],
  // Each figure of a range takes its own article.
  ['Le vittime avevano tra i 45 e gli 82 anni.', 'it', [{ text: 'tra i 45 e gli 82 anni', low: 45, high: 82, unit: 'year' }]],
  // Outbreaks of a disease are counted as such, not as fires.
  ['Aviaria, 14 focolai in Veneto; în România, nouă focare; seven outbreaks.', 'it', [{ text: '14 focolai', unit: 'outbreak', concept: 'outbreaks' }]],
  // A past form after a figure is a verb, not what is counted: here that is what the figure before counts.
  ['Officials confirmed 14 outbreaks, two reported on Monday.', 'en', [{ text: '14 outbreaks', unit: 'outbreak' }, { text: 'two', unit: 'outbreak' }]],
  ['Nine reported to the police.', 'en', [{ text: 'Nine', unit: null }]],
  // A figure in millions without its currency, next to one with it, is a sum in that currency.
  ['Costul, estimat la 81,6 milioane de euro, a ajuns la aproximativ 124 de milioane.', 'ro', [{ text: '81,6 milioane de euro', kind: 'money' }, { text: 'aproximativ 124 de milioane', low: 124000000, kind: 'money', unit: 'EUR' }]],
  ['Record da oltre 412 milioni a Nizza. Il jackpot di 412,6 milioni di euro è stato vinto.', 'it', [{ text: 'oltre 412 milioni', kind: 'money', unit: 'EUR' }, { text: '412,6 milioni di euro', kind: 'money' }]],
  // A past form found only by the stem of a noun is a verb: "tested" does not count tests, the samples are counted.
  ['Officials said 43 samples tested positive.', 'en', [{ text: '43 samples', unit: 'sample', concept: 'samples' }]],
  // Who hires, and heavy machines.
  ['Sono stati denunciati tre imprenditori.', 'it', [{ text: 'tre imprenditori', unit: 'employer' }]],
  ['Three Italian farm owners were charged; 12 utilaje au fost aduse.', 'en', [{ text: 'Three Italian farm owners', unit: 'employer' }]],
  ['Drumarii au adus 12 utilaje.', 'ro', [{ text: '12 utilaje', unit: 'vehicle', concept: 'vehicles' }]],
  // A rate is what qualifies it: "rate" or "tasso" alone is no interest rate.
  ['The euro area unemployment rate fell to 6.1% in March.', 'en', [{ text: '6.1%', concept: 'unemployment' }]],
  ['Il tasso di disoccupazione è sceso al 6,1%.', 'it', [{ text: '6,1%', concept: 'unemployment' }]],
  ['The central bank kept its deposit rate at 2%.', 'en', [{ text: '2%', concept: 'interest-rate' }]],
  // A verb after the people counted is no counted noun of its own, whatever its stem: "packed" is not "packs".
  ['The boat carried about 45 people packed into a small hull.', 'en', [{ text: 'about 45 people', unit: 'person' }]],
  // English joins a figure to its unit with a hyphen before a noun, which is not what is counted.
  ['Unions called a 24-hour strike on Friday.', 'en', [{ text: '24-hour', low: 24, unit: 'hour', concept: 'duration' }]],
  ['The film got an eight-minute ovation.', 'en', [{ text: 'eight-minute', low: 8, unit: 'minute' }]],
  ['A 3-kilometre tailback formed.', 'en', [{ text: '3-kilometre', kind: 'measure', unit: 'km' }]],
  ['A 35-year-old man was arrested.', 'en', [{ text: '35-year-old', low: 35, unit: 'year' }]],
  // Qualifiers.
  ['Sono arrivati circa 600 soldati.', 'it', [{ text: 'circa 600 soldati', qualifier: 'approximately' }]],
  ['Quasi 600 soldati.', 'it', [{ text: 'Quasi 600 soldati', qualifier: 'at-most' }]],
  ['Oltre 3.000 persone sono state evacuate.', 'it', [{ text: 'Oltre 3.000 persone', qualifier: 'more-than', concept: 'displaced' }]],
  ['Più del 50% dei voti.', 'it', [{ text: 'Più del 50%', qualifier: 'more-than', kind: 'percent', concept: 'votes' }]],
  // English "over" before a span of time states the span, unless a word before or after makes it more than it.
  ['The works will be spread over five years; for over five years nothing happened, and it began over ten years ago.', 'en', [{ text: 'five years', low: 5, qualifier: 'exact' }, { text: 'over five years', qualifier: 'more-than' }, { text: 'over ten years', qualifier: 'more-than' }]],
  // Nights are a span of time as days are: "over three nights" states the three.
  ['Crowds gathered over three nights; the festival lasted over two nights.', 'en', [{ text: 'three nights', low: 3, qualifier: 'exact', unit: 'night' }, { text: 'over two nights', qualifier: 'more-than' }]],
  ['Over 400 people came over three days.', 'en', [{ text: 'Over 400 people', qualifier: 'more-than' }, { text: 'three days', qualifier: 'exact' }]],
  ['Fino a 40 gradi.', 'it', [{ text: 'Fino a 40 gradi', qualifier: 'at-most', kind: 'measure', unit: 'celsius', concept: 'temperature' }]],
  ['Meno di 100 feriti.', 'it', [{ text: 'Meno di 100 feriti', qualifier: 'less-than', concept: 'injured' }]],
  ['Aproximativ 1.300 de locuințe.', 'ro', [{ text: 'Aproximativ 1.300 de locuințe', qualifier: 'approximately', unit: 'house', concept: 'houses' }]],
  ['Cel puțin 14 persoane au murit.', 'ro', [{ text: 'Cel puțin 14 persoane', qualifier: 'at-least', concept: 'deaths' }]],
  ['Peste 520 de răniți.', 'ro', [{ text: 'Peste 520 de răniți', qualifier: 'more-than', concept: 'injured' }]],
  ['Aproape 2.000 de oameni.', 'ro', [{ text: 'Aproape 2.000 de oameni', qualifier: 'at-most', unit: 'person' }]],
  ['At least 14 people were killed.', 'en', [{ text: 'At least 14 people', qualifier: 'at-least', unit: 'person', concept: 'deaths' }]],
  ['Some 3,000 troops and nearly 40 roads.', 'en', [{ text: 'Some 3,000 troops', qualifier: 'approximately' }, { text: 'nearly 40 roads', qualifier: 'at-most' }]],
  ['Fewer than 20 were injured, up to 30 missing.', 'en', [{ text: 'Fewer than 20', qualifier: 'less-than', concept: 'injured' }, { text: 'up to 30 missing', qualifier: 'at-most', concept: 'missing' }]],
  ['Ci sono migliaia di persone.', 'it', [{ text: 'migliaia di persone', low: 1000, qualifier: 'at-least', unit: 'person' }]],
  ['Una decina di feriti.', 'it', [{ text: 'Una decina di feriti', low: 10, qualifier: 'approximately', concept: 'injured' }]],
  // Partitives: the part counts what the whole does, but for what happened to people.
  ['Cases were confirmed in 38 of the country\'s 41 counties.', 'en', [{ text: '38', unit: 'county', concept: 'counties' }]],
  ['Cases were confirmed in 38 of the 41 counties.', 'en', [{ text: '38', unit: 'county', concept: 'counties' }]],
  ['Floods killed 8 of the 41 passengers.', 'en', [{ text: '8', concept: 'deaths' }]],
  // The two ends of a change, each with its unit, count the same thing.
  ['Guvernul a aprobat majorarea salariului minim de la 4.325 de lei la 4.600 de lei, o creștere de 275 de lei.', 'ro', [
    { text: '4.325 de lei', concept: 'salary' }, { text: '4.600 de lei', concept: 'salary' },
  ]],
  // An elided noun says more than a topic named nearby.
  ['The region has more than 2,000 wolves, with the largest populations in the north, where there are at least 900.', 'en', [{ text: 'at least 900', unit: 'wolf', concept: 'wolves' }]],
  ['In regione ci sono oltre 2.000 lupi, con le popolazioni più grandi al nord, dove sono almeno 900.', 'it', [{ text: 'almeno 900', unit: 'wolf', concept: 'wolves' }]],
  // "Lives" counts deaths; "living", with the same English stem, does not. A place's population is counted as such.
  ['The storm claimed 14 lives.', 'en', [{ text: '14 lives', concept: 'deaths' }]],
  ['Wolf numbers have risen to about 1,150, living in 190 packs.', 'en', [{ text: 'about 1,150', concept: 'wolves' }, { text: '190 packs', concept: null }]],
  ['Nel centro storico la popolazione è scesa a 49.000.', 'it', [{ text: '49.000', concept: 'population' }]],
  ['În centrul istoric, populația a scăzut la 49.000.', 'ro', [{ text: '49.000', concept: 'population' }]],
  // Increments.
  ['Another 3,000 troops were sent, and 500 more soldiers.', 'en', [{ text: 'Another 3,000 troops', additional: true }, { text: '500 more soldiers', additional: true }]],
  ['Four other reactors kept running.', 'en', [{ text: 'Four other reactors', additional: true, unit: 'reactor' }]],
  ['Încă 3.000 de soldați, alți 500 de militari.', 'ro', [{ text: 'Încă 3.000 de soldați', additional: true }, { text: 'alți 500 de militari', additional: true }]],
  ['Ulteriori 200 soccorritori.', 'it', [{ text: 'Ulteriori 200 soccorritori', additional: true, concept: 'rescuers' }]],
  ['Sono arrivati 3.000 soldati in più.', 'it', [{ text: '3.000 soldati', additional: true }]],
  // "New" is part of the claim and no increment: outlets say it of totals ("auto nuove" registered in a month) and
  // of the same figure or not.
  ['Br, quindici nuovi arresti.', 'it', [{ text: 'quindici nuovi arresti', low: 15, additional: false, concept: 'arrests', unit: 'arrest' }]],
  ['Sono state immatricolate 1.081.726 auto nuove.', 'it', [{ text: '1.081.726 auto', low: 1081726, additional: false, unit: 'vehicle' }]],
  ['Au fost înmatriculate 14.212 autoturisme noi.', 'ro', [{ text: '14.212 autoturisme', additional: false, unit: 'vehicle' }]],
  ['There were 12 new cases.', 'en', [{ text: '12 new cases', additional: false, unit: 'case' }]],
  ['Altri 15 nuovi arresti.', 'it', [{ text: 'Altri 15 nuovi arresti', additional: true, unit: 'arrest' }]],
  // Jobs to go, shares of a company, captives.
  ['Sono previsti circa 3.000 esuberi.', 'it', [{ text: 'circa 3.000 esuberi', unit: 'layoff', concept: 'jobs' }]],
  ['The bank will cut 2,500 jobs.', 'en', [{ text: '2,500 jobs', unit: 'job', concept: 'jobs' }]],
  ['Riceveranno 0,175 azioni per ogni titolo.', 'it', [{ text: '0,175 azioni', low: 0.175, unit: 'share' }]],
  ['Vor fi emise 265 de milioane de acțiuni noi.', 'ro', [{ text: '265 de milioane de acțiuni', low: 265e6, unit: 'share' }]],
  ['It has freed 4,641 captives since 2022.', 'en', [{ text: '4,641 captives', unit: 'prisoner', concept: 'prisoners' }]],
  // Ranks beyond the second before the nouns of idioms of the first; Italian ordinals of 11 to 19 and in "-esimo"
  // after a cut vowel.
  ['È la sesta linea della rete, al quarto piano.', 'it', [{ text: 'sesta', low: 6, kind: 'ordinal' }, { text: 'quarto', low: 4, kind: 'ordinal' }]],
  ['Este a șasea linie de metrou.', 'ro', [{ text: 'a șasea', low: 6, kind: 'ordinal' }]],
  ['È il diciassettesimo anno consecutivo, l\'undicesimo per Roma, il millesimo visitatore.', 'it', [
    { text: 'diciassettesimo', low: 17, kind: 'ordinal' }, { text: 'undicesimo', low: 11, kind: 'ordinal' }, { text: 'millesimo', low: 1000, kind: 'ordinal' },
  ]],
  ['Circa 4.300 coppie in almeno 20 laghi; 300 trattori.', 'it', [{ text: 'Circa 4.300 coppie', unit: 'pair' }, { text: 'almeno 20 laghi', unit: 'lake' }, { text: '300 trattori', unit: 'tractor', concept: 'vehicles' }]],
  ['Au fost numărate 4.350 de perechi și cel puțin 23 de lacuri.', 'ro', [{ text: '4.350 de perechi', unit: 'pair' }, { text: 'cel puțin 23 de lacuri', unit: 'lake' }]],
  // Doctors "recruited" are no troops; hundredths of a currency are one noun in three languages.
  ['Con 4.500 medici in meno, reclutare all\'estero non basta.', 'it', [{ text: '4.500 medici', unit: 'doctor', concept: 'doctors' }]],
  // Hundredths of a currency are sums in its units: euro cents, and the bani of a leu (Moldovan in Moldova).
  ['Il prezzo sale di 9 centesimi al litro.', 'it', [{ text: '9 centesimi', low: 0.09, kind: 'money', unit: 'EUR' }]],
  ['Prețul crește cu 9 eurocenți pe litru.', 'ro', [{ text: '9 eurocenți', low: 0.09, kind: 'money', unit: 'EUR' }]],
  ['The price rose by 9 cents a litre, or 35 per cent.', 'en', [{ text: '9 cents', low: 0.09, kind: 'money', unit: 'EUR' }, { text: '35 per cent', kind: 'percent' }]],
  ['Pâinea se scumpește cu 50 de bani.', 'ro', [{ text: '50 de bani', low: 0.5, kind: 'money', unit: 'RON' }]],
  // The Bulgarian lev, and more currencies of Europe; entities listed are bodies; a span of time after a plural counts
  // nothing of it; those who took part in an event are people.
  ['Guvernul a aprobat 5 milioane de leva.', 'ro', [{ text: '5 milioane de leva', low: 5e6, kind: 'money', unit: 'BGN' }]],
  ['The aid was 3 million leva, or 40 million Czech crowns.', 'en', [{ text: '3 million leva', kind: 'money', unit: 'BGN' }, { text: '40 million Czech crowns', kind: 'money', unit: 'CZK' }]],
  ['It listed 117 individuals and 96 entities days before the anniversary.', 'en', [{ text: '117 individuals', unit: 'person' }, { text: '96 entities', unit: 'company', concept: 'companies' }]],
  ['Sono state inserite 96 entità.', 'it', [{ text: '96 entità', unit: 'company' }]],
  ['Au fost 54.000 de participanți.', 'ro', [{ text: '54.000 de participanți', unit: 'person' }]],
  // A measure written at each end of a range is one range, unless "from" opens a change; inches; convertible marks.
  ['Sea temperatures were 4C to 5C above the average, between 10 km and 12 km offshore.', 'en', [{ text: '4C to 5C', low: 4, high: 5, unit: 'celsius' }, { text: 'between 10 km and 12 km', low: 10, high: 12, unit: 'km' }]],
  ['The runway was extended from 2,400 metres to 3,000 metres, for wafers of 12 inches.', 'en', [{ text: '2,400 metres', low: 2400, high: 2400 }, { text: '3,000 metres', low: 3000, high: 3000 }, { text: '12 inches', kind: 'measure', unit: 'inch' }]],
  ['Pagubele depășesc 100 de milioane de mărci convertibile.', 'ro', [{ text: '100 de milioane de mărci convertibile', kind: 'money', unit: 'BAM' }]],
  // The Macedonian denar, in a text about North Macedonia; elsewhere "denari" are Roman coins.
  ['A Skopje le multe arrivano fino a 61.500 denari.', 'it', [{ text: 'fino a 61.500 denari', low: 61500, kind: 'money', unit: 'MKD' }]],
  ["North Macedonia's capital set aside 154 million denars.", 'en', [{ text: '154 million denars', low: 154e6, kind: 'money', unit: 'MKD' }]],
  ["Il tesoro conta 1.412 denari d'argento.", 'it', [{ text: '1.412 denari', low: 1412, kind: 'count' }]],
  // Square miles, pounds by their symbol, quintals, and Italian "30 all'ora".
  // Scores in a row are the games or points each side won, two figures each, no range; a lone pair stays a range.
  ['Ha perso 4-6, 3-6; erano attese 10-12 mila persone.', 'it', [
    { text: '4', low: 4, high: 4 }, { text: '3', low: 3, high: 3 }, { text: '10-12 mila persone', low: 10000, high: 12000 },
  ]],
  ['Bulgaria lost 17-25, 21-25.', 'en', [{ text: '17', low: 17, high: 17 }, { text: '21', low: 21, high: 21 }]],
  // Below zero in Fahrenheit too; a bare figure with a minus sign glued to it is below zero, a dash between figures no sign.
  ['It fell to minus 28.4C (minus 19F).', 'en', [{ text: 'minus 19F', low: -19, high: -19, unit: 'fahrenheit' }]],
  ['A Bologna -28,4 gradi e -6 nella Capitale; Roma-Lazio 3-1.', 'it', [{ text: '-6', low: -6, high: -6, unit: null }, { text: '1', low: 1, high: 1 }]],
  // Locals are inhabitants, not localities; growers are farmers; rangers are counted.
  ['About 150 locals, 2,300 growers and six rangers came.', 'en', [{ text: 'About 150 locals', unit: 'inhabitant', concept: 'population' }, { text: '2,300 growers', unit: 'farmer' }, { text: 'six rangers', unit: 'ranger', concept: 'workers' }]],
  ['Au venit aproximativ 150 de localnici și șase rangeri.', 'ro', [{ text: 'aproximativ 150 de localnici', unit: 'inhabitant' }, { text: 'șase rangeri', unit: 'ranger' }]],
  // Villas are houses; bank accounts are counted.
  ['Sequestrate 11 ville e 62 conti correnti.', 'it', [{ text: '11 ville', unit: 'house', concept: 'houses' }, { text: '62 conti', unit: 'account' }]],
  ['Au fost confiscate 11 vile și peste 60 de conturi bancare.', 'ro', [{ text: '11 vile', unit: 'house' }, { text: 'peste 60 de conturi', unit: 'account' }]],
  ['Police seized 11 villas and 62 bank accounts.', 'en', [{ text: '11 villas', unit: 'house' }, { text: '62 bank accounts', unit: 'account' }]],
  // Researchers and scientists are experts; officials are counted; seasons too.
  ['Due dozzine di scienziati, due funzionari e due stagioni.', 'it', [
    { text: 'Due dozzine di scienziati', low: 24, unit: 'researcher', concept: 'experts' }, { text: 'due funzionari', unit: 'official', concept: 'officials' },
    { text: 'due stagioni', unit: 'season' },
  ]],
  ['32 de cercetători, doi funcționari, două sezoane.', 'ro', [{ text: '32 de cercetători', unit: 'researcher' }, { text: 'doi funcționari', unit: 'official' }, { text: 'două sezoane', unit: 'season' }]],
  ['Two dozen scientists and two council officials in two seasons.', 'en', [{ text: 'Two dozen scientists', low: 24, unit: 'researcher' }, { text: 'two seasons', unit: 'season' }]],
  // Surgeons and specialists are doctors.
  ['Due chirurghi e un anestesista; doi ginecologi; two surgeons.', 'it', [{ text: 'Due chirurghi', unit: 'doctor', concept: 'doctors' }]],
  ['Au operat șase chirurgi.', 'ro', [{ text: 'șase chirurgi', unit: 'doctor' }]],
  // The article-one before a word of "single" is a count of one.
  ['Un singur pompier a fost rănit, iar o singură persoană a murit.', 'ro', [{ text: 'Un singur pompier', low: 1, unit: 'firefighter' }, { text: 'o singură persoană', low: 1, unit: 'person' }]],
  ['Una sola persona è morta.', 'it', [{ text: 'Una sola persona', low: 1, unit: 'person' }]],
  ['A single firefighter was hurt.', 'en', [{ text: 'A single firefighter', low: 1, unit: 'firefighter' }]],
  // Points of sale are shops, warming points shelters, a hall's armchairs and chairs its seats.
  ['Apriranno 60 punti vendita e 40 supermercati; bruciate 320 poltrone; aperti tre punti di riscaldamento.', 'it', [
    { text: '60 punti vendita', unit: 'shop' }, { text: '40 supermercati', unit: 'shop' }, { text: '320 poltrone', unit: 'seat', concept: 'seats' },
    { text: 'tre punti di riscaldamento', unit: 'shelter', concept: 'shelters' },
  ]],
  ['60 de supermarketuri noi, 250 de scaune și cinci puncte de încălzire.', 'ro', [
    { text: '60 de supermarketuri', unit: 'shop' }, { text: '250 de scaune', unit: 'seat' }, { text: 'cinci puncte de încălzire', unit: 'shelter' },
  ]],
  ['More than 50 new supermarkets and 200 heating points.', 'en', [{ text: 'More than 50 new supermarkets', unit: 'shop' }, { text: '200 heating points', unit: 'shelter' }]],
  // Italian "miglia" are nautical miles: news measures land in kilometres.
  ['Il barcone si è ribaltato a circa 20 miglia dalla costa.', 'it', [{ text: 'circa 20 miglia', kind: 'measure', unit: 'nautical-mile', concept: 'distance' }]],
  // "pounds" written out are a weight where "of" and a word follow, or a word of weighing comes before; else sterling.
  ['They found nearly 18 pounds of plastic; the lynx, weighing between 40 and 55 pounds. Tickets cost 40 pounds.', 'en', [
    { text: 'nearly 18 pounds', kind: 'measure', unit: 'pound', concept: 'weight' }, { text: 'between 40 and 55 pounds', low: 40, high: 55, kind: 'measure', unit: 'pound' },
    { text: '40 pounds', kind: 'money', unit: 'GBP' },
  ]],
  // What a dig or a wreck gives up, a bank vault's boxes, archaeologists and marathon runners.
  ['Recuperate sei anfore e tre monete; aperte oltre 90 cassette; 1.842 maratoneti e 12 archeologi.', 'it', [
    { text: 'sei anfore', unit: 'amphora' }, { text: 'tre monete', unit: 'coin' }, { text: 'oltre 90 cassette', unit: 'box' },
    { text: '1.842 maratoneti', unit: 'runner' }, { text: '12 archeologi', unit: 'archaeologist', concept: 'experts' },
  ]],
  ['Aproape 100 de casete de valori, 15 arheologi și șase amfore.', 'ro', [{ text: 'Aproape 100 de casete', unit: 'box' }, { text: '15 arheologi', unit: 'archaeologist' }, { text: 'șase amfore', unit: 'amphora' }]],
  ['More than 90 safe-deposit boxes, two amphorae and a dozen underwater archaeologists.', 'en', [
    { text: 'More than 90 safe-deposit boxes', unit: 'box' }, { text: 'two amphorae', unit: 'amphora' }, { text: 'a dozen underwater archaeologists', low: 12, unit: 'archaeologist' },
  ]],
  ['The survey covered about 715 square miles; the hoard weighs about 10lb.', 'en', [{ text: 'about 715 square miles', kind: 'measure', unit: 'square-mile', concept: 'area' }, { text: 'about 10lb', kind: 'measure', unit: 'pound', concept: 'weight' }]],
  ['Il raccolto è sceso a 6.500 quintali.', 'it', [{ text: '6.500 quintali', low: 6500, kind: 'measure', unit: 'quintal', concept: 'weight' }]],
  ["Bologna, dodici mesi a 30 all'ora.", 'it', [{ text: 'dodici mesi', unit: 'month' }, { text: "30 all'ora", low: 30, kind: 'measure', unit: 'km/h', concept: 'speed' }]],
  // Wild animals counted; collisions are incidents; a nationality after an unknown noun is not what is counted.
  ['The plan allows 15,000 wild boar to be shot after 387 road collisions.', 'en', [{ text: '15,000 wild boar', unit: 'wild-boar', concept: 'animals' }, { text: '387 road collisions', unit: 'incident' }]],
  ['Planul permite împușcarea a 12.000 de mistreți.', 'ro', [{ text: '12.000 de mistreți', unit: 'wild-boar', concept: 'animals' }]],
  ['Recensământul a cuprins două parcuri italiene.', 'ro', [{ text: 'două parcuri', unit: 'parcuri', concept: null }]],
  // Lynx (Romanian only in the plural: "râs" is laughter), baits, and vets as doctors.
  ['Tre linci sono arrivate. Le hanno visitate tre veterinari, che hanno lanciato 25 esche.', 'it', [{ text: 'Tre linci', unit: 'lynx', concept: 'animals' }, { text: 'tre veterinari', unit: 'doctor', concept: 'doctors' }, { text: '25 esche', unit: 'bait' }]],
  ['Trei râși au ajuns. I-au văzut doi medici veterinari; s-au lansat 25 de momeli.', 'ro', [{ text: 'Trei râși', unit: 'lynx', concept: 'animals' }, { text: 'doi medici', unit: 'doctor', concept: 'doctors' }, { text: '25 de momeli', unit: 'bait' }]],
  ['Three lynx arrived. Two vets saw them; roughly 20 baits were dropped.', 'en', [{ text: 'Three lynx', unit: 'lynx', concept: 'animals' }, { text: 'Two vets', unit: 'doctor', concept: 'doctors' }, { text: 'roughly 20 baits', unit: 'bait' }]],
  // Italian "locali" are venues, counted as clubs, not "località"; crews are teams; meteors.
  ['Tre locali chiusi, due località evacuate, sei equipaggi in gara e circa 60 meteore.', 'it', [{ text: 'Tre locali', unit: 'club' }, { text: 'due località', unit: 'village' }, { text: 'sei equipaggi', unit: 'team' }, { text: 'circa 60 meteore', unit: 'meteor' }]],
  ['Trei localuri au fost amendate; peste 70 de meteori pe oră.', 'ro', [{ text: 'Trei localuri', unit: 'club' }, { text: 'peste 70 de meteori', unit: 'meteor' }]],
  // Pheasants of a hunting season.
  // Gates of a dam, samples taken for analysis, holidaymakers as tourists, guest nights as overnight stays.
  ['La diga ha aperto otto paratoie; analizzati oltre 100 campioni, con 250.000 villeggianti in zona.', 'it', [{ text: 'otto paratoie', unit: 'gate', concept: 'gates' }, { text: 'oltre 100 campioni', unit: 'sample', concept: 'samples' }, { text: '250.000 villeggianti', unit: 'tourist', concept: 'tourists' }]],
  ['Barajul a deschis șapte stavile; s-au prelevat 126 de probe.', 'ro', [{ text: 'șapte stavile', unit: 'gate' }, { text: '126 de probe', unit: 'sample', concept: 'samples' }]],
  ['Seven floodgates opened; more than 100 samples were taken from some 200,000 holidaymakers over 6.2 million guest nights.', 'en', [
    { text: 'Seven floodgates', unit: 'gate' }, { text: 'more than 100 samples', unit: 'sample' }, { text: 'some 200,000 holidaymakers', unit: 'tourist', concept: 'tourists' },
    { text: 'over 6.2 million guest nights', unit: 'overnight-stay', concept: 'overnight-stays' },
  ]],
  // Years are a span of time after a verb of lasting; alone they are as often ages.
  ["L'inchiesta, durata due anni, ha coinvolto un uomo di 40 anni.", 'it', [{ text: 'due anni', unit: 'year', concept: 'duration' }, { text: '40 anni', unit: 'year', concept: null }]],
  ['Ancheta a durat aproape doi ani.', 'ro', [{ text: 'aproape doi ani', unit: 'year', concept: 'duration' }]],
  ['The inquiry lasted two years; he is 40 years old.', 'en', [{ text: 'two years', unit: 'year', concept: 'duration' }, { text: '40 years', unit: 'year', concept: null }]],
  ['A 30-year-old man won a five-year contract.', 'en', [{ text: '30-year-old', unit: 'year', concept: null }, { text: 'five-year', unit: 'year', concept: 'duration' }]],
  // Operators are companies; Italian monitoring stations and airports; Romanian municipalities.
  ['Tre operatori gestiscono due scali e otto centraline.', 'it', [{ text: 'Tre operatori', unit: 'operator', concept: 'companies' }, { text: 'due scali', unit: 'airport' }, { text: 'otto centraline', unit: 'station' }]],
  ['Five operators serve four municipalities.', 'en', [{ text: 'Five operators', unit: 'operator', concept: 'companies' }, { text: 'four municipalities', unit: 'village' }]],
  ['Patru municipalități au fost afectate.', 'ro', [{ text: 'Patru municipalități', unit: 'village', concept: 'localities' }]],
  // A Romanian digit ordinal keeps its article across a thousands separator.
  ['Planetariul a primit a 10.000-a vizitatoare.', 'ro', [{ text: 'a 10.000-a', low: 10000, kind: 'ordinal' }]],
  ['Sono stati liberati 45.000 fagiani.', 'it', [{ text: '45.000 fagiani', unit: 'pheasant', concept: 'animals' }]],
  ['Au fost lansați aproximativ 40.000 de fazani.', 'ro', [{ text: 'aproximativ 40.000 de fazani', unit: 'pheasant', concept: 'animals' }]],
  // Provinces are counted with counties, in every language; tortoises with turtles.
  ['Il lupo ha colpito in una decina di province romene, e due tartarughe.', 'it', [{ text: 'una decina di province', unit: 'county', concept: 'counties' }, { text: 'due tartarughe', unit: 'turtle' }]],
  ['Atacurile au fost în 14 județe și peste 50 de provincii turcești.', 'ro', [{ text: '14 județe', unit: 'county' }, { text: 'peste 50 de provincii', unit: 'county' }]],
  ['Attacks were reported in 14 counties and 55 provinces; two tortoises were found.', 'en', [{ text: '14 counties', unit: 'county' }, { text: '55 provinces', unit: 'county' }, { text: 'two tortoises', unit: 'turtle', concept: 'animals' }]],
  // A price that rises or falls "from" one figure "to" another gives two figures, not a range.
  ['Biletul se scumpește de la 20 la 30 de lei.', 'ro', [{ text: '20', low: 20, high: 20, unit: 'RON' }, { text: '30 de lei', low: 30, high: 30, unit: 'RON' }]],
  // A span of time said as a time before now lends a bare figure after it no noun.
  ['Dieci anni fa, nel 2015, erano appena 47.', 'it', [{ text: 'Dieci anni', unit: 'year' }, { text: '47', unit: null, concept: null }]],
  // Petabytes are a million gigabytes.
  ['Users moved 45 petabytes of data.', 'en', [{ text: '45 petabytes', kind: 'measure', unit: 'PB', concept: 'data' }]],
  // A figure in digits takes a scale word after it, never a number word to add.
  ['The cost was put at €9.3bn two years ago.', 'en', [{ text: '€9.3bn', low: 9.3e9 }, { text: 'two years', low: 2, unit: 'year' }]],
  ['Il governo ha stanziato 20 milioni e 3 mila euro per 2 milioni trecentomila persone.', 'it', [{ text: '2 milioni trecentomila persone', low: 2_300_000 }]],
  // A fraction of a unit is that part of it: "half a percentage point", "mezzo punto percentuale".
  ['The rate was cut by half a percentage point, after three-quarters of a percentage point in May.', 'en', [
    { text: 'half a percentage point', low: 0.5, high: 0.5, unit: 'percentage-point' }, { text: 'three-quarters of a percentage point', low: 0.75, unit: 'percentage-point' },
  ]],
  ['Banca a redus dobânda cu jumătate de punct procentual.', 'ro', [{ text: 'jumătate de punct procentual', low: 0.5, unit: 'percentage-point' }]],
  ['La banca ha tagliato il tasso di mezzo punto percentuale, la metà del previsto.', 'it', [{ text: 'mezzo punto percentuale', low: 0.5, unit: 'percentage-point' }, { text: 'la metà', low: 50, kind: 'percent' }]],
  // What happened to people, said before a noun nearer the figure, is what the figure counts.
  ['The death toll from Friday night\'s earthquake climbed to 2,046, the ministry said.', 'en', [{ text: '2,046', concept: 'deaths' }]],
  ['Il bilancio delle vittime del terremoto è salito a 14.', 'it', [{ text: '14', concept: 'deaths' }]],
  // Crowns without a country are Czech, or those of the Nordic country the text is about; skiers are counted.
  ['Il governo di Praga ha stanziato 4,5 miliardi di corone; due sciatori sono morti.', 'it', [{ text: '4,5 miliardi di corone', kind: 'money', unit: 'CZK' }, { text: 'due sciatori', unit: 'skier', concept: 'deaths' }]],
  // Trains run beyond the timetable are extra trains: "treni straordinari", "trenuri suplimentare", "extra trains".
  ['Ha fatto viaggiare oltre 1.200 treni straordinari.', 'it', [{ text: 'oltre 1.200 treni', low: 1200, additional: true, unit: 'train' }]],
  ['A pus în circulație 1.250 de trenuri suplimentare.', 'ro', [{ text: '1.250 de trenuri', additional: true, unit: 'train' }]],
  // Pilgrims and fire engines are counted in every language by one noun.
  ['Sono arrivati 33,5 milioni di pellegrini.', 'it', [{ text: '33,5 milioni di pellegrini', low: 33_500_000, unit: 'pilgrim', concept: 'pilgrims' }]],
  ['Au venit peste 33 de milioane de pelerini.', 'ro', [{ text: 'peste 33 de milioane de pelerini', unit: 'pilgrim', concept: 'pilgrims' }]],
  ['Some 31.7 million pilgrims came.', 'en', [{ text: 'Some 31.7 million pilgrims', unit: 'pilgrim', concept: 'pilgrims' }]],
  ['Au intervenit 22 de autospeciale.', 'ro', [{ text: '22 de autospeciale', unit: 'fire-engine', concept: 'vehicles' }]],
  // Two sums of one currency joined by a bare connector with no opener are a range; after "by", a change.
  ['Owners pay $20,000 to $30,000 a day.', 'en', [{ text: '$20,000 to $30,000', low: 20_000, high: 30_000, unit: 'USD' }]],
  ['Damage of €50 million to €70 million was reported.', 'en', [{ text: '€50 million to €70 million', low: 50e6, high: 70e6 }]],
  ['It raised its offer by €5 million to €70 million.', 'en', [{ text: '€5 million', low: 5e6, high: 5e6 }, { text: '€70 million', low: 70e6, high: 70e6 }]],
  ['Prices went from €10m to €12m.', 'en', [{ text: '€10m', low: 10e6, high: 10e6 }, { text: '€12m', low: 12e6, high: 12e6 }]],
  // Citizens of a nationality are its people, as the nationality alone counts them ("11 români", "nine Romanians").
  ['Printre răniți sunt 11 cetățeni români.', 'ro', [{ text: '11 cetățeni români', unit: 'romanian' }]],
  ['Tra i detenuti tre cittadini italiani.', 'it', [{ text: 'tre cittadini italiani', unit: 'italian' }]],
  ['Among them were six Romanian citizens and 40 residents.', 'en', [{ text: 'six Romanian citizens', unit: 'romanian' }, { text: '40 residents', unit: 'inhabitant', concept: 'population' }]],
  // Percentages.
  ["L'affluenza è stata del 45,2%.", 'it', [{ text: '45,2%', low: 45.2, kind: 'percent', unit: 'percent', concept: 'turnout' }]],
  ['Inflazione al cinque per cento.', 'it', [{ text: 'cinque per cento', low: 5, kind: 'percent', concept: 'inflation' }]],
  ['Șomajul a scăzut la 5 la sută.', 'ro', [{ text: '5 la sută', kind: 'percent', concept: 'unemployment' }]],
  ['Turnout was 5 percent.', 'en', [{ text: '5 percent', kind: 'percent', concept: 'turnout' }]],
  ['Crescita di 0,2 punti percentuali.', 'it', [{ text: '0,2 punti percentuali', kind: 'percent', unit: 'percentage-point' }]],
  // Money: the concept comes from the context, never from the currency.
  ['The EU pledged €9 billion in aid.', 'en', [{ text: '€9 billion', low: 9e9, kind: 'money', unit: 'EUR', concept: 'aid' }]],
  ['Aiuti per 9 miliardi di euro.', 'it', [{ text: '9 miliardi di euro', low: 9e9, unit: 'EUR', concept: 'aid' }]],
  // A sum in a text about money may drop the currency, after other figures too.
  ['Il piano costa 3 miliardi di euro e il conto salirà a 3,4 miliardi.', 'it', [{ text: '3 miliardi di euro', kind: 'money' }, { text: '3,4 miliardi', low: 3.4e9, kind: 'money', unit: 'EUR' }]],
  ['Il piano da 3 miliardi di euro aiuta circa 4 milioni di famiglie, ma il conto salirà a 3,4 miliardi.', 'it', [
    { text: '3 miliardi di euro', kind: 'money' }, { text: 'circa 4 milioni di famiglie', kind: 'count' }, { text: '3,4 miliardi', kind: 'money', unit: 'EUR' }]],
  ['Gli abitanti della regione sono 3 milioni.', 'it', [{ text: '3 milioni', low: 3e6, kind: 'count', unit: null }]],
  // Cars, bears, hirings and messages are counted nouns in every language.
  ['Lo stabilimento ha prodotto oltre 250.000 vetture e prevede altre 600 assunzioni.', 'it', [
    { text: 'oltre 250.000 vetture', unit: 'vehicle', concept: 'vehicles' }, { text: 'altre 600 assunzioni', unit: 'hire', concept: 'workers' }]],
  ['În România trăiesc 7.973 de urși, iar RO-Alert a trimis peste 300 de mesaje.', 'ro', [
    { text: '7.973 de urși', unit: 'bear', concept: 'animals' }, { text: 'peste 300 de mesaje', unit: 'message' }]],
  // Billions left bare are sums however far the last sum in billions was; not after billions of something counted.
  ['La manovra vale 18,5 miliardi di euro. Il testo passa ora al Parlamento. Il ministro ha confermato il deficit. ' +
    'Il capitolo più corposo è il fisco. Il taglio delle tasse sui redditi medi costa 3,2 miliardi.', 'it', [
    { text: '18,5 miliardi di euro', kind: 'money' }, { text: '3,2 miliardi', low: 3.2e9, kind: 'money', unit: 'EUR' }]],
  ['Il fondo vale 2 miliardi di euro. Sulla Terra vivono 8 miliardi di persone. Nel 2050 saranno 10 miliardi.', 'it', [
    { text: '2 miliardi di euro', kind: 'money' }, { text: '8 miliardi di persone', kind: 'count' }, { text: '10 miliardi', kind: 'count' }]],
  // A bare count after a counted figure of its sentence leaves the same noun out; not across sentences.
  ['GERB is projected to win 71 seats, up from 69 in the previous parliament.', 'en', [{ text: '71 seats', unit: 'seat' }, { text: '69', unit: 'seat', concept: 'seats' }]],
  ['Sono entrati oltre 370.000 spettatori, contro i 335.000 del 2025.', 'it', [{ text: 'oltre 370.000 spettatori' }, { text: '335.000', unit: 'spectator', concept: 'spectators' }]],
  // Not a figure of another order: 18 mila are no days.
  ['Oltre 25.000 visitatori in due giorni secondo gli organizzatori, circa 18 mila per la polizia.', 'it', [{ text: 'Oltre 25.000 visitatori' },
    { text: 'due giorni', unit: 'day' }, { text: 'circa 18 mila', unit: null }]],
  ['Au fost răniți 11 angajați, dintre care trei sunt în stare gravă.', 'ro', [{ text: '11 angajați' }, { text: 'trei', unit: 'worker', concept: 'injured' }]],
  ['Il partito ha 71 seggi. Per governare ne servono 121.', 'it', [{ text: '71 seggi', unit: 'seat' }, { text: '121', unit: null, concept: null }]],
  // A price is no sum in millions: what follows it in millions is counted.
  ['Il biglietto costava 10 euro. Gli esenti sono stati 3,2 milioni.', 'it', [{ text: '10 euro', kind: 'money' }, { text: '3,2 milioni', kind: 'count', unit: null }]],
  // An elided preposition or a dating time noun after the figure is not what it counts: the figure stays a sum.
  ["Le perdite superano i 2 miliardi di euro, contro 1,2 miliardi nell'anno precedente.", 'it', [{ text: '1,2 miliardi', kind: 'money', unit: 'EUR' }]],
  ['Pierderile depășesc 2 miliarde de euro, față de 1,1 miliarde anul trecut.', 'ro', [{ text: '1,1 miliarde', kind: 'money', unit: 'EUR' }]],
  ['Si attendono 40 milioni di ettolitri.', 'it', [{ text: '40 milioni di ettolitri', kind: 'measure', unit: 'hectolitre', low: 4e7, concept: 'volume' }]],
  ['Around 40 million hectolitres are expected.', 'en', [{ text: 'Around 40 million hectolitres', kind: 'measure', unit: 'hectolitre', low: 4e7 }]],
  ['Danni per 20 milioni di dollari.', 'it', [{ text: '20 milioni di dollari', low: 2e7, unit: 'USD', concept: 'damage' }]],
  ['A $3m loan.', 'en', [{ text: '$3m', low: 3e6, unit: 'USD', concept: 'loan' }]],
  ['Pagube de 1,2 milioane de lei.', 'ro', [{ text: '1,2 milioane de lei', low: 1.2e6, unit: 'RON', concept: 'damage' }]],
  ['Un ajutor de 500 de euro.', 'ro', [{ text: '500 de euro', low: 500, unit: 'EUR', concept: 'aid' }]],
  ['A budget of USD 40 million.', 'en', [{ text: 'USD 40 million', low: 4e7, unit: 'USD', concept: 'budget' }]],
  ['Costs of £2.5bn.', 'en', [{ text: '£2.5bn', low: 2.5e9, unit: 'GBP', concept: 'cost' }]],
  // Measures.
  ['Bruciati 5.000 ettari.', 'it', [{ text: '5.000 ettari', kind: 'measure', unit: 'hectare', concept: 'area' }]],
  ['Venti a 120 km/h e 40°C.', 'it', [{ text: '120 km/h', unit: 'km/h', concept: 'speed' }, { text: '40°C', unit: 'celsius', concept: 'temperature' }]],
  // Speeds at sea in knots, depths in feet; lanes of a road are no runs of trains ("corse").
  ['Il motoscafo viaggiava a 40 nodi.', 'it', [{ text: '40 nodi', kind: 'measure', unit: 'knot', concept: 'speed' }]],
  ['Feribotul naviga cu peste 14 noduri, pe lângă trei noduri rutiere.', 'ro', [{ text: 'peste 14 noduri', kind: 'measure', unit: 'knot', concept: 'speed' }, { text: 'trei noduri', kind: 'count', unit: 'interchange' }]],
  ['Il costo è di 192 miliardi di złoty.', 'it', [{ text: '192 miliardi di złoty', kind: 'money', unit: 'PLN' }]],
  ['The motorboat was doing around 40 knots; the body lay about 130 feet down.', 'en', [{ text: 'around 40 knots', kind: 'measure', unit: 'knot', concept: 'speed' }, { text: 'about 130 feet', kind: 'measure', unit: 'foot' }]],
  // "second-largest" and "secondo" (according to) say nothing of votes.
  ['Romania, the second-largest gas producer, had filled more than 90% of its storage.', 'en', [{ text: 'more than 90%', concept: null }]],
  // A possessive after the article points back as the article does: "tra i nostri due paesi", "our two countries".
  ['Le relazioni tra i nostri due paesi sono cresciute.', 'it', [{ text: 'due paesi', reference: true }]],
  ['Relations between our two countries have grown.', 'en', [{ text: 'two countries', reference: true }]],
  ['Frontex counts about 160,000 irregular crossings and 14 irregularities.', 'en', [{ text: 'about 160,000 irregular crossings', unit: 'crossing' }, { text: '14 irregularities', unit: 'defect' }]],
  ['Il tratto ha quattro corsie e tre svincoli; soppresse 40 corse.', 'it', [{ text: 'quattro corsie', unit: 'lane' }, { text: 'tre svincoli', unit: 'interchange' }, { text: '40 corse', unit: 'run' }]],
  ['Una scossa di magnitudo 6,2 a 10 km di profondità.', 'it', [{ text: '6,2', low: 6.2, kind: 'measure', unit: 'magnitude' }, { text: '10 km', unit: 'km' }]],
  ['Au căzut 150 de litri pe metru pătrat.', 'ro', [{ text: '150 de litri pe metru pătrat', unit: 'litre-per-square-metre', concept: 'rainfall' }]],
  ['A 10km queue.', 'en', [{ text: '10km', kind: 'measure', unit: 'km' }]],
  ['Temperatures hit 44C after a 6.2-magnitude quake.', 'en', [{ text: '44C', unit: 'celsius', concept: 'temperature' }, { text: '6.2-magnitude', low: 6.2, unit: 'magnitude' }]],
  // Ordinals: the noun stays out of the span.
  ["L'80º anniversario, l'80esimo.", 'it', [{ text: '80º', kind: 'ordinal', low: 80, concept: 'anniversary' }, { text: '80esimo', low: 80 }]],
  ['Per la terza volta.', 'it', [{ text: 'terza', kind: 'ordinal', low: 3, unit: null }]],
  ['Al doilea mandat, a treia oară.', 'ro', [{ text: 'Al doilea', kind: 'ordinal', low: 2 }, { text: 'a treia', low: 3 }]],
  ['The third time, the 21st summit.', 'en', [{ text: 'third', kind: 'ordinal', low: 3 }, { text: '21st', low: 21 }]],
  // Nouns: the English singular, compound nouns, the word as written when unknown.
  ['Trei sate și cinci județe.', 'ro', [{ text: 'Trei sate', unit: 'village' }, { text: 'cinci județe', unit: 'county' }]],
  ['I 32 Paesi membri e i tre leader.', 'it', [{ text: '32 Paesi membri', unit: 'country' }, { text: 'tre leader', unit: 'leader' }]],
  ['Three Baltic states and 4,000 allied troops.', 'en', [{ text: 'Three Baltic states', unit: 'country' }, { text: '4,000 allied troops', unit: 'troop', concept: 'troops' }]],
  // The last noun of an English compound is what is counted; "engines" are no "engineers", whatever their stem.
  ['The attackers stole 1.2 million patient records.', 'en', [{ text: '1.2 million patient records', unit: 'record', concept: 'records' }]],
  ['Firefighters sent 35 fire engines and 40 engineers.', 'en', [{ text: '35 fire engines', unit: 'fire-engine', concept: 'vehicles' }, { text: '40 engineers', unit: 'engineer' }]],
  ['Au intervenit 40 de autospeciale.', 'ro', [{ text: '40 de autospeciale', unit: 'fire-engine' }]],
  ['Duemila giornalisti e due popoli.', 'it', [{ text: 'Duemila giornalisti', low: 2000 }, { text: 'due popoli', unit: 'popoli' }]],
  ['Fino al 40-0 procurandosi tre palle.', 'it', [{ text: '0', unit: null }, { text: 'tre palle', unit: 'palle' }]],
  // Concepts: what happened to people beats who they are.
  ['Circa 600 soldati nordcoreani sono stati uccisi, su un totale di 15.000 schierati.', 'it', [
    { text: 'Circa 600 soldati', concept: 'deaths', unit: 'soldier' }, { text: '15.000 schierati', concept: 'troops', unit: null }]],
  ['Circa 4.000 di loro sono stati uccisi o feriti.', 'it', [{ text: 'Circa 4.000', concept: 'casualties', unit: null }]],
  ['The quake has killed 52 people and injured more than 500.', 'en', [{ text: '52 people', concept: 'deaths' }, { text: 'more than 500', concept: 'injured' }]],
  ['Floods killed eight people in Romania and two in Moldova.', 'en', [{ text: 'eight people', concept: 'deaths' }, { text: 'two', concept: 'deaths' }]],
  ['Il bilancio delle vittime è salito a 14.', 'it', [{ text: '14', concept: 'deaths' }]],
  ['Bilanțul a crescut la 23 de morți, iar peste 2.000 de persoane au fost evacuate.', 'ro', [{ text: '23 de morți', concept: 'deaths' }, { text: 'peste 2.000 de persoane', concept: 'displaced' }]],
  ['Una quindicina di feriti e circa 300 vigili del fuoco.', 'it', [{ text: 'Una quindicina di feriti', low: 15, qualifier: 'approximately' }, { text: 'circa 300 vigili del fuoco', concept: 'rescuers' }]],
  ['Floods kill three, force more than 15,000 from homes', 'en', [{ text: 'three', concept: 'deaths' }, { text: 'more than 15,000', concept: 'displaced' }]],
  ['Sette morti e 30 dispersi; 200 sfollati.', 'it', [{ text: 'Sette morti', concept: 'deaths', unit: 'death' }, { text: '30 dispersi', concept: 'missing' }, { text: '200 sfollati', concept: 'displaced' }]],
  ['Poliția a arestat 40 de protestatari.', 'ro', [{ text: '40 de protestatari', concept: 'arrests' }]],
  ['Încă nouă persoane au fost scoase fără viață.', 'ro', [{ text: 'Încă nouă persoane', low: 9, additional: true, concept: 'deaths' }]],
  ['Au fost distruse 120 de case.', 'ro', [{ text: '120 de case', concept: 'houses', unit: 'house' }]],
  // A toll pointed back at is a toll still; two countries pointed back at are a reference.
  ['Dei sette feriti, tre sono gravi. I due paesi hanno firmato.', 'it', [{ text: 'sette feriti', concept: 'injured', reference: undefined },
    { text: 'due paesi', concept: null, reference: true }]],
  ['Un muncitor român, printre cei patru morți.', 'ro', [{ text: 'patru morți', concept: 'deaths', reference: undefined }]],
  // So is people pointed back at with what happened to them right after: "printre cele trei persoane ucise".
  ['Se numără printre cele trei persoane ucise sâmbătă.', 'ro', [{ text: 'trei persoane', concept: 'deaths', reference: undefined }]],
  ['The three people killed were hikers; the two countries signed.', 'en', [{ text: 'three people', concept: 'deaths', reference: undefined },
    { text: 'two countries', concept: null, reference: true }]],
  ['Au fost reținuți 29 de suspecți și 14 autoturisme de lux.', 'ro', [{ text: '29 de suspecți', unit: 'suspect' }, { text: '14 autoturisme', unit: 'vehicle' }]],
  ['Vântul a suflat în rafale de peste 100 de km/h.', 'ro', [{ text: 'de peste 100 de km/h', unit: 'km/h', kind: 'measure' }]],
  // Winds in metres a second; Moldova's districts; a hotel's stars; a ferry company's lines.
  ['Raffiche di 25 metri al secondo, poi 30 m/s.', 'it', [{ text: '25 metri al secondo', kind: 'measure', unit: 'm/s', concept: 'speed' }, { text: '30 m/s', unit: 'm/s' }]],
  ['Grindina a lovit cinci raioane și două hoteluri de trei stele.', 'ro', [{ text: 'cinci raioane', unit: 'county' }, { text: 'două hoteluri', unit: 'hotel' }, { text: 'trei stele', unit: 'star' }]],
  ['Cinci geologi au cercetat 12 stații și șapte schelete.', 'ro', [{ text: 'Cinci geologi', unit: 'geologist', concept: 'experts' }, { text: '12 stații', unit: 'station' }, { text: 'șapte schelete', unit: 'skeleton' }]],
  ['La linea da 400 kV poggia su 412 tralicci.', 'it', [{ text: '400 kV', kind: 'measure', unit: 'kV', concept: 'voltage' }, { text: '412 tralicci', unit: 'pylon' }]],
  ['A 27,000-square-metre plant, a 2,000-square-foot shop and a 4,200 square-metre hall.', 'en', [{ text: '27,000-square-metre', unit: 'square-metre', concept: 'area' },
    { text: '2,000-square-foot', unit: 'square-foot' }, { text: '4,200 square-metre', unit: 'square-metre' }]],
  ['A three-star hotel; the company runs two lines.', 'en', [{ text: 'three-star', unit: 'star' }, { text: 'two lines', unit: 'route' }]],
  ['Il candidato si ferma a 329.214 voti.', 'it', [{ text: '329.214 voti', concept: 'votes' }]],
  ['I vigili del fuoco hanno fermato 3 persone.', 'it', [{ text: '3 persone', concept: 'arrests' }]],
  ['Inspectorii au găsit 14 defecte, iar pompierii au avut 1,180 interventions.', 'ro', [{ text: '14 defecte', unit: 'defect' }]],
  ['Sono stati consegnati quasi diecimila nuovi appartamenti.', 'it', [{ text: 'quasi diecimila nuovi appartamenti', unit: 'house' }]],
  ['Sono stati 5,8 milioni di pernottamenti, 5.381.420 ingressi e 21 milioni di ulivi.', 'it', [
    { text: '5,8 milioni di pernottamenti', concept: 'overnight-stays' }, { text: '5.381.420 ingressi', concept: 'tourists' },
    { text: '21 milioni di ulivi', unit: 'tree' }]],
  ['Au lucrat 30.000 de culegători, iar muzeul expune peste 2.000 de opere.', 'ro', [{ text: '30.000 de culegători', concept: 'workers' },
    { text: 'peste 2.000 de opere', unit: 'artwork' }]],
  ['Due tram si sono scontrati; il sale costa 2 euro.', 'it', [{ text: 'Due tram', unit: 'tram' }, { text: '2 euro', kind: 'money' }]],
  // Air pollution in micrograms; a figure glued to a name ("PM2,5") is no claim, its decimals neither.
  ['Il PM2,5 è a 25,3 microgrammi per metro cubo.', 'it', [{ text: '25,3 microgrammi per metro cubo', kind: 'measure', unit: 'microgram-per-cubic-metre', concept: 'concentration' }]],
  ['PM10 averaged 36 µg/m³ and there were 370,000 births.', 'en', [{ text: '36 µg/m³', unit: 'microgram-per-cubic-metre' }, { text: '370,000 births', concept: 'births' }]],
  // Bare figures: nothing follows, nothing says.
  ['93\n0\n', 'it', [{ text: '93', low: 93, unit: null, concept: null }, { text: '0', low: 0, unit: null, concept: null }]],
];

void test('extractClaims: ranges, qualifiers, increments, percent, money, measures, ordinals, concepts', () => {
  for (const [text, language, expected] of FIXTURES) expectClaims(text, language, expected);
});

const NOT_CLAIMS: readonly [string, Language][] = [
  // A fraction at a point of time or space, or with nothing to be a share of, is no figure.
  ['A metà del mese i prezzi salgono.', 'it'],
  // The other readings of "sei", "nouă", "unul": "you are", "the new", "a new", "one of them".
  ['Se sei felice, tu sei forte.', 'it'],
  ['Noua linie și o nouă lege; unul dintre ei.', 'ro'],
  ['The budget was cut in half.', 'en'],
  ['Au ajuns la jumătate din drum.', 'ro'],
  ['Un incontro con una delegazione e uno dei leader.', 'it'],
  ['A meeting at the summit.', 'en'],
  ['Secondo la KCNA, nella Seconda Guerra Mondiale, il primo ministro.', 'it'],
  // A first or second before these nouns is an idiom: front line, foreground, firstly, mayor, prime minister.
  ['In prima linea, in primo piano, in secondo luogo, il primo cittadino.', 'it'],
  ['Prim-ministrul a vorbit, pe prima linie.', 'ro'],
  ['The first lady, at first hand.', 'en'],
  ['O nouă lege, al Doilea Război Mondial, a declarat-o mie.', 'ro'],
  ['Aerei F-16, il COVID-19, reti 5G e il G7.', 'it'],
  ['Nel 2024, il 9 maggio, giovedì 2025-09-03.', 'it'],
  ['Le prime stime e i primi giorni.', 'it'],
  ['Alle 10:00, verso le ore 8.30 e alle 13.30.', 'it'],
  ['At 6:15 in the morning.', 'en'],
  ['One of them, no one.', 'en'],
];

void test('extractClaims: articles, idioms, names, identifiers and dates are not claims', () => {
  for (const [text, language] of NOT_CLAIMS) {
    assert.deepEqual(extractClaims(text, language).map((c) => c.text), [], `${language} "${text}"`);
  }
});

void test('extractClaims: four-digit counts are not years, years are not claims', () => {
  expectClaims('Circa 2000 persone nel 2024, 2000 de oameni.', 'it', [{ text: 'Circa 2000 persone', low: 2000 }]);
  expectClaims('2000 de oameni au protestat în 2024.', 'ro', [{ text: '2000 de oameni', low: 2000 }]);
  assert.ok(!extractClaims('Nel 2024 truppe e armi.', 'it').some((c) => c.low === 2024));
});

const SEEDS = path.join(import.meta.dirname, '..', '..', 'seeds');
const seed = (prefix: string): string => {
  const file = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  assert.ok(file, `seed ${prefix}`);
  return fs.readFileSync(path.join(SEEDS, file), 'utf8');
};

void test('seeds: the figures the articles compare', () => {
  expectClaims(seed('000'), 'it', [
    { text: 'da 10.000 a 12.000 soldati', low: 10000, high: 12000, qualifier: 'exact', unit: 'soldier', concept: 'troops', additional: false },
    { text: '80º', kind: 'ordinal', low: 80 },
    { text: 'tre leader', low: 3 },
  ], 'seed 000');
  expectClaims(seed('001'), 'it', [
    { text: '93', low: 93, concept: null, unit: null }, { text: '0', low: 0, concept: null, unit: null },
  ], 'seed 001');
  expectClaims(seed('002'), 'it', [
    { text: 'circa 600 soldati', low: 600, high: 600, qualifier: 'approximately', unit: 'soldier', concept: 'deaths' },
    { text: '15.000 schierati', low: 15000, high: 15000, qualifier: 'exact', concept: 'troops' },
    { text: '80°', kind: 'ordinal', low: 80 },
  ], 'seed 002');
  expectClaims(seed('003'), 'it', [
    { text: '3.000 soldati', low: 3000, concept: 'troops', additional: false },
    { text: 'almeno altri 3.000 soldati', low: 3000, qualifier: 'at-least', concept: 'troops', additional: true },
    { text: 'circa 11.000 truppe', low: 11000, qualifier: 'approximately', concept: 'troops' },
    { text: 'Circa 4.000', low: 4000, qualifier: 'approximately', concept: 'casualties' },
    { text: '30 giorni', low: 30, kind: 'count', unit: 'day' },
  ], 'seed 003');
  expectClaims(seed('004'), 'ro', [
    { text: 'circa 11.000-12.000 de soldați', low: 11000, high: 12000, qualifier: 'approximately', unit: 'soldier', concept: 'troops' },
    { text: 'mii de soldați', low: 1000, qualifier: 'at-least', concept: 'troops' },
    { text: '80 de ani', low: 80, unit: 'year' },
  ], 'seed 004');
});

void test('seeds: dates and years are never claims', () => {
  const years = [2024, 2025];
  for (const [prefix, language] of [['000', 'it'], ['001', 'it'], ['002', 'it'], ['003', 'it'], ['004', 'ro']] as const) {
    const claims = extractClaims(seed(prefix), language);
    assert.ok(!claims.some((c) => years.includes(c.low) || /maggio|2025-09-03/.test(c.text)), `seed ${prefix}: ${claims.map((c) => c.text).join(', ')}`);
  }
});

test('figures inside names are not claims, in running text; title-case headlines keep theirs', () => {
  const texts = (text: string, language: Language): string[] => extractClaims(text, language).map((c) => c.text);
  assert.deepEqual(texts('Secondo il Movimento 5 Stelle, la legge costa 3 miliardi di euro.', 'it'), ['3 miliardi di euro']);
  assert.deepEqual(texts('Lo scrive Il Sole 24 Ore: lo sciopero durerà 24 ore.', 'it'), ['24 ore']);
  assert.deepEqual(texts('Potrivit Digi 24 News, 12 persoane au murit.', 'ro'), ['12 persoane']);
  assert.deepEqual(texts('Russia Sends 12,000 Troops To Kursk', 'en'), ['12,000 Troops']);
  assert.deepEqual(texts('Peste 5 milioane de oameni au votat.', 'ro').length, 1);
});

test('a small number after a noun it numbers is part of a name: metro lines, city sectors, terminals, reactors', () => {
  const texts = (text: string, language: Language): string[] => extractClaims(text, language).map((c) => c.text);
  assert.deepEqual(texts('La Linea 1 della metropolitana arriva in 8 minuti al centro.', 'it'), ['8 minuti']);
  assert.deepEqual(texts('Magistrala 6 are 12 stații, iar în Sectorul 3 trăiesc 400.000 de oameni.', 'ro'), ['12 stații', '400.000 de oameni']);
  assert.deepEqual(texts('The extension of its Line 1 metro cost €950 million; Terminal 2 handles 3 million passengers.', 'en'), ['€950 million', '3 million passengers']);
  // Not a number naming the noun: a share, a figure of more digits, a count of the noun after it.
  assert.deepEqual(texts('Sectorul 3% din buget.', 'ro'), ['3%']);
  assert.deepEqual(texts('Two lines, 12 stations.', 'en'), ['Two lines', '12 stations']);
  // Nor a figure before a noun the lexicon counts, which it counts ("in linea" is on the line).
  assert.deepEqual(texts('Sono rimasti bloccati in linea 12 convogli.', 'it'), ['12 convogli']);
  // A bare figure right after a capitalised word numbers that name, whatever it is; a score stays, and so does a
  // figure after a function word or with the noun it counts.
  assert.deepEqual(texts('Olkiluoto 3, il reattore più grande, produce 1.600 megawatt.', 'it'), ['1.600 megawatt']);
  assert.deepEqual(texts('The older Estlink 1, rated at 358MW, failed. About 60 firefighters came.', 'en'), ['358MW', 'About 60 firefighters']);
  assert.deepEqual(texts('Italy beat Romania 41-13.', 'en'), ['41', '13']);
  assert.deepEqual(texts('Italia a trimis în Cehia 45 de pompieri.', 'ro'), ['45 de pompieri']);
});

test('billions stay sums and do not take the noun of a small count before them', () => {
  const claims = extractClaims('Metro a Capodichino: quattro nuove stazioni e un conto da 1,2 miliardi\n\nIl cantiere è aperto da anni. ' +
    'Secondo il Comune, i lavori sono durati a lungo. Nessuno lo dice. Altro testo. Ancora altro testo qui. Poi ancora. ' +
    "L'opera è costata 1,2 miliardi di euro.", 'it');
  const headline = claims.find((c) => c.text === '1,2 miliardi');
  assert.equal(headline?.kind, 'money');
  assert.equal(headline?.unit, 'EUR');
  assert.equal(claims.find((c) => c.text === 'quattro nuove stazioni')?.unit, 'station');
  // Millions too, however far, where the sum is stated again with the same value; not where it is another.
  const body = '\n\nUn tir ha preso fuoco nella galleria. I vigili del fuoco sono intervenuti. Il traffico è deviato. Altro testo. Poi ancora. ';
  const sum = (text: string): string | null => extractClaims(text, 'it').find((c) => c.text === '5 milioni')?.unit ?? null;
  assert.equal(sum('Tir in fiamme: tre feriti e danni per 5 milioni' + body + 'I danni ammontano a circa 5 milioni di euro.'), 'EUR');
  assert.equal(sum('Tir in fiamme: tre feriti e danni per 5 milioni' + body + 'I danni ammontano a circa 8 milioni di euro.'), null);
  // Bare billions in a row take the currency of the sum after them alike.
  const row = extractClaims('Rottamazione, incassati solo 2,8 miliardi: buco da 1,4 miliardi nei conti' + body +
    'La definizione agevolata ha fruttato finora 2,8 miliardi di euro.', 'it');
  assert.deepEqual(row.map((c) => `${c.text}:${c.unit}`), ['2,8 miliardi:EUR', '1,4 miliardi:EUR', '2,8 miliardi di euro:EUR']);
});

test('a number word inside a hyphenated unit is part of its claim, and a Romanian ordinal suffix is no unit', () => {
  const texts = (text: string, language: Language): string[] => extractClaims(text, language).map((c) => c.text);
  assert.deepEqual(texts('A 30-second clip was shared.', 'en'), ['30-second']);
  assert.deepEqual(extractClaims('Este al 3-lea protest.', 'ro').map((c) => [c.text, c.kind]), [['al 3-lea', 'ordinal']]);
});

test('counted nouns and cue words listed "as written" are not matched through a stem they share with other words', () => {
  // Snowball stems "stato" (been) as "stati" (states), "parte" (part) as "partito" (party), "national" as "nations".
  const unitOf = (word: string, language: Language): string | null => countedNoun(word, language)?.unit ?? null;
  assert.equal(unitOf('stati', 'it'), 'country');
  assert.equal(unitOf('stato', 'it'), null);
  assert.equal(unitOf('granate', 'it'), 'shell');
  assert.equal(unitOf('grano', 'it'), null);
  assert.equal(unitOf('nations', 'en'), 'country');
  assert.equal(unitOf('national', 'en'), null);
  assert.equal(unitOf('officers', 'en'), 'police-officer');
  assert.equal(unitOf('office', 'en'), null);
  assert.equal(unitOf('statul', 'ro'), null);
  assert.equal(unitOf('minuti', 'it'), 'minute');
  assert.equal(unitOf('mine', 'it'), 'mine');
  // "Allevamenti" (farms) stem as "allevatori" (breeders) do: listed as written.
  assert.equal(unitOf('allevamenti', 'it'), 'farm');
  assert.equal(unitOf('allevatori', 'it'), 'farmer');
  // Suicides are counted apart from other deaths, in the three languages.
  assert.deepEqual([unitOf('suicidi', 'it'), unitOf('sinucideri', 'ro'), unitOf('suicides', 'en')], ['suicide', 'suicide', 'suicide']);
  // Words matched by stem still are: "soldaților" is not listed.
  assert.equal(unitOf('soldaților', 'ro'), 'soldier');
  assert.equal(unitOf('spitalele', 'ro'), 'hospital');
  assert.ok(isConceptCue('partito', 'it') && !isConceptCue('parte', 'it'));
  assert.ok(isConceptCue('lives', 'en') && !isConceptCue('living', 'en'));
  assert.ok(isConceptCue('internați', 'ro') && !isConceptCue('Interne', 'ro'));
  assert.ok(!isConceptCue('prima', 'it') && isConceptCue('primo', 'it'));
  // "si è fermato il 18%" of a strike; "si è fermata all'1,3%", "è ferma al 5,7%" (stays at) say nothing of one.
  const concepts = (text: string): (string | null)[] => analyzeDocument(text, { language: 'it' }).claims.map((c) => c.concept);
  assert.deepEqual(concepts('Allo sciopero dei treni si è fermato il 18% del personale.'), ['strike-participation']);
  assert.deepEqual(concepts("In Italia l'inflazione armonizzata si è fermata all'1,3%."), ['inflation']);
  assert.deepEqual(concepts('La spesa sanitaria è ferma al 5,7%.'), ['spending']);
  assert.deepEqual(concepts("L'Italia è ferma al 9%."), [null]);
});

test('frequent counted nouns of news text are one noun in the three languages', () => {
  const unitOf = (word: string, language: Language): string | null => countedNoun(word, language)?.unit ?? null;
  const same = (unit: string, it: string, ro: string, en: string): void => {
    assert.deepEqual([unitOf(it, 'it'), unitOf(ro, 'ro'), unitOf(en, 'en')], [unit, unit, unit], `${it} / ${ro} / ${en}`);
  };
  same('member', 'membri', 'membri', 'members');
  same('crew-member', "membri dell'equipaggio", 'membri ai echipajului', 'crew');
  same('pack', 'branchi', 'haite', 'packs');
  same('ambulance', 'ambulanze', 'ambulanțe', 'ambulances');
  same('night', 'notti', 'nopți', 'nights');
  same('team', 'squadre', 'echipe', 'teams');
  same('cell', 'celle', 'celule', 'cells');
  same('union', 'sindacati', 'federații', 'unions');
  same('romanian', 'romeni', 'români', 'Romanians');
  // Vehicles are vehicles, nights a span of time, crews people: what each counts is said by the noun.
  assert.equal(countedNoun('ambulanțe', 'ro')?.concept, 'vehicles');
  assert.equal(countedNoun('notti', 'it')?.quantity, 'duration');
  assert.ok(countedNoun('crew', 'en')?.people);
  assert.equal(countedNoun('marittimi', 'it')?.concept, countedNoun('crew', 'en')?.concept);
  // English words that share a stem with a verb or an adjective are listed as written.
  assert.equal(unitOf('packed', 'en'), null);
  assert.equal(unitOf('Romanian', 'en'), null);
});

test('figures counted by a frequent noun read the same unit in the three languages', () => {
  expectClaims('A bordo c\'erano 11 membri dell\'equipaggio.', 'it', [{ text: '11 membri dell\'equipaggio', unit: 'crew-member', concept: 'crew' }]);
  expectClaims('La bordul tancului se aflau 11 membri ai echipajului.', 'ro', [{ text: '11 membri ai echipajului', unit: 'crew-member', concept: 'crew' }]);
  expectClaims('The tanker had 11 crew on board.', 'en', [{ text: '11 crew', unit: 'crew-member', concept: 'crew' }]);
  expectClaims('It had 450 crew members and 12 staff members.', 'en', [{ text: '450 crew members', unit: 'crew-member', concept: 'crew' },
    { text: '12 staff members', unit: 'member', concept: 'member' }]);
  expectClaims('Al congresso 40 membri del partito.', 'it', [{ text: '40 membri', unit: 'member' }]);
  // A plural is seldom the modifier of a singular that follows: the drivers are counted, and they strike.
  expectClaims('More than 4,000 drivers strike in Bucharest.', 'en', [{ text: 'More than 4,000 drivers', unit: 'driver' }]);
  // Power plants and their turbines in the three languages.
  expectClaims('Due centrali e sei turbine.', 'it', [{ text: 'Due centrali', unit: 'facility' }, { text: 'sei turbine', unit: 'turbine' }]);
  expectClaims('Două centrale și șase hidroagregate.', 'ro', [{ text: 'Două centrale', unit: 'facility' }, { text: 'șase hidroagregate', unit: 'turbine' }]);
  expectClaims('Sul posto sono arrivate 15 ambulanze.', 'it', [{ text: '15 ambulanze', unit: 'ambulance', concept: 'vehicles' }]);
  expectClaims('Two nights of frost hit the vineyards.', 'en', [{ text: 'Two nights', unit: 'night', concept: 'duration' }]);
  expectClaims('The blast was the worst since the 2021 explosion at the plant.', 'en', []);
  assert.ok(!extractClaims('The blast was the worst since the 2021 explosion at the plant.', 'en').some((c) => c.low === 2021));
});

test('a part of a whole that points back counts what the whole counts; a cardinal after a noun of rank is a rank', () => {
  const read = (text: string, language: Language): string[] =>
    analyzeDocument(text, { language }).claims.map((c) => `${c.text}:${c.kind}:${c.unit}`);
  assert.deepEqual(read('Il treno è uscito dai binari: quattro delle sette carrozze sono deragliate.', 'it'), ['quattro:count:carriage', 'sette carrozze:count:carriage']);
  assert.deepEqual(read('Hamilton a terminat pe locul cinci, iar Leclerc a urcat pe locul 2.', 'ro'), ['cinci:ordinal:null', '2:ordinal:null']);
  assert.deepEqual(read('Au murit cinci oameni.', 'ro'), ['cinci oameni:count:person']);
});

test('an Italian ordinal word after a verb of finishing a race is a rank, unless an article follows ("secondo le")', () => {
  const read = (text: string): string[] => analyzeDocument(text, { language: 'it' }).claims.map((c) => `${c.text}:${c.kind}:${c.low}`);
  assert.deepEqual(read('Lewis Hamilton, partito dalla pole, ha chiuso quinto.'), ['quinto:ordinal:5']);
  assert.deepEqual(read('Piastri è arrivato terzo.'), ['terzo:ordinal:3']);
  assert.deepEqual(read('Leclerc è arrivato secondo le previsioni.'), []);
});

test('a number word that is also another word counts after a qualifier as before a noun ("cel puțin nouă")', () => {
  const read = (text: string): string[] => analyzeDocument(text, { language: 'ro' }).claims.map((c) => `${c.text}:${c.low}:${c.qualifier}`);
  assert.deepEqual(read('Trei persoane au murit și cel puțin nouă au fost rănite.'), ['Trei persoane:3:exact', 'cel puțin nouă:9:at-least']);
  assert.deepEqual(read('O nouă lege a fost adoptată.'), []);
});

test('amounts of data are one measure in the three languages, written out or as a symbol glued to the digits', () => {
  const read = (text: string, language: Language): string[] => analyzeDocument(text, { language }).claims.map((c) => `${c.text}:${c.kind}:${c.unit}:${c.low}`);
  assert.deepEqual(read('Il gruppo sostiene di aver sottratto 4 terabyte di dati.', 'it'), ['4 terabyte:measure:TB:4']);
  assert.deepEqual(read('The group claims to have stolen 4TB of data.', 'en'), ['4TB:measure:TB:4']);
  assert.deepEqual(read('Hackerii spun că au furat 4 terabytes de date.', 'ro'), ['4 terabytes:measure:TB:4']);
});

test('a figure glued to a word is part of a name or code, decimals and all', () => {
  assert.deepEqual(extractClaims('Il PM2,5 e il PM10 superano i limiti; il modello F-16 e la COVID-19.', 'it').map((c) => c.text), []);
});

test('a share written whole then a figure without one is a share and what it comes to, not a range', () => {
  const read = claimReader('kind', 'unit', 'range');
  assert.deepEqual(read('The sprat limit rises by 15% to 9,200 tonnes.', 'en'), ['15%:percent:percent:15-15', '9,200 tonnes:measure:tonne:9200-9200']);
  assert.deepEqual(read('Malpensa grew 8.4% to 9.3 million travellers.', 'en'), ['8.4%:percent:percent:8.4-8.4', '9.3 million travellers:count:passenger:9300000-9300000']);
  assert.deepEqual(read('Between 15% and 20% of them.', 'en'), ['Between 15% and 20%:percent:percent:15-20']);
});

test('a bare figure takes the noun of the counted figure before it only within a few words', () => {
  const read = (text: string): string[] => extractClaims(text, 'it').map((c) => `${c.text}:${c.unit}`);
  assert.deepEqual(read('Dopo oltre 20 ore di trattativa, i ministri della Pesca dei Ventisette hanno chiuso l\'accordo.'), ['oltre 20 ore:hour', 'Ventisette:null']);
  assert.deepEqual(read('Oltre 370.000 spettatori, contro i 335.000 dell\'anno scorso.'), ['Oltre 370.000 spettatori:spectator', '335.000:spectator']);
});

test('a bare figure set against a sum earlier in its sentence is a sum in its currency', () => {
  const read = (text: string, language: Language): string[] => extractClaims(text, language).map((c) => `${c.text}:${c.unit}`);
  assert.deepEqual(read('Una stanza costa in media 550 euro al mese, contro i circa 300 di Bucarest.', 'it'), ['550 euro:EUR', 'circa 300:EUR']);
  assert.deepEqual(read('Salariul a crescut la 4.600 de lei, față de 4.325 anul trecut.', 'ro'), ['4.600 de lei:RON', '4.325:RON']);
  assert.deepEqual(read('The price rose to €12, up from 10 in 2023.', 'en'), ['€12:EUR', '10:EUR']);
  // Not a figure with a noun, nor one in the next sentence.
  assert.deepEqual(read('Costa 85 euro, contro i 3 giorni di attesa. Contro i 40 di ieri.', 'it'), ['85 euro:EUR', '3 giorni:day', '40:null']);
});

test('points after a share are percentage points, points of GDP a share of it, points of something things', () => {
  const read = (text: string, language: Language): string[] => extractClaims(text, language).map((c) => `${c.text}:${c.kind}:${c.unit}`);
  assert.deepEqual(read("L'aliquota ridotta sale all'11%. Un rincaro di due punti che peserà sui prezzi.", 'it'),
    ['11%:percent:percent', 'due punti:percent:percentage-point']);
  assert.deepEqual(read('Dopo un deficit di oltre 8 punti di Pil nel 2025.', 'it'), ['oltre 8 punti:percent:percent']);
  assert.deepEqual(read('Il 40% dei posti è occupato; il Comune ha allestito 12 punti di distribuzione.', 'it'),
    ['40%:percent:percent', '12 punti:count:point']);
  assert.deepEqual(read("Il 40% dei varchi è aperto: ci sono 12 punti d'accesso.", 'it'), ['40%:percent:percent', '12 punti:count:point']);
  assert.deepEqual(read('Leclerc a urcat pe locul doi, la 18 puncte de lider.', 'ro'), ['doi:ordinal:null', '18 puncte:count:point']);
  assert.deepEqual(read('The increase will add about one percentage point to inflation.', 'en'), ['about one percentage point:percent:percentage-point']);
});

test('a magnitude named before its figure with a preposition, and billions of cubic metres, are measures', () => {
  const read = claimReader('unit');
  assert.deepEqual(read('The EMSC put the magnitude at 6.3; others gave a magnitude of 6.4.', 'en'), ['6.3:magnitude', '6.4:magnitude']);
  assert.deepEqual(read('Un cutremur cu magnitudinea de 6,4 a zguduit Vrancea.', 'ro'), ['6,4:magnitude']);
  assert.deepEqual(read('Exports reached some 100 bcm.', 'en'), ['some 100 bcm:bcm']);
  // A power station's output in the three languages, by its unit of energy.
  assert.deepEqual(read('Porțile de Fier au produs 421 de gigawați-oră, față de 702 GWh.', 'ro'), ['421 de gigawați-oră:GWh', '702 GWh:GWh']);
  assert.deepEqual(read('Le centrali hanno prodotto circa 420 gigawattora.', 'it'), ['circa 420 gigawattora:GWh']);
  assert.deepEqual(read('Output reached about 5.9 terawatt-hours.', 'en'), ['about 5.9 terawatt-hours:TWh']);
  // Degrees on the Richter scale are a magnitude, the scale outside the claim; degrees alone are a temperature.
  assert.deepEqual(read('Cutremurul din 4 martie 1977, de 7,4 grade pe scara Richter, a ucis 1.578 de oameni. Afară erau 30 de grade.', 'ro'),
    ['7,4 grade:magnitude', '1.578 de oameni:person', '30 de grade:celsius']);
  assert.deepEqual(read('Il sisma del 1980 fu di 6,9 gradi della scala Richter; ieri a Napoli c\'erano 31 gradi.', 'it'), ['6,9 gradi:magnitude', '31 gradi:celsius']);
  // English names a quake by its magnitude before the noun, which stays outside the claim; a whole number of quakes
  // is a count of them.
  assert.deepEqual(read('A 6.4 magnitude earthquake hit Vrancea, as a 7.4 quake did in 1977; two earthquakes followed.', 'en'),
    ['6.4 magnitude:magnitude', '7.4:magnitude', 'two earthquakes:earthquake']);
});

test('nationalities, chimneys, tax evaders, take-offs and ultras are counted nouns of the three languages', () => {
  const read = claimReader('concept');
  assert.deepEqual(read('A bordo c\'erano undici nazionalità e 10.340 evasori.', 'it'), ['undici nazionalità:countries', '10.340 evasori:tax-evaders']);
  assert.deepEqual(read('Au căzut aproximativ 400 de coșuri, iar 36 de firme-fantomă au fost închise.', 'ro'), ['aproximativ 400 de coșuri:chimneys', '36 de firme-fantomă:companies']);
  assert.deepEqual(read('About 1,150 take-offs a day; some 30 ultras were held.', 'en'), ['About 1,150 take-offs:flights', 'some 30 ultras:spectators']);
});

test('"another dozen" is a dozen more; an Italian ordinal after an elided article or preposition is a rank', () => {
  const read = claimReader('low', 'kind');
  assert.deepEqual(read('Another dozen people were treated, and police sought another dozen suspects.', 'en'),
    ['Another dozen people:12:count', 'another dozen suspects:12:count']);
  assert.deepEqual(read('L\'incendio è scoppiato all\'undicesimo giorno, nell\'ottavo anno di servizio.', 'it'), ['undicesimo:11:ordinal', 'ottavo:8:ordinal']);
});

test('fifths are shares in the three languages; "a fifth" before a noun stays a rank', () => {
  const read = claimReader('kind', 'qualifier', 'low');
  assert.deepEqual(read('The heating tariff rises by roughly a fifth; the four countries send more than four-fifths of the total.', 'en'),
    ['roughly a fifth:percent:approximately:20', 'four countries:count:exact:4', 'more than four-fifths:percent:more-than:80']);
  assert.deepEqual(read('He won a fifth consecutive title.', 'en'), ['fifth:ordinal:exact:5']);
  assert.deepEqual(read('Circa un quinto del totale.', 'it'), ['Circa un quinto:percent:approximately:20']);
  assert.deepEqual(read('Aproape o cincime din total.', 'ro'), ['Aproape o cincime:percent:at-most:20']);
});

test('a part of a whole of things counts those things, whatever the verb before it says of people', () => {
  const read = claimReader('unit', 'concept');
  assert.deepEqual(read('L\'azienda ha fermato due dei tre altoforni.', 'it'), ['due:furnace:null', 'tre altoforni:furnace:null']);
  assert.deepEqual(read('Compania a oprit două dintre cele trei furnale.', 'ro'), ['două:furnace:null', 'trei furnale:furnace:null']);
  assert.deepEqual(read('The operator has idled two of its three blast furnaces.', 'en'), ['two:furnace:null', 'three blast furnaces:furnace:null']);
  // What happened to people stays what a part of them is.
  assert.deepEqual(read('La polizia ha fermato due dei cinque tifosi.', 'it'), ['due:null:arrests', 'cinque tifosi:spectator:null']);
});

test('Italian and Romanian millions count what follows "di", "de"; a measure in millions lends its unit to the next figure of its sentence', () => {
  const read = claimReader('kind', 'unit');
  assert.deepEqual(read('Un prestito da 250 milioni di euro, che si somma ai 320 milioni erogati in autunno.', 'it'),
    ['250 milioni di euro:money:EUR', '320 milioni:money:EUR']);
  assert.deepEqual(read('Stima 1,5 milioni di tonnellate di acciaio, contro i 2,1 milioni dell\'anno scorso.', 'it'),
    ['1,5 milioni di tonnellate:measure:tonne', '2,1 milioni:measure:tonne']);
  assert.deepEqual(read('Cutremur de 4,8 grade lângă Napoli.', 'ro'), ['4,8:measure:magnitude']);
  assert.deepEqual(read('Una quarantina di pescherecci danneggiati, altri 52 parzialmente.', 'it'), ['Una quarantina di pescherecci:count:ship', 'altri 52:count:ship']);
});

test('an English irregular past form after a figure is no counted noun; the word stays in the claim', () => {
  const read = (text: string): string[] => extractClaims(text, 'en').map((c) => `${c.text}:${c.unit}`);
  assert.deepEqual(read('At least 35 boats were damaged and 11 sank. Three ground crews came.'),
    ['At least 35 boats:ship', '11 sank:null', 'Three ground crews:team']);
});

test('a figure written like a clock time after "from", "by" or "at" is a figure when a unit, currency or scale follows it', () => {
  const read = (text: string): string[] => extractClaims(text, 'en').map((c) => c.text);
  assert.deepEqual(read('Gas prices rose to 16.85 lei per cubic metre from 14.37 lei; bills went up by 10.25%.'), ['16.85 lei', '14.37 lei', '10.25%']);
  assert.deepEqual(read('The office is open from 14.30 on Monday.'), []);
  assert.deepEqual(read('The harvest will come in at 1.32 million tonnes, against 1.45 million; talks resume at 10.30 on Monday.'),
    ['1.32 million tonnes', '1.45 million']);
});

test('"a" after millions is no "one" more: "€2.5 million a year" is 2.5 million; Romanian "o sută" still adds', () => {
  const read = claimReader('range');
  assert.deepEqual(read('He earns €2.5 million a year; between €2 million and €3 million a year.', 'en'),
    ['€2.5 million:2500000-2500000', 'between €2 million and €3 million:2000000-3000000']);
  assert.deepEqual(read('Au venit două mii o sută de oameni.', 'ro'), ['două mii o sută de oameni:2100-2100']);
});

test('Italian ranges with an article before each figure are ranges: "tra i 26 e i 54 anni", "dal 15 al 20%"', () => {
  const read = (text: string): string[] => extractClaims(text, 'it').map((c) => `${c.text}:${c.low}-${c.high}:${c.unit}`);
  assert.deepEqual(read('Hanno tra i 26 e i 54 anni; tra il 20 e il 30% dei casi; dal 15 al 20% del totale.'),
    ['tra i 26 e i 54 anni:26-54:year', 'tra il 20 e il 30%:20-30:percent', 'dal 15 al 20%:15-20:percent']);
  // After a verb of change, "dal ... al" is a change: two figures.
  assert.deepEqual(read('Il tasso è salito dal 15 al 20%.'), ['15:15-15:percent', '20%:20-20:percent']);
});

test('a temperature after a minus word or sign is below zero; the dash of a range is no minus', () => {
  const read = claimReader('range');
  assert.deepEqual(read('It fell to minus 15C (-12°C in the valleys), after 10-12C by day.', 'en'),
    ['minus 15C:-15--15', '-12°C:-12--12', '10-12C:10-12']);
  assert.deepEqual(read('Fino a meno 15 gradi.', 'it'), ['Fino a meno 15 gradi:-15--15']);
  assert.deepEqual(read('Au fost minus 14 grade Celsius.', 'ro'), ['minus 14 grade Celsius:-14--14']);
});

test('two number words joined by a hyphen are a range; a number word after a hyphen and a name is none', () => {
  const read = claimReader('range');
  assert.deepEqual(read('Transportul durează trei-patru zile.', 'ro'), ['trei-patru zile:3-4']);
  assert.deepEqual(read('Servono quattro-cinque giorni.', 'it'), ['quattro-cinque giorni:4-5']);
  assert.deepEqual(read('Kim Jong-un a declarat-o.', 'ro'), []);
});

test('a bare sum in one scale takes the currency of a sum in the other earlier in its sentence', () => {
  const read = claimReader('kind', 'unit');
  assert.deepEqual(read('Servono 1,8 miliardi di dollari, ma ne sono arrivati appena 290 milioni.', 'it'),
    ['1,8 miliardi di dollari:money:USD', '290 milioni:money:USD']);
  // Not across a sentence, nor past a count in millions that says what it counts.
  assert.deepEqual(read('Servono 1,8 miliardi di dollari. Ne sono arrivati 290 milioni.', 'it'),
    ['1,8 miliardi di dollari:money:USD', '290 milioni:count:null']);
  assert.deepEqual(read('The plan costs $2 billion and helps 3 million families, 2 million of them poor.', 'en'),
    ['$2 billion:money:USD', '3 million families:count:household', '2 million:count:household']);
});

test('bare figures listed before one with a unit or a scale share them', () => {
  const read = claimReader('low', 'unit');
  assert.deepEqual(read('Tre tranche a 6, 10 e 15 anni, da 2, 2 e 1,5 miliardi di euro.', 'it'),
    ['Tre tranche:3:tranche', '6:6:year', '10:10:year', '15 anni:15:year', '2:2000000000:EUR', '2:2000000000:EUR', '1,5 miliardi di euro:1500000000:EUR']);
  assert.deepEqual(read('Tranșe de 2,25, 1,75 și 1,5 miliarde de euro.', 'ro'),
    ['2,25:2250000000:EUR', '1,75:1750000000:EUR', '1,5 miliarde de euro:1500000000:EUR']);
  // A figure with its own noun ends the list.
  assert.deepEqual(read('Ha 3 figli, 2 milioni di euro.', 'it'), ['3 figli:3:child', '2 milioni di euro:2000000:EUR']);
  // Nor are a count and its share, or figures of two clauses, a list: figures of a list are written alike, in one
  // order of magnitude.
  assert.deepEqual(read('Truzzu took 329,305, or 47.0%.', 'en'), ['329,305:329305:null', '47.0%:47:percent']);
  assert.deepEqual(read('The average age was 34, and nearly half were in training.', 'en').map((r) => r.split(':').pop()), ['null', 'percent']);
});

test('basis points are a change of a rate, a hundredth of a percentage point', () => {
  const read = claimReader('kind', 'low', 'unit');
  assert.deepEqual(read('Lo spread è di 330 punti base.', 'it'), ['330 punti base:percent:330:basis-point']);
  assert.deepEqual(read('Dobânda a scăzut cu 25 de puncte de bază.', 'ro'), ['25 de puncte de bază:percent:25:basis-point']);
  assert.deepEqual(read('Yields fell by nearly 80 basis points, or 35 bps on the day.', 'en'),
    ['nearly 80 basis points:percent:80:basis-point', '35 bps:percent:35:basis-point']);
  assert.deepEqual(UNIT_SCALES['basis-point'], { dimension: 'rate-change', size: 0.01 });
  assert.equal(UNIT_SCALES['percentage-point']?.dimension, 'rate-change');
});

test('Italian counts livestock by the head, and heads of state as leaders', () => {
  const read = (text: string): string[] => extractClaims(text, 'it').map((c) => `${c.text}:${c.unit}:${c.concept}`);
  assert.deepEqual(read('Abbattuti oltre 1.100 capi di bestiame e altri 2.000 capi.'),
    ['oltre 1.100 capi di bestiame:head-of-livestock:animals', 'altri 2.000 capi:head-of-livestock:animals']);
  assert.equal(extractClaims('Al vertice 27 capi di Stato.', 'it')[0]?.unit, 'leader');
});

test('people of every nationality in the demonym data are counted as such in the three languages', () => {
  const read = claimReader('unit');
  assert.deepEqual(read('Tra i dispersi 12 indiani e 3 cittadini filippini.', 'it'), ['12 indiani:indian', '3 cittadini filippini:filipino']);
  assert.deepEqual(read('Printre ei, 12 indieni și 5 turci.', 'ro'), ['12 indieni:indian', '5 turci:turkish']);
  assert.deepEqual(read('Some 130 Indian nationals, 12 Filipinos and 200 poles.', 'en'),
    ['Some 130 Indian nationals:indian', '12 Filipinos:filipino', '200 poles:poles']);
  assert.ok(related('indian', 'person'));
});

test('a temperature in Celsius written as a word', () => {
  assert.deepEqual(extractClaims('It fell to minus 5 Celsius.', 'en').map((c) => `${c.text}:${c.low}:${c.unit}`), ['minus 5 Celsius:-5:celsius']);
});

test('grams and milligrams are measures of mass, glued to the figure or written out', () => {
  const read = claimReader('kind', 'low', 'unit', 'concept');
  assert.deepEqual(read('The truffle weighed 720g, the next 905 grams.', 'en'),
    ['720g:measure:720:gram:weight', '905 grams:measure:905:gram:weight']);
  assert.deepEqual(read('Un tartufo di 905 grammi e 0,8 milligrammi per litro.', 'it'),
    ['905 grammi:measure:905:gram:weight', '0,8 milligrammi:measure:0.8:milligram:null']);
  assert.deepEqual(read('Trufa de 900 de grame.', 'ro'), ['900 de grame:measure:900:gram:weight']);
  assert.deepEqual([UNIT_SCALES['gram'], UNIT_SCALES['kg']], [{ dimension: 'mass', size: 0.001 }, { dimension: 'mass', size: 1 }]);
});

test('a half said after the unit adds half to a whole figure', () => {
  const read = claimReader('range', 'unit');
  assert.deepEqual(read('Lo scalo è rimasto chiuso circa tre ore e mezza, il cantiere 2 anni e mezzo.', 'it'),
    ['circa tre ore e mezza:3.5-3.5:hour', '2 anni e mezzo:2.5-2.5:year']);
  assert.deepEqual(read('A durat două ore și jumătate, pentru 5 kilograme și jumătate.', 'ro'),
    ['două ore și jumătate:2.5-2.5:hour', '5 kilograme și jumătate:5.5-5.5:kg']);
  assert.deepEqual(read('It lasted two hours and a half.', 'en'), ['two hours and a half:2.5-2.5:hour']);
  // Not after a figure that is not whole, or with no unit.
  assert.deepEqual(read('Dalle 2 e mezza.', 'it'), []);
  // The article as one, before the unit and a half.
  assert.deepEqual(read("L'acqua ha raggiunto un metro e mezzo, dopo un'ora e mezza di pioggia.", 'it'),
    ['un metro e mezzo:1.5-1.5:metre', "un'ora e mezza:1.5-1.5:hour"]);
  assert.deepEqual(read('Apa a urcat un metru și jumătate în o oră și jumătate.', 'ro'),
    ['un metru și jumătate:1.5-1.5:metre', 'o oră și jumătate:1.5-1.5:hour']);
  assert.deepEqual(read('Water rose a metre and a half in an hour and a half.', 'en'),
    ['a metre and a half:1.5-1.5:metre', 'an hour and a half:1.5-1.5:hour']);
  // Without the half, the article stays an article.
  assert.deepEqual(read("L'acqua ha raggiunto un metro.", 'it'), []);
});

test('set 69: deadweight tonnes, cabin crew, a magnitude past its qualifier, an Italian age glued to its digits', () => {
  const read = claimReader('kind', 'low', 'unit', 'concept');
  assert.deepEqual(read('A crude carrier of 158,000 deadweight tonnes, beside a 40,000 dwt tanker.', 'en'),
    ['158,000 deadweight tonnes:measure:158000:tonne:weight', '40,000 dwt:measure:40000:tonne:weight']);
  assert.deepEqual(read('Two flight attendants were taken to hospital.', 'en').map((r) => r.split(':').slice(0, 3).join(':')),
    ['Two flight attendants:count:2']);
  assert.equal(extractClaims('Two flight attendants and three stewardesses.', 'en')[0]!.unit, 'flight-attendant');
  assert.deepEqual(extractClaims('Trei stewardese au fost rănite.', 'ro').map((c) => c.unit), ['flight-attendant']);
  assert.deepEqual(read('Venti scosse di magnitudo superiore a 4.', 'it').slice(1), ['superiore a 4:measure:4:magnitude:magnitude']);
  assert.deepEqual(read("L'autista, un 53enne, ha perso il controllo.", 'it'), ['53enne:count:53:year:null']);
  assert.deepEqual(read('Two temporary dams, tre dighe.', 'en').slice(0, 1), ['Two temporary dams:count:2:dam:null']);
  assert.deepEqual(read("Un ventunenne e una cinquantenne; le antenne.", 'it'), ['ventunenne:count:21:year:null', 'cinquantenne:count:50:year:null']);
  // A currency's code glued to the figure, as English financial news writes it.
  assert.deepEqual(read('The state set aside HUF3bn, and EUR5m more.', 'en'), ['HUF3bn:money:3000000000:HUF:null', 'EUR5m:money:5000000:EUR:null']);
  assert.deepEqual(read('Nivelul a scăzut cu până la un centimetru.', 'ro'), ['până la un centimetru:measure:1:cm:null']);
  // A figure hyphenated to a code of letters and digits names a model ("A220-300"); a range of figures stays one.
  assert.deepEqual(read('Tarom a comandat A220-300 pentru 10.000-12.000 de pasageri.', 'ro'), ['10.000-12.000 de pasageri:count:10000:passenger:passengers']);
  // Other letters glued to digits still name a thing.
  assert.deepEqual(read('La rete 5G e il PM10.', 'it'), []);
});

test('the article as one after a qualifier, before a span of time or a measure', () => {
  const read = claimReader('range', 'qualifier', 'unit');
  assert.deepEqual(read("I negoziati potrebbero durare almeno un mese, il blocco oltre un'ora, fino a un anno.", 'it'),
    ['almeno un mese:1-1:at-least:month', "oltre un'ora:1-1:more-than:hour", 'fino a un anno:1-1:at-most:year']);
  assert.deepEqual(read('Negocierile ar putea dura cel puțin o lună, blocajul peste o oră.', 'ro'),
    ['cel puțin o lună:1-1:at-least:month', 'peste o oră:1-1:more-than:hour']);
  assert.deepEqual(read('Talks could last more than a year over nearly a kilometre.', 'en'),
    ['more than a year:1-1:more-than:year', 'nearly a kilometre:1-1:at-most:km']);
  // Romanian "luna" (the month) dates a figure; "lună" (a month) is counted, though the two fold alike.
  assert.deepEqual(['luna', 'lună', 'săptămâna', 'săptămână', 'anul', 'şi', 'si'].map((w) => isFunctionWord(w, 'ro')),
    [true, false, true, false, true, true, true]);
  // Not before other nouns, nor without a qualifier: there the article introduces the noun.
  assert.deepEqual(read('Up to a point, at least a reason; durează o săptămână.', 'en'), []);
  assert.deepEqual(read('Almeno un motivo, per un anno.', 'it'), []);
});

test('volts and square metres written short are measures', () => {
  const read = claimReader('kind', 'low', 'unit', 'concept');
  assert.deepEqual(read('Il guasto alla linea a 3.000 volt, per la terza volta.', 'it'), ['3.000 volt:measure:3000:volt:voltage', 'terza:ordinal:3:null:null']);
  assert.deepEqual(read('Linia de 3.000 de volți a cedat.', 'ro'), ['3.000 de volți:measure:3000:volt:voltage']);
  assert.deepEqual(read('The 3kV line and a 230 V socket; a terminal of 25,000 sq m.', 'en'),
    ['3kV:measure:3:kV:voltage', '230 V:measure:230:volt:voltage', '25,000 sq m:measure:25000:square-metre:area']);
  assert.deepEqual([UNIT_SCALES['volt'], UNIT_SCALES['kV']], [{ dimension: 'voltage', size: 0.001 }, { dimension: 'voltage', size: 1 }]);
});

test('a change from one figure to another stays two figures with a qualifier after "from" and words after the verb', () => {
  const read = claimReader('range', 'qualifier');
  assert.deepEqual(read('The firm will grow its workforce there from about 350 to 1,000 by 2028.', 'en'),
    ['about 350:350-350:approximately', '1,000:1000-1000:exact']);
  assert.deepEqual(read('Il personale passerà da circa 350 a 1.000.', 'it'), ['circa 350:350-350:approximately', '1.000:1000-1000:exact']);
  // Without a verb of change, a range keeps the qualifier after its opener.
  assert.deepEqual(read('Prices ranged from about 10 to 12 euros.', 'en'), ['from about 10 to 12 euros:10-12:approximately']);
  assert.deepEqual(read('Stipendi da circa 10 a 12 euro.', 'it'), ['da circa 10 a 12 euro:10-12:approximately']);
});

void test('claims: no part of a time in hours, minutes and seconds is a figure of its own, and the hour of a day stays a date', () => {
  const text = 'Ha vinto in 2:29:05, alle 9:30.';
  assert.deepEqual(extractClaims(text, 'it').map((c) => c.text), ['2:29:05']);
  assert.deepEqual(analyzeDocument(text, { language: 'it' }).entities.filter((e) => e.type === 'date').map((e) => e.id), ['T09:30']);
});

/** The unit of the first claim of a document read whole (as readDocument reads currencies) that starts with `figure`. */
const unitOf = (text: string, language: Language, figure: string): string | null | undefined =>
  analyzeDocument(text, { language }).claims.find((c) => c.text.startsWith(figure))?.unit;

void test('crowns without a country are Czech, or those of the Nordic country the sentence or the document names', () => {
  const cases: [string, Language, string, string][] = [
    ['Il governo di Praga ha stanziato 4,5 miliardi di corone.', 'it', '4,5', 'CZK'],
    ['Guvernul de la Stockholm a alocat 4,5 miliarde de coroane.', 'ro', '4,5', 'SEK'],
    ['Copenhagen pledged 300 million crowns.', 'en', '300', 'DKK'],
    ['Il porto di Oslo ha incassato 80 milioni di corone.', 'it', '80', 'NOK'],
    // Written with its country, a sum stays in that country's currency whatever the text names.
    ['Copenhagen pledged 2.5 billion Czech crowns.', 'en', '2.5', 'CZK'],
  ];
  for (const [text, language, figure, unit] of cases) assert.equal(unitOf(text, language, figure), unit, text);
});

void test('lei are Moldovan where the sentence or the document is about the Republic of Moldova, Romanian otherwise', () => {
  assert.equal(unitOf('Bugetul municipiului Chișinău va fi de 8,6 miliarde de lei anul viitor.', 'ro', '8,6'), 'MDL');
  assert.equal(unitOf('Il bilancio di Chișinău sale a 8,6 miliardi di lei.', 'it', '8,6'), 'MDL');
  // Romania named in the sentence: its lei, whatever else the sentence names.
  assert.equal(unitOf('Guvernul României acordă burse de 1.200 de lei studenților din Republica Moldova.', 'ro', '1.200'), 'RON');
  // A sentence that names neither goes by the document.
  assert.equal(unitOf('Primăria Chișinău a prezentat bugetul. Cheltuielile ajung la 9 miliarde de lei.', 'ro', '9'), 'MDL');
  assert.equal(unitOf('Prețul pâinii a crescut. Acum costă 5 lei.', 'ro', '5'), 'RON');
  // The document is about the country its first sentence that names either names more: a festival at Orhei, then
  // visitors from Iași and Suceava, and bottles sold in lei.
  const orhei = 'Festival la Orheiul Vechi. Au venit turiști din Iași, Suceava și București, și din toată România. S-a vândut vin de 1,2 milioane de lei.';
  assert.equal(unitOf(orhei, 'ro', '1,2'), 'MDL');
  // Named first, Romania says which lei, whatever the rest names more often.
  const iasi = 'Festival la Iași. Au venit turiști din Chișinău, Orhei și Bălți. S-a vândut vin de 1,2 milioane de lei.';
  assert.equal(unitOf(iasi, 'ro', '1,2'), 'RON');
  // Romanian "Moldova" alone is as often Romania's own region, whose towns say Romania.
  assert.equal(unitOf('În Moldova, la Iași, o gigacalorie costă 250 de lei.', 'ro', '250'), 'RON');
  // Written in full, a sum stays in the currency it names.
  assert.equal(unitOf('La Chișinău, turiștii au cheltuit 500 RON.', 'ro', '500'), 'RON');
  // So are bani, hundredths of a leu.
  assert.equal(unitOf('La Chișinău, în Republica Moldova, pâinea se scumpește cu 50 de bani.', 'ro', '50'), 'MDL');
  // A sum written in full in Moldovan lei says which lei the bare ones of the document are.
  const monastery = 'Mănăstirea primește 25,5 milioane de lei moldovenești. Lucrările încep în martie. Suma de 25,5 milioane de lei acoperă frescele.';
  assert.equal(unitOf(monastery, 'ro', '25,5 milioane de lei moldovenești'), 'MDL');
  assert.equal(analyzeDocument(monastery, { language: 'ro' }).claims.at(-1)?.unit, 'MDL');
});

void test('an Italian ordinal word of third or more stands alone after a verb of being; "secondo" there is no rank', () => {
  const ordinals = (text: string): string[] => extractClaims(text, 'it').filter((c) => c.kind === 'ordinal').map((c) => `${c.text}=${c.low}`);
  assert.deepEqual(ordinals("Nel ranking l'Italia è nona e la Romania resta diciannovesima."), ['nona=9', 'diciannovesima=19']);
  assert.deepEqual(ordinals('La scelta è secondo me sbagliata.'), []);
  // After a verb of finishing in the present, and past the tenth anywhere; not a cent.
  assert.deepEqual(ordinals("L'Italia chiude ventiduesima."), ['ventiduesima=22']);
  assert.deepEqual(ordinals('Gli azzurri, partiti come trentunesima forza del tabellone.'), ['trentunesima=31']);
  assert.deepEqual(ordinals('Non ha speso un centesimo.'), []);
});

void test('an ordinal word after a figure in digits is a rank of its own, not a part of the figure: "€258m second phase"', () => {
  const read = claimReader('range', 'kind');
  assert.deepEqual(read('Romania completes €258m second phase of Black Sea beach widening.', 'en'),
    ['€258m:258000000-258000000:money', 'second:2-2:ordinal']);
  // In words, an ordinal still ends a figure.
  assert.deepEqual(read('He finished two hundred first.', 'en'), ['two hundred first:201-201:ordinal']);
});

void test('"un" or "o" before the name of a currency is a sum of one in Italian and Romanian, not in English', () => {
  const read = claimReader('range', 'unit');
  assert.deepEqual(read('Il prezzo del pane è salito di un leu.', 'it'), ['un leu:1-1:RON']);
  assert.deepEqual(read('Pâinea s-a scumpit cu un leu.', 'ro'), ['un leu:1-1:RON']);
  assert.deepEqual(read('Al ceto medio restituiscono poco più di un euro al giorno.', 'it').map((c) => c.split(':').slice(1).join(':')), ['1-1:EUR']);
  assert.deepEqual(read('Un incontro con una delegazione.', 'it'), []);
  assert.deepEqual(read('The bank has backed a euro zone budget.', 'en'), []);
});

void test('"zero" as the level figures are measured from is no figure: hydrometric zero, the freezing level, below zero', () => {
  const read = claimReader('range');
  assert.deepEqual(read('Il lago è a 142 centimetri sotto lo zero idrometrico. Lo zero termico è salito.', 'it'), ['142 centimetri:142-142']);
  assert.deepEqual(read('Apa se află la 142 de centimetri sub cota zero hidrometrică.', 'ro'), ['142 de centimetri:142-142']);
  assert.deepEqual(read('The lake is 1.42 metres below its hydrometric zero; it fell below zero.', 'en'), ['1.42 metres:1.42-1.42']);
  // Zero as a count stays one.
  assert.deepEqual(read('Zero morti sulle strade.', 'it'), ['Zero morti:0-0']);
});

void test('square feet are an area in the three languages', () => {
  const read = claimReader('unit', 'concept');
  assert.deepEqual(read('The terminal grows by about 377,000 square feet.', 'en'), ['about 377,000 square feet:square-foot:area']);
});

void test('"one of ten cities" counts the whole by the figure after the link; "one" is no count of cities', () => {
  const read = claimReader('range', 'unit');
  assert.deepEqual(read('Naples is one of ten cities bidding, and he was one of two ministers present.', 'en'),
    ['ten cities:10-10:village', 'two ministers:2-2:minister']);
});

void test('English puts two modifiers the lexicon does not know before a plural it knows: "20 intensive care beds"', () => {
  const read = claimReader('unit');
  assert.deepEqual(read('The wing adds 20 intensive care beds and 10 new electric buses.', 'en'),
    ['20 intensive care beds:bed', '10 new electric buses:bus']);
});

void test('an Italian ordinal word before a noun of a span of time stands without an article; a temperature glued to F is in Fahrenheit', () => {
  const read = claimReader('range', 'kind');
  assert.deepEqual(read('Mercoledì, terzo giorno di protesta. Secondo il sindacato, nulla cambia.', 'it'), ['terzo:3-3:ordinal']);
  assert.deepEqual(claimReader('unit')('Temperatures hit 44C (111F) on Tuesday.', 'en'), ['44C:celsius', '111F:fahrenheit']);
});
