/**
 * Whether a line the bot's logger wrote is an error. The logger writes JSON lines: events with an upper-case
 * `level`, and metrics as EMF records at every level but silent, with no `level`; only ERROR events count.
 */
export function isErrorLine(line: string): boolean {
  try {
    return (JSON.parse(line) as { level?: unknown }).level === 'ERROR';
  } catch {
    // A line that is not JSON is nothing the logger wrote as an event: counted, so it is seen.
    return true;
  }
}
