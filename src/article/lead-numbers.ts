/**
 * The lead numbers a story never had, lowest first: those below its latest
 * that no stored lead carries. Only an import of an archive that did not
 * catch every lead leaves them; they are derived from the numbers, so they
 * cannot go stale.
 */
export function missingLeads(leads: readonly { readonly lead: number }[]): number[] {
  const have = new Set(leads.map((record) => record.lead));
  const latest = leads.reduce((max, record) => Math.max(max, record.lead), -1);
  const missing: number[] = [];
  for (let lead = 0; lead < latest; lead++) if (!have.has(lead)) missing.push(lead);
  return missing;
}

/** A lead number the story never had, where it would stand in a list of its leads. */
export interface MissingLead {
  readonly missing: number;
}

/** A story's leads, newest first, with a row for each number it never had where that lead would stand. */
export function withMissingLeads<T extends { readonly lead: number }>(leads: readonly T[]): (T | MissingLead)[] {
  const missing = missingLeads(leads).reverse();
  const rows: (T | MissingLead)[] = [];
  let next = 0;
  for (const record of leads) {
    for (; next < missing.length && missing[next]! > record.lead; next++) rows.push({ missing: missing[next]! });
    rows.push(record);
  }
  for (; next < missing.length; next++) rows.push({ missing: missing[next]! });
  return rows;
}
