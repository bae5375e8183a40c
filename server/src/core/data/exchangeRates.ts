/**
 * Euro reference rates of the European Central Bank, averages of 2024 (units of each currency to one euro; ECB
 * Statistical Data Warehouse, series EXR.A.<code>.EUR.SP00.A), so that sums in two currencies can be compared: "600 de
 * milioane de lei" and "120 milioni di euro" are one sum at 4.9746 lei to the euro. A sum converted is compared as an
 * approximate one (links.ts): outlets convert at the rate of their day, and rates move by a few per cent in a year.
 * Currencies the ECB does not quote (the Moldovan leu, the hryvnia, the rouble) are compared only with themselves.
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
};
