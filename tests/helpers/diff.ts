import type { ParagraphChange } from '../../src/diff/align.js';

/** The shape of a diff an editor reads: op and positions, one entry per line. */
export const shape = (changes: readonly ParagraphChange[]) =>
  changes.map((c) => `${c.op}${c.edited && c.op !== 'edit' ? '*' : ''} ${c.old.join(',') || '-'} > ${c.new.join(',') || '-'}`);
