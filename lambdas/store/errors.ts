/** One error family for the store, each carrying its cause, so handlers map them without string matching. */
export class StoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A page cursor that was not made by this store for this query (edited, truncated or from elsewhere). */
export class InvalidCursorError extends StoreError {}

/**
 * Another ingest of the same article (or the same body) is in progress and
 * did not finish in time. Safe to retry later: the retry completes or reuses it.
 */
export class IngestInProgressError extends StoreError {}

/** An item read back did not have the shape the store writes: a bug or a foreign writer. */
export class CorruptItemError extends StoreError {}
