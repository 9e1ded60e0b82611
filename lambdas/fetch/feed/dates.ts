/**
 * Feed dates: RSS uses RFC 822 ("Sat, 07 Sep 2002 00:00:01 GMT", often with
 * two-digit years or US zone names), Atom and Dublin Core use ISO 8601/RFC 3339.
 * `Date.parse` accepts much of both but silently guesses on the rest (local
 * time for a missing zone, odd years), so both grammars are read explicitly.
 */

/**
 * Month abbreviations by their first three letters: English (RFC 822), plus the
 * Portuguese, Spanish, German, French and Italian ones that real feeds put in
 * RFC 822 dates anyway ("Seg, 24 Set 2018 19:42:40 -0300").
 */
const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
  fev: 1,
  abr: 3,
  mai: 4,
  ago: 7,
  set: 8,
  out: 9,
  dez: 11, // pt
  ene: 0,
  dic: 11, // es
  mär: 2,
  okt: 9, // de
  fév: 1,
  avr: 3,
  jui: 6,
  aoû: 7,
  déc: 11, // fr ("juin" is read as jun; "juil" as jui)
  gen: 0,
  mag: 4,
  giu: 5,
  lug: 6,
  ott: 9, // it
};

/** RFC 822 §5.1 zone names (and a few common ones feeds use), in minutes east of UTC. */
const ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  CET: 60,
  CEST: 120,
  BST: 60,
  IST: 330,
  JST: 540,
  AEST: 600,
  AEDT: 660,
};

function zoneOffsetMinutes(zone: string | undefined): number | undefined {
  if (!zone) return 0; // RFC 822 requires a zone; treating a missing one as UTC beats the server's local time
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  return ZONES[zone.toUpperCase()];
}

function fullYear(year: string): number {
  const y = Number(year);
  if (year.length === 2) return y < 50 ? 2000 + y : 1900 + y; // RFC 2822 §4.3
  return y;
}

function toIso(
  year: number,
  month: number,
  day: number,
  h: number,
  m: number,
  s: number,
  offset: number,
): string | undefined {
  // Date.UTC rolls "31 Feb" into March; a calendar date that does not round-trip is not a date.
  const calendar = new Date(Date.UTC(year, month, day));
  if (Number.isNaN(calendar.getTime()) || calendar.getUTCMonth() !== month || calendar.getUTCDate() !== day)
    return undefined;
  if (h > 24 || m > 59 || s > 60) return undefined;
  return new Date(Date.UTC(year, month, day, h, m, Math.min(s, 59)) - offset * 60_000).toISOString();
}

const RFC822 =
  /^(?:[^\s\d,]{2,12},?\s+)?(\d{1,2})\s+([^\s\d.]{3})[^\s\d.]*\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?$/;

const ISO8601 = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** An ISO-8601 UTC instant for a feed date string, or undefined when it cannot be read. */
export function parseFeedDate(raw: string | undefined): string | undefined {
  const text = raw?.trim().replace(/\s+/g, ' ');
  if (!text) return undefined;

  const rfc = RFC822.exec(text);
  if (rfc) {
    const month = MONTHS[rfc[2]!.toLowerCase()];
    const offset = zoneOffsetMinutes(rfc[7]);
    if (month === undefined || offset === undefined) return undefined;
    return toIso(fullYear(rfc[3]!), month, Number(rfc[1]), Number(rfc[4]), Number(rfc[5]), Number(rfc[6] ?? 0), offset);
  }

  const iso = ISO8601.exec(text);
  if (iso) {
    const offset = zoneOffsetMinutes(iso[7]?.toUpperCase());
    if (offset === undefined) return undefined;
    return toIso(
      Number(iso[1]),
      Number(iso[2]) - 1,
      Number(iso[3]),
      Number(iso[4] ?? 0),
      Number(iso[5] ?? 0),
      Number(iso[6] ?? 0),
      offset,
    );
  }
  return undefined;
}
