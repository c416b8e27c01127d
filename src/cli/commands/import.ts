import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../article/article.js';
import { parseArticle } from '../../article/parse.js';
import { ArticleError, decodeArticleBytes } from '../../article/text.js';
import { writeAttn } from '../../attn/write-attn.js';
import { checkAttn } from '../../attn/check.js';
import { diffLeads } from '../../diff/lead-diff.js';
import { applyImport, readStoredStory } from '../../store/apply.js';
import { StoreError } from '../../store/errors.js';
import { planImport, type ImportFile } from '../../store/plan.js';
import type { Author, Store } from '../../store/store.js';
import { isStoryId } from '../../store/story-id.js';
import { subfolders } from '../input.js';
import { EXIT, type Io } from '../io.js';
import { authorOf } from '../author.js';
import { openStore } from '../store-access.js';

import type { ArgsOf } from '../command-table.js';

interface Tally {
  imported: number;
  skipped: number;
  failed: number;
  stories: number;
}

/**
 * Commits a folder of past leads: one sub-folder per story (its name is the
 * story id), its files in transmission order by name. Each lead is stored
 * exactly as published; what leads would have written, and what its check
 * finds, go into the commit's trailers. Re-running skips what is stored.
 */
export async function run(args: ArgsOf<'import'>, io: Io): Promise<number> {
  const { root, names: folders } = subfolders(args.dir, io, 'with one sub-folder of leads per story');
  const store = await openStore(args, io);
  const author = await authorOf(args.author, store);
  const total = folders.reduce((sum, name) => sum + leadFiles(join(root, name)).length, 0);
  const tally: Tally = { imported: 0, skipped: 0, failed: 0, stories: 0 };
  const started = Date.now();
  const progress = (final = false) => {
    if (!io.stdoutIsTTY) return;
    const done = tally.imported + tally.skipped + tally.failed;
    const rate = done / Math.max(0.001, (Date.now() - started) / 1000);
    const width = 30;
    const filled = Math.round((done / Math.max(1, total)) * width);
    io.stdout(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} leads, ${rate.toFixed(0)}/s${final ? '\n' : ''}`);
  };
  for (const name of folders) {
    if (!isStoryId(name)) {
      const files = leadFiles(join(root, name)).length;
      io.stderr(`leads: ${join(args.dir, name)}: '${name}' is not a story id (lower-case letters, digits, hyphens); skipped ${files} leads\n`);
      tally.failed += files;
      continue;
    }
    tally.stories++;
    await importStory(store, join(root, name), name, author, tally, io, progress);
  }
  progress(true);
  io.stdout(`imported ${tally.imported}, skipped ${tally.skipped} already stored, failed ${tally.failed}; ${tally.stories} stories\n`);
  return tally.failed > 0 ? EXIT.usage : EXIT.ok;
}

function leadFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name !== 'times.tsv' && !name.startsWith('.') && statSync(join(dir, name)).isFile())
    .sort();
}

/** `times.tsv`: a file name and its ISO 8601 time per line. */
function readTimes(dir: string): Map<string, Date> {
  const times = new Map<string, Date>();
  let text: string;
  try {
    text = readFileSync(join(dir, 'times.tsv'), 'utf8');
  } catch {
    return times;
  }
  for (const line of text.split('\n')) {
    const [file, time] = line.split('\t');
    if (!file || !time) continue;
    const date = new Date(time.trim());
    if (!Number.isNaN(date.getTime())) times.set(file.trim(), date);
  }
  return times;
}

/** A story folder's file as read: parsed, or why not. */
type ReadLead = Exclude<ImportFile, { unreadable: string }>;
type ReadFile = Extract<ImportFile, { unreadable: string }> | Omit<ReadLead, 'written' | 'check'>;

async function importStory(
  store: Store,
  dir: string,
  story: string,
  author: Author,
  tally: Tally,
  io: Io,
  progress: () => void,
): Promise<void> {
  // What is stored already, read in one go: a resumed import compares every lead.
  const stored = await readStoredStory(store, story);
  const plan = planImport({ story, stored, files: withLeadsAttn(readStoryFiles(dir), stored.length) });
  for (const entry of plan.entries) {
    if (entry.outcome === 'new') continue;
    if (entry.outcome === 'unreadable') {
      io.stderr(`leads: ${join(dir, entry.file)}: ${entry.reason}; skipped\n`);
      tally.failed++;
    } else {
      tally.skipped++;
    }
    progress();
  }
  if (plan.refusal) {
    const { lead, file, left } = plan.refusal;
    io.stderr(`leads: ${story}: lead ${lead} in the store differs from ${join(dir, file)}; the story was not changed (${left} leads not imported)\n`);
    tally.failed += left;
    return;
  }
  // The new leads go in together: one ref update for the story, so that a
  // story is either imported up to here or left as it was.
  try {
    await applyImport(store, plan, author);
  } catch (error) {
    if (error instanceof StoreError && error.kind === 'conflict') {
      io.stderr(`leads: ${story}: ${error.message}\n`);
      tally.failed += plan.leads.length;
      return;
    }
    throw error;
  }
  tally.imported += plan.leads.length;
  progress();
}

/** Every file of a story folder in transmission order, decoded and parsed, its time from times.tsv or the file. */
function readStoryFiles(dir: string): ReadFile[] {
  const times = readTimes(dir);
  return leadFiles(dir).map((file) => {
    const path = join(dir, file);
    try {
      const text = decodeArticleBytes(readFileSync(path));
      return { file, text, article: parseArticle(text), time: times.get(file) ?? statSync(path).mtime };
    } catch (error) {
      if (!(error instanceof ArticleError)) throw error;
      return { file, unreadable: error.message };
    }
  });
}

/**
 * For each lead the store lacks, what leads writes for the change from the
 * readable file before it, and what the check finds in the file's own line.
 */
function withLeadsAttn(files: readonly ReadFile[], storedCount: number): ImportFile[] {
  let previous: Article | null = null;
  let lead = 0;
  return files.map((file) => {
    if ('unreadable' in file) return file;
    const before = previous;
    previous = file.article;
    if (lead++ < storedCount || !before) return { ...file, written: null, check: null };
    const written = writeAttn(diffLeads(before, file.article));
    return { ...file, written: written.line, check: checkAttn(file.article.attn, written.facts) };
  });
}
