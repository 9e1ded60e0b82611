import { randomUUID } from 'node:crypto';

/** A short id shown to users in apologies and written on every log line of the request. */
export function newRequestId(): string {
  return randomUUID().slice(0, 8);
}
