import { describe, expect, it } from 'vitest';
import { formatStat } from '../../src/format/summary.js';
import { diff } from '../fixtures/format-pair.js';

describe('formatStat', () => {
  it('counts paragraphs by operation and names the changed elements', () => {
    expect(formatStat(diff)).toBe('1 added, 1 edited, 1 moved, 1 deleted; headline changed, byline added\n');
  });
});
