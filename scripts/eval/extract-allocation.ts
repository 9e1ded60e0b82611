/**
 * Bytes a call allocates on the V8 heap, for `eval:extract`'s figure of
 * megabytes allocated per page.
 *
 * The largest pages spend a share of their time in the garbage collector, and
 * how much depends on what else ran before them: a timing does not show when
 * an allocation cut made a page lighter. The bytes allocated do, and they are
 * the same from run to run (within a few percent: code compiled or
 * re-optimised during a call is allocated on the heap too).
 *
 * Node 20's V8 does not report the bytes it has allocated, so they are
 * worked out: the heap in use after the call, less the heap in use before it,
 * plus what each collection during the call freed (v8.GCProfiler reports the
 * heap in use before and after every collection, synchronously). A full
 * collection runs before the call, so that what a collection frees during it
 * is the call's own garbage and not an earlier call's. The collections this
 * adds are outside the call and outside every timing: `eval:extract` measures
 * allocation in a pass of its own after the timed ones. Memory outside the
 * heap (the contents of ArrayBuffers and Buffers) is not counted; extraction
 * works on strings and objects, which are on it.
 */
import { GCProfiler, getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;

/** V8's full collection (`gc()`), made callable without starting node with --expose-gc. */
function fullCollection(): () => void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    // A context made after the flag is set gets `gc` as a global.
    collect = runInNewContext('gc') as () => void;
  }
  return collect;
}

/** One collection as v8.GCProfiler reports it: the heap in use before and after it. */
export interface Collection {
  beforeGC: { heapStatistics: { usedHeapSize: number } };
  afterGC: { heapStatistics: { usedHeapSize: number } };
}

/** Allocated bytes from the heap in use before and after a call and the collections made during it. */
export function bytesAllocated(usedBefore: number, usedAfter: number, collections: readonly Collection[]): number {
  let freed = 0;
  for (const c of collections) freed += c.beforeGC.heapStatistics.usedHeapSize - c.afterGC.heapStatistics.usedHeapSize;
  return usedAfter - usedBefore + freed;
}

/** Bytes `run` allocates on the V8 heap, its collections included (see the module's comment). */
export function allocatedBy(run: () => void): number {
  fullCollection()();
  const profiler = new GCProfiler();
  const usedBefore = getHeapStatistics().used_heap_size;
  profiler.start();
  run();
  const collections = profiler.stop()?.statistics ?? [];
  return bytesAllocated(usedBefore, getHeapStatistics().used_heap_size, collections);
}
