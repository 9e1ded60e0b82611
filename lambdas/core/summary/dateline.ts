/**
 * Datelines open the first sentence of wire copy: "WASHINGTON (AP) — ",
 * "LONDON, England (CNN) -- ", "(Reuters) - ". A summary shows the story,
 * not the dateline, so the summary sentence starts after it; its offsets
 * still point into the body.
 */

/** Agencies that sign a dateline in brackets, even without a dash after it. */
const AGENCY = String.raw`(?:AP|CNN(?: [A-Z][a-z]+){0,2}|Reuters|AFP|UPI|PA|EPA|dpa|Xinhua|Bloomberg|BBC|CNET|EW\.com|Mashable)`;
/** A place: up to four capitalised words, optionally ", Country". */
const PLACE = String.raw`[\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*){0,3}(?:, [\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*){0,3})?`;
const DASH = `(?:--|—|–|-)`;

const DATELINES = [
  // Place and bracketed agency, dash optional: "LONDON, England (CNN) -- ", "(CNN)".
  new RegExp(String.raw`^(?:${PLACE}\s*)?\(${AGENCY}\)\s*(?:${DASH}\s*)?`, 'u'),
  // Place and any bracketed source, dash required: "MOSCOW (Interfax) - ".
  new RegExp(String.raw`^(?:${PLACE}\s*)?\([\p{Lu}][\p{L}.&' ]{1,24}\)\s*${DASH}\s*`, 'u'),
  // Place in capitals and a dash or colon: "NEW YORK — ", "BEIRUT, Lebanon -- ", "NEW DELHI: ".
  /^[\p{Lu}][\p{Lu}.'’ -]{2,}(?:, [\p{Lu}][\p{L}.'’ ]+)?\s*(?:--|—|–|:)\s*/u,
  // Place and a spaced dash: "Indianapolis – ", "New York, NY – ".
  new RegExp(String.raw`^${PLACE}\s+(?:--|—|–)\s+`, 'u'),
  // "City, Region, Country: ".
  /^[\p{Lu}][\p{L}.'’]*(?: [\p{Lu}][\p{L}.'’]*){0,2}(?:, [\p{Lu}][\p{L}.'’]*(?: [\p{Lu}][\p{L}.'’]*){0,2}){1,2}:\s+/u,
];

/** How many characters of `text` the dateline takes (0 when there is none). */
export function datelineLength(text: string): number {
  for (const re of DATELINES) {
    const m = re.exec(text);
    if (!m || m[0].length === 0) continue;
    // What is left must still open like a sentence.
    if (/^["'“‘]?[\p{Lu}\d]/u.test(text.slice(m[0].length))) return m[0].length;
  }
  return 0;
}
