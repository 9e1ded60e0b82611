import { textPrefix } from '../../core/text-prefix';
import type { DigestSchedule } from '../../store/types';
import { addDays, canonicalTimeZone, localDateTime, weekday, zonedInstant } from './zoned-time';

/**
 * Digest schedules: `daily HH:MM [zone] [threaded]`, `weekdays HH:MM [zone] [threaded]`, `off`.
 * The next due instant is computed in the channel's zone, so "daily 08:30
 * Europe/Berlin" stays at 08:30 local across the DST switches; a time that
 * does not exist that day (the spring-forward gap) moves to the next minute
 * that does. Pure: the current instant is always an argument.
 */

export type { DigestSchedule };

/** The zone used when the command names none (said so in the reply). */
export const DEFAULT_TIME_ZONE = 'UTC';

export type ScheduleParse =
  /** `zoneDefaulted`: no zone was given and DEFAULT_TIME_ZONE was used (the reply says so). */
  { ok: true; schedule: DigestSchedule | null; zoneDefaulted?: true } | { ok: false; error: string };

const USAGE =
  'Try `/news schedule daily 08:30 Europe/Berlin`, `/news schedule weekdays 07:00 America/New_York` or `/news schedule off`.';

/** Parse what follows `/news schedule`. `null` means off. Errors are sentences for the user. */
export function parseSchedule(text: string): ScheduleParse {
  const all = text.trim().split(/\s+/).filter(Boolean);
  // `threaded` ends the command: the digest becomes a parent message with one reply per story.
  const threaded = all.length > 1 && all.at(-1)!.toLowerCase() === 'threaded';
  const words = threaded ? all.slice(0, -1) : all;
  const kind = words[0]?.toLowerCase();
  if (!kind) return { ok: false, error: `When should the digest arrive? ${USAGE}` };
  if (kind === 'off' || kind === 'none' || kind === 'stop') {
    return words.length === 1
      ? { ok: true, schedule: null }
      : { ok: false, error: `\`off\` takes nothing after it. ${USAGE}` };
  }
  if (kind !== 'daily' && kind !== 'weekdays') {
    return { ok: false, error: `I know \`daily\`, \`weekdays\` and \`off\`, not “${textPrefix(kind, 30)}”. ${USAGE}` };
  }
  const time = words[1];
  const match = time ? /^(\d{1,2}):(\d{2})$/.exec(time) : null;
  if (!match) return { ok: false, error: `Give the time as HH:MM (24-hour), e.g. \`${kind} 08:30\`. ${USAGE}` };
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour > 23 || minute > 59) return { ok: false, error: `${time} is not a time of day: use 00:00 to 23:59.` };
  if (words.length > 3)
    return { ok: false, error: `Too many words: give a kind, a time and at most one time zone. ${USAGE}` };
  const zoneName = words[2] ?? DEFAULT_TIME_ZONE;
  const tz = canonicalTimeZone(zoneName);
  if (!tz) {
    return {
      ok: false,
      error: `“${textPrefix(zoneName, 60)}” is not a time zone I know. Use an IANA name such as Europe/Berlin, America/New_York or UTC.`,
    };
  }
  const schedule: DigestSchedule = {
    kind,
    time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
    tz,
    ...(threaded ? { threaded } : {}),
  };
  return words[2] === undefined ? { ok: true, schedule, zoneDefaulted: true } : { ok: true, schedule };
}

/** "daily 08:30 Europe/Berlin", the form the command accepts. */
export function formatSchedule(schedule: DigestSchedule | null): string {
  return schedule ? `${schedule.kind} ${schedule.time} ${schedule.tz}${schedule.threaded ? ' threaded' : ''}` : 'off';
}

/** Does the schedule run on this local calendar date? */
function runsOn(schedule: DigestSchedule, date: { year: number; month: number; day: number }): boolean {
  if (schedule.kind === 'daily') return true;
  const day = weekday(date);
  return day >= 1 && day <= 5;
}

/**
 * The first due instant strictly after `after`. Walks local calendar dates
 * from the one `after` falls on; a week ahead always contains a weekday.
 */
export function nextDueAfter(schedule: DigestSchedule, after: Date): Date {
  const [hour, minute] = schedule.time.split(':').map(Number) as [number, number];
  const today = localDateTime(after, schedule.tz);
  for (let offset = 0; offset <= 8; offset++) {
    const date = addDays(today, offset);
    if (!runsOn(schedule, date)) continue;
    const due = zonedInstant({ ...date, hour, minute }, schedule.tz);
    if (due.getTime() > after.getTime()) return due;
  }
  throw new Error(`no due time within 8 days for ${formatSchedule(schedule)}`); // unreachable for valid schedules
}

/**
 * The period a due instant belongs to: its local date ("2026-03-29"). One
 * digest per channel and period; the claim is keyed by it.
 */
export function periodKey(schedule: DigestSchedule, dueAt: Date): string {
  const local = localDateTime(dueAt, schedule.tz);
  return `${local.year}-${String(local.month).padStart(2, '0')}-${String(local.day).padStart(2, '0')}`;
}
