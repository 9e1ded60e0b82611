import { describe, expect, it } from 'vitest';
import { isErrorLine } from '../../scripts/bench/logged-errors';
import { createLogger } from '../../lambdas/config/logger';
import { METRICS } from '../../lambdas/observability/emf';

describe('bench:soak counts only the errors the bot logs', () => {
  it('counts an ERROR event, not a warning nor a metric the logger writes at the error level', () => {
    const lines: string[] = [];
    const logger = createLogger('error', {}, (line) => lines.push(line));
    logger.warn('slow-reply');
    logger.error('ingest-failed', { url: 'http://127.0.0.1/a' });
    logger.metric(METRICS.commandHandled, 1);
    expect(lines).toHaveLength(2);
    expect(lines.map(isErrorLine)).toEqual([true, false]);
  });
});
