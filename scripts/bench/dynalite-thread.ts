import { Worker } from 'node:worker_threads';

/** An item as DynamoDB's wire format has it: `{ S: … }`, `{ N: '1' }`, `{ B: <base64> }`, … */
export type WireItem = Record<string, unknown>;

export interface DynaliteThread {
  endpoint: string;
  /**
   * Benchmark tables only: put items straight into dynalite's storage, in one
   * LevelDB batch per call, keyed and indexed by dynalite's own functions
   * (createKey, getIndexActions: what its PutItem does) but without the HTTP
   * round trip and the per-item lock and read. The items must be new (no
   * existing item is read, so an older one's index entries would stay).
   */
  bulkPut(tableName: string, items: WireItem[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * dynalite in this process but on its own thread (instant tables, as
 * `startDynalite`): sharing the main thread with the SDK client being
 * measured would halve its throughput and blur the figures. In memory, or in
 * a LevelDB folder with `path` (native LevelDB: for a bulk load of millions of
 * items, several times faster than the in-memory tree and a tenth the memory).
 */
export async function startDynaliteThread(options: { path?: string } = {}): Promise<DynaliteThread> {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const db = require('dynalite/db');
     // Kept when dynalite creates it, for bulkPut.
     let store;
     const create = db.create;
     db.create = (o) => (store = create(o));
     const server = require('dynalite')({ path: workerData.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
     const batch = (target, ops) => new Promise((resolve, reject) => target.batch(ops, (e) => (e ? reject(e) : resolve())));
     async function bulkPut(tableName, items) {
       const table = await new Promise((resolve, reject) => store.getTable(tableName, false, (e, t) => (e ? reject(e) : resolve(t))));
       const rows = [];
       const byIndex = new Map();
       for (const item of items) {
         const invalid = db.validateItem(item, table);
         if (invalid) throw invalid;
         rows.push({ type: 'put', key: db.createKey(item, table), value: item });
         for (const put of db.getIndexActions(table.GlobalSecondaryIndexes || [], undefined, item, table).puts) {
           if (!byIndex.has(put.index)) byIndex.set(put.index, []);
           byIndex.get(put.index).push({ type: 'put', key: put.key, value: put.item });
         }
       }
       await batch(store.getItemDb(tableName), rows);
       for (const [index, ops] of byIndex) await batch(store.getIndexDb('Global', tableName, index), ops);
     }
     parentPort.on('message', ({ id, tableName, items }) => {
       bulkPut(tableName, items).then(
         () => parentPort.postMessage({ id }),
         (e) => parentPort.postMessage({ id, error: String((e && e.body && e.body.message) || e) }),
       );
     });
     server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));`,
    { eval: true, workerData: { path: options.path } },
  );
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', (m: { port: number }) => resolve(m.port));
    worker.once('error', reject);
  });
  const pending = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  let nextId = 0;
  worker.on('message', (m: { id?: number; error?: string }) => {
    if (m.id === undefined) return;
    const waiter = pending.get(m.id);
    pending.delete(m.id);
    if (m.error) waiter?.reject(new Error(`bulkPut: ${m.error}`));
    else waiter?.resolve();
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bulkPut: (tableName, items) =>
      new Promise<void>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, tableName, items });
      }),
    close: async () => void (await worker.terminate()),
  };
}
