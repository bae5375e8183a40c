/**
 * Euro reference rates of the European Central Bank, averages of 2024 (units of each currency to one euro; ECB
 * Statistical Data Warehouse, series EXR.A.<code>.EUR.SP00.A), so that sums in two currencies can be compared: "600 de
 * milioane de lei" and "120 milioni di euro" are one sum at 4.9746 lei to the euro. A sum converted is compared within
 * CONVERSION_TOLERANCE of its value (links.ts): outlets convert at the rate of their day, and rates move.
 * Currencies the ECB does not quote are compared only with themselves (the hryvnia, the rouble), but for the Moldovan
 * leu, at the National Bank of Moldova's rate.
 */
export const EURO_RATES: Readonly<Record<string, number>> = {
  EUR: 1,
  USD: 1.0824,
  GBP: 0.84662,
  RON: 4.9746,
  CHF: 0.9526,
  JPY: 163.85,
  CNY: 7.7875,
  PLN: 4.3058,
  HUF: 395.3,
  // Not quoted by the ECB: the convertible mark, held by the Central Bank of Bosnia and Herzegovina's currency board
  // at 1.95583 to the euro.
  BAM: 1.95583,
  // The lev is pegged to the euro at 1.95583.
  BGN: 1.9558,
  CZK: 25.12,
  DKK: 7.4589,
  SEK: 11.4325,
  NOK: 11.629,
  // Not quoted by the ECB: the National Bank of Moldova's official rate, about 19.2 lei to the euro over 2024.
  MDL: 19.2,
  // Not quoted by the ECB: the National Bank of the Republic of North Macedonia holds the denar at about 61.5 to the
  // euro, and the National Bank of Serbia kept the dinar near 117 to the euro through 2024.
  MKD: 61.5,
  RSD: 117.1,
  // The Croatian kuna, replaced by the euro in 2023 at the conversion rate fixed by Council Regulation (EU) 2022/1208:
  // prices of before are still given in kuna ("10 kune").
  HRK: 7.5345,
};

/**
 * How far from its value in euros at these rates a sum in another currency may be and still be the same sum: 2.5%
 * either way; a sum in euros is taken as it is. The leu moved within about 1% of the euro between 2023 and 2025, and
 * outlets round the rate (5 lei to the euro is 0.5% off). What an approximate sum allows (7.5%, relations.ts) made
 * "12,4 miliarde de lei" (€2.49 billion) agree with "€2.6 billion" of another count.
 */
export const CONVERSION_TOLERANCE = 0.025;
