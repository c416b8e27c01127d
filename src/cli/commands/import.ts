import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../article/article.js';
import { parseArticle } from '../../article/parse.js';
import { ArticleError, decodeArticleBytes } from '../../article/text.js';
import { writeAttn } from '../../attn/write-attn.js';
import { checkAttn } from '../../attn/check.js';
import { diffLeads } from '../../diff/lead-diff.js';
import { readStoredStory } from '../../store/apply.js';
import { numberLeads, planImport, type ImportFile, type ImportRefusal } from '../../store/plan.js';
import type { Author, Store, StoryRun } from '../../store/store.js';
import { isStoryId } from '../../store/story-id.js';
import { subfolders } from '../input.js';
import { EXIT, type Io } from '../io.js';
import { authorOf } from '../author.js';
import { openStore } from '../store-access.js';

import type { ArgsOf } from '../command-table.js';

interface Tally {
  /** Leads handed to git, counted as imported once their story's ref has moved. */
  queued: number;
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
  // Each folder is listed once: an archive of thousands of stories is not read three times over.
  const files = new Map(folders.map((name) => [name, leadFiles(join(root, name))]));
  const total = [...files.values()].reduce((sum, list) => sum + list.length, 0);
  const tally: Tally = { queued: 0, imported: 0, skipped: 0, failed: 0, stories: 0 };
  const started = Date.now();
  const progress = (final = false) => {
    if (!io.stdoutIsTTY) return;
    const done = tally.queued + tally.skipped + tally.failed;
    const rate = done / Math.max(0.001, (Date.now() - started) / 1000);
    const width = 30;
    const filled = Math.round((done / Math.max(1, total)) * width);
    io.stdout(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} leads, ${rate.toFixed(0)}/s${final ? '\n' : ''}`);
  };
  const tips = await store.tipCommits(folders.filter(isStoryId));
  const runLength = new Map<string, number>();
  // Stories are prepared one by one while git writes the ones before: one
  // fast-import for the whole archive, then one ref transaction.
  async function* runs(): AsyncGenerator<StoryRun> {
    for (const name of folders) {
      if (!isStoryId(name)) {
        const count = files.get(name)!.length;
        io.stderr(`leads: ${join(args.dir, name)}: '${name}' is not a story id (lower-case letters, digits, hyphens); skipped ${count} leads\n`);
        tally.failed += count;
        continue;
      }
      tally.stories++;
      const run = await importStory(store, join(root, name), files.get(name)!, name, tips.get(name) ?? null, author, tally, io, progress);
      if (run) {
        runLength.set(name, run.leads.length);
        yield run;
      }
    }
  }
  const report = await store.writeStories(runs());
  for (const { commits } of report.written) tally.imported += commits.length;
  const badInput = tally.failed;
  for (const story of report.conflicts) {
    io.stderr(`leads: ${story}: another writer moved the story while it was imported, so it was left as they left it; re-run to import it\n`);
    tally.failed += runLength.get(story) ?? 0;
  }
  progress(true);
  io.stdout(`imported ${tally.imported}, skipped ${tally.skipped} already stored, failed ${tally.failed}; ${tally.stories} stories\n`);
  // Input to fix comes first; a story that only needs a re-run is a conflict.
  if (badInput > 0) return EXIT.usage;
  return report.conflicts.length > 0 ? EXIT.conflict : EXIT.ok;
}

function leadFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.name !== 'times.tsv' && !entry.name.startsWith('.'))
    .filter((entry) => entry.isFile() || (entry.isSymbolicLink() && statSync(join(dir, entry.name)).isFile()))
    .map((entry) => entry.name)
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

/** A story's leads not yet stored, as one run for the bulk write; null when there is nothing to write. */
async function importStory(
  store: Store,
  dir: string,
  files: readonly string[],
  story: string,
  tip: string | null,
  author: Author,
  tally: Tally,
  io: Io,
  progress: () => void,
): Promise<StoryRun | null> {
  // A story not in the store costs no git call; one that is has its history and texts read in one go each.
  const stored = tip === null ? [] : await readStoredStory(store, story);
  const plan = planImport({ story, stored, now: new Date(), files: withLeadsAttn(readStoryFiles(dir, files), new Set(stored.map((lead) => lead.lead))) });
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
    io.stderr(`leads: ${story}: ${refusalOf(plan.refusal, dir)}\n`);
    tally.failed += plan.refusal.left;
    return null;
  }
  // The new leads go in together: the story's ref moves once, in the bulk
  // write's one transaction, so that a story is either imported up to here or left as it was.
  tally.queued += plan.leads.length;
  progress();
  return plan.leads.length > 0 ? { story, parent: plan.parent, leads: plan.leads.map((lead) => ({ author, ...lead })) } : null;
}

/** Every file of a story folder in transmission order, decoded and parsed, its time from times.tsv or the file. */
function readStoryFiles(dir: string, files: readonly string[]): ReadFile[] {
  const times = readTimes(dir);
  return files.map((file) => {
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

/** Why a story was left as it is, with the files and labels that say so. */
function refusalOf(refusal: ImportRefusal, dir: string): string {
  const notImported = `the story was not changed (${refusal.left} leads not imported)`;
  switch (refusal.reason) {
    case 'history-differs':
      return `lead ${refusal.lead} in the store differs from ${join(dir, refusal.file)}; ${notImported}`;
    case 'store-lacks':
      return `${join(dir, refusal.file)} ${labelled(refusal)} is lead ${refusal.lead}, which the store lacks though it holds leads up to ${refusal.latest}; a lead cannot go in below later ones, so ${notImported}`;
    case 'time-in-future':
      return `${join(dir, refusal.file)} moved at ${refusal.time.toISOString()}, later than now: fix its time in times.tsv (or the file's time), and re-run; ${notImported}`;
    case 'time-goes-back':
      return `${join(dir, refusal.file)} moved at ${refusal.time.toISOString()}, before the lead it follows (${refusal.after!.toISOString()}): fix its time in times.tsv (or the file's time), and re-run; ${notImported}`;
    case 'label-repeats':
    case 'labels-contradict': {
      const { file, after } = refusal;
      const why = refusal.reason === 'label-repeats' ? 'a lead number cannot repeat (a re-sent lead?)' : 'the labels contradict the file order';
      return `${join(dir, file.file)} ${labelled(file)} is lead ${file.lead}, but it comes after ${after.file} ${labelled(after)}, lead ${after.lead}: ${why}; fix the label or the file names, and re-run (${refusal.left} leads not imported)`;
    }
  }
}

function labelled({ label }: { readonly label: string | null }): string {
  return label === null ? '(no label)' : `(${label})`;
}

/**
 * For each lead the store lacks, what leads writes for the change from the
 * lead just before it, and what the check finds in the file's own line. A
 * lead after a gap gets neither: its ATTN line speaks of a lead the archive
 * never caught.
 */
function withLeadsAttn(files: readonly ReadFile[], stored: ReadonlySet<number>): ImportFile[] {
  const readable = files.filter((file): file is Omit<ReadLead, 'written' | 'check'> => !('unreadable' in file));
  const numbered = numberLeads(readable.map((file) => ({ file: file.file, label: file.article.label })));
  // Labels that cannot be placed refuse the story: there is nothing to write.
  const numbers = 'leads' in numbered ? numbered.leads.map((file) => file.lead) : null;
  let previous: { article: Article; lead: number } | null = null;
  let next = 0;
  return files.map((file) => {
    if ('unreadable' in file) return file;
    const lead = numbers?.[next++];
    const before = previous;
    previous = lead === undefined ? null : { article: file.article, lead };
    if (lead === undefined || stored.has(lead) || before?.lead !== lead - 1) return { ...file, written: null, check: null };
    const written = writeAttn(diffLeads(before.article, file.article));
    return { ...file, written: written.line, check: checkAttn(file.article.attn, written.facts) };
  });
}
