/**
 * Wall-clock time in an IANA zone, with nothing but Intl.DateTimeFormat: the
 * two conversions a schedule needs (instant → local fields, local fields →
 * instant), DST gaps and overlaps included. Pure: no clock, no environment.
 */

export interface LocalDateTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The canonical spelling of an IANA zone ("europe/berlin" → "Europe/Berlin"), or undefined when unknown. */
export function canonicalTimeZone(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name.trim() }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** The local date and time of an instant in a zone (seconds dropped). */
export function localDateTime(instant: Date, timeZone: string): LocalDateTime {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute! };
}

/** A local date-time as if it were UTC, in minutes: comparable and subtractable, whatever the zone. */
function wallMinutes(local: LocalDateTime): number {
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute) / 60_000;
}

/** The zone's offset from UTC at an instant, in minutes (Berlin in summer: +120). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const floored = Math.floor(instant.getTime() / 60_000);
  return wallMinutes(localDateTime(new Date(floored * 60_000), timeZone)) - floored;
}

/**
 * The instant a local date-time happens in a zone.
 * - Overlap (autumn: 02:30 happens twice): the first occurrence.
 * - Gap (spring: 02:30 does not exist): the next minute that exists, i.e. the
 *   instant the clocks jump (03:00 in Berlin).
 */
export function zonedInstant(local: LocalDateTime, timeZone: string): Date {
  const wall = wallMinutes(local);
  // Offsets a day either side cover every transition near this date; try each.
  const offsets = new Set([
    offsetMinutes(new Date((wall - 1440) * 60_000), timeZone),
    offsetMinutes(new Date(wall * 60_000), timeZone),
    offsetMinutes(new Date((wall + 1440) * 60_000), timeZone),
  ]);
  const exact = [...offsets]
    .map((offset) => wall - offset)
    .filter((minutes) => wallMinutes(localDateTime(new Date(minutes * 60_000), timeZone)) === wall)
    .sort((a, b) => a - b);
  if (exact.length > 0) return new Date(exact[0]! * 60_000);

  // In a gap: the first instant whose wall clock reads later than `wall`.
  // Wall time only moves forward across a gap, so a binary search over ±2 days finds it.
  let low = wall - 2 * 1440; // wall clock certainly before `wall`
  let high = wall + 2 * 1440; // certainly after
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (wallMinutes(localDateTime(new Date(mid * 60_000), timeZone)) < wall) low = mid;
    else high = mid;
  }
  return new Date(high * 60_000);
}

/** Day of the week of a local calendar date: 0 = Sunday … 6 = Saturday. */
export function weekday(local: Pick<LocalDateTime, 'year' | 'month' | 'day'>): number {
  return new Date(Date.UTC(local.year, local.month - 1, local.day)).getUTCDay();
}

/** The calendar date `days` after a local date. */
export function addDays(
  local: Pick<LocalDateTime, 'year' | 'month' | 'day'>,
  days: number,
): { year: number; month: number; day: number } {
  const date = new Date(Date.UTC(local.year, local.month - 1, local.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
