import { digestDateLabel } from '../views/digest';

/** "Monday 30 March 2026 at 08:30 (Europe/Berlin)": a due instant as the channel reads it. */
export function describeDue(at: Date, timeZone: string): string {
  const date = digestDateLabel(at, timeZone);
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  return `${date} at ${time} (${timeZone})`;
}
