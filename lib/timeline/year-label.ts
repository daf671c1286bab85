/**
 * Writes an astronomical year (…, -1, 0, 1, …) as historians do: year 0 is 1 BCE, there is no year 0,
 * and years before 1000 are not zero-padded.
 */
export function yearLabel(astronomicalYear: number): string {
  return astronomicalYear <= 0 ? `${1 - astronomicalYear} BCE` : String(astronomicalYear);
}

/** The era year: 2024 for 2024, -44 for 44 BCE (astronomical -43). Never 0. */
export function eraYear(astronomicalYear: number): number {
  return astronomicalYear <= 0 ? astronomicalYear - 1 : astronomicalYear;
}

/** The astronomical year of an era year (inverse of `eraYear`). */
export function astronomicalYear(eraYearValue: number): number {
  return eraYearValue < 0 ? eraYearValue + 1 : eraYearValue;
}
