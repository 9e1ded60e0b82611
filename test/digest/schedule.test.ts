import { describe, expect, it } from 'vitest';
import {
  formatSchedule,
  nextDueAfter,
  parseSchedule,
  periodKey,
  type DigestSchedule,
} from '../../lambdas/app/digest/schedule';
import { zonedInstant } from '../../lambdas/app/digest/zoned-time';

const berlin: DigestSchedule = { kind: 'daily', time: '08:30', tz: 'Europe/Berlin' };

function iso(date: Date): string {
  return date.toISOString();
}

/** The due instants after `start`, one after another, as the digest handler would advance them. */
function dueSeries(schedule: DigestSchedule, start: string, count: number): string[] {
  const out: string[] = [];
  let after = new Date(start);
  for (let i = 0; i < count; i++) {
    after = nextDueAfter(schedule, after);
    out.push(iso(after));
  }
  return out;
}

describe('Function: parseSchedule', () => {
  it.each([
    ['daily 08:30 Europe/Berlin', { kind: 'daily', time: '08:30', tz: 'Europe/Berlin' }],
    ['weekdays 7:00 america/new_york', { kind: 'weekdays', time: '07:00', tz: 'America/New_York' }],
    ['off', null],
  ])('reads %j', (text, schedule) => {
    expect(parseSchedule(text)).toEqual({ ok: true, schedule });
  });

  it('uses UTC when no zone is given, and says it did', () => {
    expect(parseSchedule('DAILY 23:59')).toEqual({
      ok: true,
      schedule: { kind: 'daily', time: '23:59', tz: 'UTC' },
      zoneDefaulted: true,
    });
  });

  it.each([
    ['', /When should/],
    ['hourly 08:00', /daily.*weekdays.*off/],
    ['daily', /HH:MM/],
    ['daily 8h30', /HH:MM/],
    ['daily 24:00', /not a time of day/],
    ['daily 08:60', /not a time of day/],
    ['daily 08:30 Mars/Olympus_Mons', /not a time zone I know/],
    ['daily 08:30 Europe/Berlin please', /Too many words/],
    ['off now', /takes nothing/],
  ])('refuses %j with a clear reason', (text, error) => {
    const result = parseSchedule(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(error);
  });

  it('echoes a long word it does not know without cutting an emoji in half', () => {
    for (const text of [`a${'😀'.repeat(40)} 08:30`, `daily 08:30 b${'😀'.repeat(40)}`]) {
      const result = parseSchedule(text);
      expect(!result.ok && result.error).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });

  it('round-trips through formatSchedule', () => {
    expect(formatSchedule(berlin)).toBe('daily 08:30 Europe/Berlin');
    expect(parseSchedule(formatSchedule(berlin))).toEqual({ ok: true, schedule: berlin });
    expect(formatSchedule(null)).toBe('off');
  });
});

describe('Function: nextDueAfter', () => {
  it('keeps daily 08:30 Europe/Berlin at 08:30 local across the March switch (UTC+1 → UTC+2)', () => {
    // Clocks go forward on Sunday 29 March 2026 at 02:00.
    expect(dueSeries(berlin, '2026-03-27T12:00:00Z', 4)).toEqual([
      '2026-03-28T07:30:00.000Z',
      '2026-03-29T06:30:00.000Z',
      '2026-03-30T06:30:00.000Z',
      '2026-03-31T06:30:00.000Z',
    ]);
  });

  it('keeps it at 08:30 local across the October switch (UTC+2 → UTC+1)', () => {
    // Clocks go back on Sunday 25 October 2026 at 03:00.
    expect(dueSeries(berlin, '2026-10-23T12:00:00Z', 3)).toEqual([
      '2026-10-24T06:30:00.000Z',
      '2026-10-25T07:30:00.000Z',
      '2026-10-26T07:30:00.000Z',
    ]);
  });

  it('moves a time that does not exist (02:30 on the spring-forward day) to the next valid minute, 03:00', () => {
    const night: DigestSchedule = { kind: 'daily', time: '02:30', tz: 'Europe/Berlin' };
    expect(dueSeries(night, '2026-03-28T12:00:00Z', 2)).toEqual([
      '2026-03-29T01:00:00.000Z', // 03:00 CEST
      '2026-03-30T00:30:00.000Z', // 02:30 CEST
    ]);
  });

  it('uses the first of the two 02:30s on the fall-back day, and runs once that day', () => {
    const night: DigestSchedule = { kind: 'daily', time: '02:30', tz: 'Europe/Berlin' };
    expect(dueSeries(night, '2026-10-24T12:00:00Z', 2)).toEqual([
      '2026-10-25T00:30:00.000Z', // 02:30 CEST, the first occurrence
      '2026-10-26T01:30:00.000Z', // 02:30 CET
    ]);
  });

  it('handles the US switch (New York, second Sunday of March) and a southern-hemisphere zone', () => {
    const ny: DigestSchedule = { kind: 'daily', time: '07:00', tz: 'America/New_York' };
    expect(dueSeries(ny, '2026-03-07T20:00:00Z', 2)).toEqual(['2026-03-08T11:00:00.000Z', '2026-03-09T11:00:00.000Z']);
    const sydney: DigestSchedule = { kind: 'daily', time: '07:00', tz: 'Australia/Sydney' };
    // Sydney leaves daylight time on Sunday 5 April 2026 (UTC+11 → UTC+10).
    // 07:00 on Saturday 4 April is AEDT (UTC+11); 07:00 on Sunday 5 April is AEST (UTC+10).
    expect(dueSeries(sydney, '2026-04-03T12:00:00Z', 2)).toEqual([
      '2026-04-03T20:00:00.000Z',
      '2026-04-04T21:00:00.000Z',
    ]);
  });

  it('skips Saturday and Sunday for weekdays, judged by the local date', () => {
    const weekdays: DigestSchedule = { kind: 'weekdays', time: '07:00', tz: 'Asia/Tokyo' };
    // Friday 27 March 2026, 23:00 UTC is already Saturday 08:00 in Tokyo.
    expect(dueSeries(weekdays, '2026-03-27T23:00:00Z', 2)).toEqual([
      '2026-03-29T22:00:00.000Z',
      '2026-03-30T22:00:00.000Z',
    ]);
  });

  it('is strictly after: at the due instant itself, the next one is a day later', () => {
    expect(iso(nextDueAfter(berlin, new Date('2026-03-30T06:30:00Z')))).toBe('2026-03-31T06:30:00.000Z');
    expect(iso(nextDueAfter(berlin, new Date('2026-03-30T06:29:59Z')))).toBe('2026-03-30T06:30:00.000Z');
  });
});

describe('Function: periodKey', () => {
  it('is the local date of the due instant, not the UTC date', () => {
    const tokyo: DigestSchedule = { kind: 'daily', time: '07:00', tz: 'Asia/Tokyo' };
    expect(periodKey(tokyo, new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
    expect(periodKey(berlin, new Date('2026-03-29T06:30:00Z'))).toBe('2026-03-29');
  });
});

describe('Function: zonedInstant', () => {
  it('maps a local time to its instant in a zone without DST', () => {
    expect(iso(zonedInstant({ year: 2026, month: 7, day: 1, hour: 9, minute: 15 }, 'Asia/Kolkata'))).toBe(
      '2026-07-01T03:45:00.000Z',
    );
  });
});
