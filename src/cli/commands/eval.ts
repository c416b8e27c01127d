import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../article/article.js';
import { parseArticle } from '../../article/parse.js';
import { ArticleError } from '../../article/text.js';
import { writeAttn } from '../../attn/write-attn.js';
import { compareLines, type Agreement } from '../../attn/compare.js';
import { diffLeads } from '../../diff/lead-diff.js';
import { subfolders } from '../input.js';
import { CliError, EXIT, type Io } from '../io.js';
import type { ArgsOf } from '../command-table.js';

/** One case folder, read: the line published with next.txt and the other wordings of its content phrase. */
interface Case {
  readonly published: string | null;
  readonly whatAliases: readonly string[];
  readonly prev: Article;
  readonly next: Article;
}

/** Why a case folder cannot be judged, in words for stderr. */
class UnreadableCase extends Error {}

const NEEDS = 'a case folder holds prev.txt, next.txt and meta.json';

function readCaseFile(dir: string, file: string): Buffer {
  try {
    return readFileSync(join(dir, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnreadableCase(code === 'ENOENT' ? `${file}: no such file; ${NEEDS}` : `${file}: cannot read it (${code ?? String(error)})`);
  }
}

function readMeta(dir: string): Pick<Case, 'published' | 'whatAliases'> {
  let meta: unknown;
  try {
    meta = JSON.parse(readCaseFile(dir, 'meta.json').toString('utf8'));
  } catch (error) {
    if (error instanceof UnreadableCase) throw error;
    throw new UnreadableCase(`meta.json is not valid JSON (${(error as Error).message.split('\n')[0]}); fix it or move the folder out`);
  }
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) {
    throw new UnreadableCase('meta.json must hold an object with attn_next, the published ATTN line');
  }
  const { attn_next: published = null, what_aliases: whatAliases = [] } = meta as Record<string, unknown>;
  if (published !== null && typeof published !== 'string') {
    throw new UnreadableCase('meta.json: attn_next must be the published ATTN line (a string) or null');
  }
  if (!Array.isArray(whatAliases) || !whatAliases.every((alias) => typeof alias === 'string')) {
    throw new UnreadableCase('meta.json: what_aliases must be a list of content phrases (strings)');
  }
  return { published, whatAliases };
}

function readLead(dir: string, file: string): Article {
  try {
    return parseArticle(readCaseFile(dir, file));
  } catch (error) {
    if (error instanceof ArticleError) throw new UnreadableCase(`${file}: ${error.message}`);
    throw error;
  }
}

function readCase(dir: string): Case {
  return { ...readMeta(dir), prev: readLead(dir, 'prev.txt'), next: readLead(dir, 'next.txt') };
}

const NONE: Agreement = { verbs: false, elements: false, positions: false, what: false };

/**
 * For a folder of cases (each a sub-folder with prev.txt, next.txt and a
 * meta.json holding `attn_next`, the line published with next.txt, and
 * optionally `what_aliases`): the published line, the generated one, and
 * whether verbs, elements, positions and content phrases agree; then the
 * agreement rates. A case that cannot be read counts as failed on all four:
 * a broken case must not raise the score by dropping out of it.
 */
export async function run(args: ArgsOf<'eval'>, io: Io): Promise<number> {
  const { root, names } = subfolders(args.dir, io, 'of cases (prev.txt, next.txt, meta.json each)');
  if (names.length === 0) throw new CliError(`${args.dir} holds no case folders`);
  const results: Agreement[] = [];
  const mark = (ok: boolean) => (ok ? 'yes' : 'NO');
  for (const name of names) {
    let read: Case;
    try {
      read = readCase(join(root, name));
    } catch (error) {
      if (!(error instanceof UnreadableCase)) throw error;
      io.stderr(`leads: ${name}: counted as failed: ${error.message}\n`);
      io.stdout(`${name}\n  unreadable, counted as failed\n`);
      results.push(NONE);
      continue;
    }
    const { published, whatAliases, prev, next } = read;
    const generated = writeAttn(diffLeads(prev, next)).line;
    const agreement = compareLines(published, generated, next.paragraphs.length, whatAliases);
    results.push(agreement);
    io.stdout(`${name}\n  published  ${published ?? '(none)'}\n  generated  ${generated ?? '(none)'}\n`);
    io.stdout(
      `  verbs ${mark(agreement.verbs)}  elements ${mark(agreement.elements)}  positions ${mark(agreement.positions)}  what ${mark(agreement.what)}\n`,
    );
  }
  const rate = (pick: (a: Agreement) => boolean) => results.filter(pick).length / results.length;
  const all = rate((a) => a.verbs && a.elements && a.positions && a.what);
  const pct = (r: number) => `${(r * 100).toFixed(1)}%`;
  io.stdout(
    `\n${results.length} cases: verbs ${pct(rate((a) => a.verbs))}, elements ${pct(rate((a) => a.elements))}, ` +
      `positions ${pct(rate((a) => a.positions))}, what ${pct(rate((a) => a.what))}, all four ${pct(all)}\n`,
  );
  if (args.min !== undefined && all * 100 < args.min) {
    io.stderr(`leads: agreement ${pct(all)} is below --min ${args.min}%\n`);
    return EXIT.negative;
  }
  return EXIT.ok;
}
