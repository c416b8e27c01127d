import { EMPTY_ARTICLE, type Article } from '../../article/article.js';
import { parseArticle } from '../../article/parse.js';
import type { HouseStyle } from '../../attn/style.js';
import { writeAttn } from '../../attn/write-attn.js';
import { diffLeads } from '../../diff/lead-diff.js';
import { mergeLeads, renderMergeDraft, type LeadMerge, type MergeConflict } from '../../diff/merge.js';
import { applyCommit } from '../../store/apply.js';
import { StoreError } from '../../store/errors.js';
import { planCommit } from '../../store/plan.js';
import type { KeptWithBase } from '../../store/rebase.js';
import type { Author, LeadRecord, Store } from '../../store/store.js';
import { validateStoryId } from '../../store/story-id.js';
import { authorOf } from '../author.js';
import type { ArgsOf } from '../command-table.js';
import { readArticle } from '../input.js';
import { CliError, EXIT, type Io } from '../io.js';
import { openStore } from '../store-access.js';
import { readStyle } from '../style-option.js';
import { storeFlag } from '../store-flag.js';
import { refuseConflictLines, summaryLine } from './commit.js';

/**
 * `leads rebase STORY`: the leads a pull kept aside, re-committed one by one
 * onto the story's latest lead, each merged by paragraph with the lead it
 * followed as the base (src/diff/merge.ts). A conflict stops the rebase
 * before it writes that lead.
 */
export async function run(args: ArgsOf<'rebase'>, io: Io): Promise<number> {
  const story = validateStoryId(args.story);
  if ([args.dryRun, args.drop, args.continue !== undefined].filter(Boolean).length > 1) {
    throw new CliError('give one of --dry-run, --continue FILE and --drop, not several');
  }
  const resolved = args.continue === undefined ? null : await readArticle(args.continue, io);
  if (resolved) refuseConflictLines(resolved, args.continue!);
  const style = readStyle(args.style, io);
  const store = await openStore(args, io);
  const kept = await store.kept(story);
  const again = `leads rebase ${story}${storeFlag(args.store)}`;
  if (kept.length === 0) {
    // A mistyped story id is no story at all, not one with nothing to rebase.
    if ((await store.tip(story)) === null) throw new CliError(`no story '${story}' in the store; 'leads list' shows the stories there`);
    if (resolved) throw new CliError(`story ${story} has no kept leads, so there is nothing to continue; 'leads log --unsent' lists kept leads`);
    io.stderr(`leads: note: story ${story} has no kept leads; nothing to rebase\n`);
    return EXIT.ok;
  }

  if (args.drop) {
    for (const lead of kept) {
      await store.retireKept(lead);
      io.stdout(`dropped     ${story} lead ${lead.lead} ${lead.commit}\n`);
    }
    return EXIT.ok;
  }

  if (args.dryRun) return dryRun(store, story, kept, io);

  const author = await authorOf(args.author, store);
  let pending = kept;
  if (resolved) {
    await commitOnto(store, story, await latest(store, story, again), resolved, pending[0]!, { author, style }, io);
    pending = pending.slice(1);
  }
  for (const lead of pending) {
    const tip = await latest(store, story, again);
    const merge = mergeLeads(await baseOf(store, lead), parseArticle(await store.text(lead.commit)), parseArticle(tip.text));
    if (merge.conflicts.length > 0) {
      io.stderr(
        `leads: ${story}: lead ${lead.lead} (${lead.commit.slice(0, 7)}) and ${labelOf(tip.record)} changed the same copy differently at ${describeConflicts(merge.conflicts)}; ` +
          `nothing was committed for it. Print the merge with '${again} --dry-run > draft.txt', resolve the marked blocks, then run '${again} --continue draft.txt'\n`,
      );
      return EXIT.conflict;
    }
    await commitOnto(store, story, tip, merge.article, lead, { author, style }, io);
  }
  return EXIT.ok;
}

/** Merges in memory, each kept lead onto the one merged before it; prints the first conflicting draft, or the last merge. */
async function dryRun(store: Store, story: string, kept: readonly KeptWithBase[], io: Io): Promise<number> {
  const tip = await latest(store, story, `leads rebase ${story}`);
  let theirs = parseArticle(tip.text);
  let name = `${story} ${labelOf(tip.record)}`;
  let merge: LeadMerge | null = null;
  for (const lead of kept) {
    merge = mergeLeads(await baseOf(store, lead), parseArticle(await store.text(lead.commit)), theirs);
    if (merge.conflicts.length > 0) {
      io.stdout(renderMergeDraft(merge, name));
      io.stderr(`leads: ${story}: lead ${lead.lead} (${lead.commit.slice(0, 7)}) conflicts at ${describeConflicts(merge.conflicts)}\n`);
      return EXIT.conflict;
    }
    theirs = merge.article;
    name = `${story} lead ${lead.lead} (${lead.commit.slice(0, 7)}) merged`;
  }
  io.stdout(renderMergeDraft(merge!, name));
  return EXIT.ok;
}

async function latest(store: Store, story: string, again: string): Promise<{ record: LeadRecord; text: string }> {
  const tip = await store.tipWithText(story);
  if (!tip) throw new StoreError('unknown-story', `story ${story} has no leads in this store; pull it first, then run '${again}'`);
  return tip;
}

async function baseOf(store: Store, lead: KeptWithBase): Promise<Article> {
  return lead.base === null ? EMPTY_ARTICLE : parseArticle(await store.text(lead.base));
}

/**
 * Commits a merged (or resolved) lead onto the latest lead it was merged
 * with, with a fresh ATTN line from the diff against that lead, then
 * retires the kept lead's ref. The write moves the story only if it still
 * points at that lead.
 */
async function commitOnto(
  store: Store,
  story: string,
  tip: { record: LeadRecord; text: string },
  draft: Article,
  kept: KeptWithBase,
  options: { author: Author; style: HouseStyle },
  io: Io,
): Promise<void> {
  const previous = parseArticle(tip.text);
  const next: Article = { ...draft, attn: null };
  const written = writeAttn(diffLeads(previous, next), { style: options.style });
  const decision = planCommit({
    draft: next,
    target: { kind: 'named', story, tip: { commit: tip.record.commit, lead: tip.record.lead, time: tip.record.time, article: previous } },
    new: false,
    // Never before the lead it follows, whatever this machine's clock says.
    time: new Date(Math.max(Date.now(), Date.parse(tip.record.time))),
    written: written.line,
    check: null,
    handAttn: 'fix',
    style: options.style.name,
    correction: false,
  });
  if (decision.kind === 'refused') {
    if (decision.refusal.reason !== 'identical') throw new CliError(`lead ${kept.lead} of ${story} cannot be re-committed (${decision.refusal.reason})`);
    await store.retireKept(kept);
    io.stdout(`already in  ${story} ${labelOf(tip.record)}: lead ${kept.lead} (${kept.commit.slice(0, 7)}) had nothing more\n`);
    return;
  }
  const commit = await applyCommit(store, decision, options.author);
  await store.retireKept(kept);
  io.stdout(summaryLine(decision, commit));
}

function labelOf(record: LeadRecord): string {
  return record.label ?? 'first version';
}

/** `para 2, headline, photo 1`: each conflict by its place in the merged lead. */
export function describeConflicts(conflicts: readonly MergeConflict[]): string {
  return conflicts
    .map((c) => {
      switch (c.element) {
        case 'paragraph':
          return `para ${c.position}`;
        case 'dateline':
          return 'the dateline (para 1)';
        case 'photo':
          return `photo ${c.position}`;
        case 'slug':
          return 'the slug line';
        case 'email':
          return 'the e-mail line';
        default:
          return `the ${c.element}`;
      }
    })
    .join(', ');
}
