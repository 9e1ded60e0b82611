import { Worker } from 'node:worker_threads';

/**
 * dynalite in this process but on its own thread (in memory, instant
 * tables, as `startDynalite`): sharing the main thread with the SDK client
 * being measured would halve its throughput and blur the figures.
 */
export async function startDynaliteThread(): Promise<{ endpoint: string; close(): Promise<void> }> {
  const worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     const server = require('dynalite')({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
     server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));`,
    { eval: true },
  );
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return { endpoint: `http://127.0.0.1:${port}`, close: async () => void (await worker.terminate()) };
}
