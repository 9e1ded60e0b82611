import { EventTarget as LinkedomEventTarget } from 'linkedom';

/**
 * linkedom's event targets (every node it builds: elements, text, comments,
 * attributes) get their table of listeners when a listener is first added
 * instead of when they are built; installed when extraction is loaded.
 *
 * linkedom keeps listeners in one module-wide WeakMap, target → Map of
 * listeners, and its EventTarget constructor, which every node's runs, enters
 * each new target there with an empty Map. In V8 an entry for a newly made
 * object is dear (the table sits in the old generation and the garbage
 * collector tracks each young key in it): about 1 µs a node, some 90% of
 * building one. On the slowest page of extraction-dev-2 (6,900 nodes built
 * per extraction) the constructor was the largest single cost, 20% of the
 * time against 11% on a median page, so it weighed most on the biggest pages.
 * Extraction adds no listeners: the entries were never read.
 *
 * The table is linkedom's own and not exported. It is found once, as the map
 * linkedom's removeEventListener reads its listeners from (WeakMap's `get` is
 * watched for that one call), and used only if a target built just before is
 * in it. Then:
 * - the constructor's entry is skipped (the table gets a `set` of its own;
 *   linkedom calls it nowhere else);
 * - addEventListener first enters the target with an empty Map, as the
 *   constructor did, when it is not in the table yet;
 * - removeEventListener on a target that is not in the table does nothing
 *   (linkedom's found an empty Map there: nothing to remove);
 * - dispatchEvent is linkedom's: it already passes over targets without a
 *   table (as it does for those without listeners of the event's type).
 * Listeners are added, removed, called and stopped as by linkedom's. If the
 * table is not found (another linkedom release), nothing is changed.
 */

type Listen = (this: object, ...args: unknown[]) => void;

interface TargetPrototype {
  addEventListener: Listen;
  removeEventListener: Listen;
}

/** linkedom's table of listeners: the WeakMap its removeEventListener reads from `target`. */
function listenerTable(target: TargetPrototype): WeakMap<object, unknown> | undefined {
  const get = WeakMap.prototype.get;
  let read: unknown;
  WeakMap.prototype.get = function (this: WeakMap<object, unknown>, key: object) {
    read ??= this;
    return get.call(this, key);
  };
  try {
    target.removeEventListener('', () => {});
  } finally {
    WeakMap.prototype.get = get;
  }
  return read instanceof WeakMap && read.has(target) ? read : undefined;
}

function install(): void {
  const Target = LinkedomEventTarget as unknown as { new (): TargetPrototype; prototype: TargetPrototype };
  const table = listenerTable(new Target());
  if (!table) return;
  const enter = WeakMap.prototype.set;
  Object.defineProperty(table, 'set', {
    value(this: WeakMap<object, unknown>) {
      return this;
    },
  });
  const prototype = Target.prototype;
  const { addEventListener, removeEventListener } = prototype;
  prototype.addEventListener = function (this: object, ...args: unknown[]) {
    if (!table.has(this)) enter.call(table, this, new Map());
    addEventListener.apply(this, args);
  };
  prototype.removeEventListener = function (this: object, ...args: unknown[]) {
    if (table.has(this)) removeEventListener.apply(this, args);
  };
}

install();
