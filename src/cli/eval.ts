import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../article/parse.js';
import { writeAttn } from '../attn/attn.js';
import { compareLines, type Agreement } from '../attn/compare.js';
import { diffLeads } from '../diff/lead-diff.js';
import { subfolders } from './input.js';
import { CliError, EXIT, type Io } from './io.js';

interface EvalArgs {
  dir: string;
  min?: number;
}

/**
 * For a folder of cases (each a sub-folder with prev.txt, next.txt and a
 * meta.json holding `attn_next`, the line published with next.txt): the
 * published line, the generated one, and whether verbs, elements and
 * positions agree; then the agreement rates.
 */
export async function run(args: EvalArgs, io: Io): Promise<number> {
  const { root, names } = subfolders(args.dir, io, 'of cases (prev.txt, next.txt, meta.json each)');
  const results: Agreement[] = [];
  for (const name of names) {
    const dir = join(root, name);
    let published: string | null;
    let prev;
    let next;
    try {
      published = (JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { attn_next?: string | null }).attn_next ?? null;
      prev = parseArticle(readFileSync(join(dir, 'prev.txt')));
      next = parseArticle(readFileSync(join(dir, 'next.txt')));
    } catch (error) {
      io.stderr(`leads: ${name}: skipped, ${(error as Error).message.split('\n')[0]}\n`);
      continue;
    }
    const generated = writeAttn(diffLeads(prev, next)).line;
    const agreement = compareLines(published, generated, next.paragraphs.length);
    results.push(agreement);
    const mark = (ok: boolean) => (ok ? 'yes' : 'NO');
    io.stdout(`${name}\n  published  ${published ?? '(none)'}\n  generated  ${generated ?? '(none)'}\n`);
    io.stdout(`  verbs ${mark(agreement.verbs)}  elements ${mark(agreement.elements)}  positions ${mark(agreement.positions)}\n`);
  }
  if (results.length === 0) throw new CliError(`${args.dir} holds no case folders`);
  const rate = (pick: (a: Agreement) => boolean) => results.filter(pick).length / results.length;
  const all = rate((a) => a.verbs && a.elements && a.positions);
  const pct = (r: number) => `${(r * 100).toFixed(1)}%`;
  io.stdout(
    `\n${results.length} cases: verbs ${pct(rate((a) => a.verbs))}, elements ${pct(rate((a) => a.elements))}, positions ${pct(rate((a) => a.positions))}, all three ${pct(all)}\n`,
  );
  if (args.min !== undefined && all * 100 < args.min) {
    io.stderr(`leads: agreement ${pct(all)} is below --min ${args.min}%\n`);
    return EXIT.negative;
  }
  return EXIT.ok;
}
