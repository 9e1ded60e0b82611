import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core CI
    // machine. The tests wait on loopback servers much of the time, so two workers finish the
    // suite in 164 s where one took 205 s here (same commit, back to back).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', NEWSBOT_ALLOW_LOOPBACK: '1' },
    reporters: ['default', 'json'],
    outputFile: { json: '.data/test-results.json' },
  },
});
