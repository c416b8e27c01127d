import { describe, expect, it } from 'vitest';
import { runLeads } from '../helpers/cli.js';

describe('leads demo', () => {
  const result = runLeads(['demo'], { env: { NO_COLOR: '1' } });
  const lines = result.stdout.split('\n');

  it('succeeds with nothing on stderr', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('commits the sample story lead by lead with the labels the store assigns', () => {
    const commits = lines.filter((line) => line.startsWith('  leads commit '));
    expect(commits.map((line) => line.replace(/ [0-9a-f]{7}( |$)/, ' COMMIT$1'))).toEqual([
      '  leads commit 00.txt  ->  first version  s-korea-earthquake-20260314  COMMIT',
      "  leads commit 01.txt  ->  LEAD  s-korea-earthquake-20260314  COMMIT  (ATTN: ADDS aftershocks, residents' remarks last 3 paras; ADDS byline)",
      '  leads commit 02.txt  ->  2nd LD  s-korea-earthquake-20260314  COMMIT  (ATTN: RECASTS headline, lead; ADDS injuries, damage in paras 3-4; ADDS photo)',
      '  leads commit 03.txt  ->  3rd LD  s-korea-earthquake-20260314  COMMIT  (ATTN: UPDATES damage figures in 5th para; RESTRUCTURES; TRIMS)',
      "  leads commit 04.txt  ->  4th LD  s-korea-earthquake-20260314  COMMIT  (ATTN: CORRECTS typo in 4th para; ADDS interior ministry's comments last 2 paras)",
    ]);
  });

  it('shows the diff of the latest lead against the one before, paragraph by paragraph', () => {
    const start = lines.indexOf('leads diff s-korea-earthquake-20260314   (4th LD against 3rd LD)');
    expect(start).toBeGreaterThan(0);
    const rows = lines.slice(start + 2, start + 12).map((line) => line.slice(0, 20).trimEnd());
    expect(rows).toEqual([' 1', ' 2', ' 3', ' 4  edited', ' 5', ' 6', ' 7', ' 8', ' 9  added', '10  added']);
    expect(lines[start + 5]).toContain('[-Samchek-]{+Samcheok+}');
  });

  it('shows, lead by lead, the line the desk wrote and the line leads wrote', () => {
    expect(lines.filter((line) => line.startsWith('      leads wrote'))).toEqual([
      "      leads wrote     (ATTN: ADDS more details last 3 paras, byline)   (the desk's line agrees with the copy)",
      "      leads wrote     (ATTN: RECASTS headline, lead; ADDS more details in paras 3-4, photo)   (the desk's line agrees with the copy)",
      "      leads wrote     (ATTN: UPDATES figures in 5th para; RESTRUCTURES; TRIMS)   (the desk's line agrees with the copy)",
      "      leads wrote     (ATTN: CORRECTS typo in 4th para; ADDS interior ministry's comments last 2 paras)   (the desk's line agrees with the copy)",
    ]);
  });

  it('prints the ATTN line leads writes for the latest lead', () => {
    const at = lines.indexOf('ATTN line for the 4th LD, written by leads from this diff:');
    expect(lines[at + 1]).toBe("  (ATTN: CORRECTS typo in 4th para; ADDS interior ministry's comments last 2 paras)");
  });
});
