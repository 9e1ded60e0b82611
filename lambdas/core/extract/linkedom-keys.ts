/**
 * linkedom keeps a node's links, an element's token set and a document's
 * kind under symbols it does not export. The speed-ups that read them
 * (linkedom-walk.ts, linkedom-builder.ts, linkedom-class-name.ts,
 * linkedom-tag-name.ts) find each on a node by its name, once; when a
 * linkedom release renames one, the key is not found and each falls back to
 * linkedom's own getters or parser.
 */
export function linkedomKey(node: object, name: string): symbol | undefined {
  return Object.getOwnPropertySymbols(node).find((key) => key.description === name);
}
