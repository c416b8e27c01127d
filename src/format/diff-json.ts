import type { LeadDiff } from '../diff/lead-diff.js';

/** The LeadDiff as JSON, the schema the README documents. */
export function formatJson(diff: LeadDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}
