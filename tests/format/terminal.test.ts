import { describe, expect, it } from 'vitest';
import { formatTerminal } from '../../src/format/terminal.js';
import { diff } from '../fixtures/format-pair.js';

describe('formatTerminal', () => {
  it('numbers every paragraph of the new lead, marks its operation, shows deletions where they stood', () => {
    const out = formatTerminal(diff, { color: false, foldWidth: 0 }).split('\n');
    expect(out.slice(0, 4)).toEqual([
      'headline  Fire at Ulsan chemical plant forces evacuation of 300 workers',
      '       -> Fire at Ulsan chemical plant forces evacuation of 1,200 workers',
      'byline    (none) -> Kang Ji-won',
      '',
    ]);
    expect(out.slice(4, 13).map((line) => line.slice(0, 21).trimEnd())).toEqual([
      ' 1  edited',
      ' 2  moved from 6',
      ' 3',
      ' 4',
      ' 5',
      ' 6',
      ' -  deleted (was 7)',
      ' 7  added',
      ' 8',
    ]);
    expect(out[4]).toContain('forcing the evacuation of about [-300-]{+1,200+} workers');
  });

  it('marks words in colour when asked, and never without', () => {
    const coloured = formatTerminal(diff, { color: true });
    expect(coloured).toContain('\x1b[9;31m300\x1b[0m');
    expect(coloured).toContain('\x1b[32m1,200\x1b[0m');
    expect(formatTerminal(diff, { color: false })).not.toContain('\x1b[');
  });
});
