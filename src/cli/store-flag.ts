/** ` --store DIR` for a command printed as advice, quoted for a shell when it needs to be; nothing when the store was not given that way. */
export function storeFlag(store: string | undefined): string {
  if (store === undefined) return '';
  return ` --store ${/^[\w./:@%+=,-]+$/.test(store) ? store : `'${store.replace(/'/g, `'\\''`)}'`}`;
}
