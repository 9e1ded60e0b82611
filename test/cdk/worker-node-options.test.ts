import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WORKER_NODE_OPTIONS } from '../../cdk/bot-stack';

/**
 * `npm run eval:extract` times extraction as the worker runs it: the young
 * generation is set in two places, the worker's NODE_OPTIONS and the script's
 * node flags, and they must not drift apart.
 */
describe('The extraction evaluation runs with the worker’s Node options', () => {
  it('passes WORKER_NODE_OPTIONS to node in npm run eval:extract', () => {
    const scripts = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).scripts;
    expect(scripts['eval:extract']).toMatch(/^node /);
    expect(scripts['eval:extract'].split(' ')).toContain(WORKER_NODE_OPTIONS);
  });
});
