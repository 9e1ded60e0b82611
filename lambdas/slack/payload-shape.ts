/**
 * Whether a signed body has the shape Bolt can route without throwing. Bolt
 * parses `payload=` JSON and reads `body.user.id` of an interaction before
 * any listener runs, so `payload=null`, bad JSON or a user-less interaction
 * made it answer 500. Those are the sender's mistake: 400, with a reason for
 * the log. Returns undefined when the body may go to Bolt.
 */
export function unreadablePayload(body: string, contentType: string | undefined): string | undefined {
  if ((contentType ?? '').toLowerCase().includes('application/json')) return notAnObject(body, 'JSON body');
  const form = new URLSearchParams(body);
  const payload = form.get('payload');
  if (payload === null) return undefined;
  const problem = notAnObject(payload, 'payload');
  if (problem) return problem;
  const parsed = JSON.parse(payload) as { type?: unknown; user?: { id?: unknown } | null };
  if (typeof parsed.type !== 'string') return 'payload without a type';
  if (typeof parsed.user?.id !== 'string' || parsed.user.id === '') return 'payload without a user';
  return undefined;
}

function notAnObject(text: string, what: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return `${what} is not JSON`;
  }
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? undefined
    : `${what} is not a JSON object`;
}
