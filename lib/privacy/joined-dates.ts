/**
 * Pagefind's word index joins the parts of a word written with punctuation: "04/11/2024" is
 * indexed as "04", "11", "2024" and "04112024". Eight digits beginning with 0 look like a short
 * landline to the phone detector, so a date written day first anywhere on the site (the Data
 * page's instructions, a module) stopped `npm run build`, naming only an index file. The page
 * the date came from is screened in full, with its punctuation, before the index is; here an
 * index word that reads as a calendar date, day first (DDMMYYYY) or year first (YYYYMMDD), is
 * screened as the date it was written as, so the date detectors still judge it.
 */

const DAY_FIRST = /^(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])((?:19|20)\d\d)$/;
const YEAR_FIRST = /^((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;

/**
 * One word of the index as the screen should read it.
 * @example asWrittenDate("04112024") // "04/11/2024"
 * @example asWrittenDate("081234567890") // "081234567890" (a mobile number stays as it is)
 */
export function asWrittenDate(word: string): string {
  const dayFirst = DAY_FIRST.exec(word);
  if (dayFirst) return `${dayFirst[1]}/${dayFirst[2]}/${dayFirst[3]}`;
  const yearFirst = YEAR_FIRST.exec(word);
  if (yearFirst) return `${yearFirst[1]}-${yearFirst[2]}-${yearFirst[3]}`;
  return word;
}
