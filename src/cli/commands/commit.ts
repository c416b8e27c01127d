import type { Article } from '../../article/article.js';
import { StoreError } from '../../store/errors.js';
import { writeAttn, type AttnOptions } from '../../attn/write-attn.js';
import { checkAttn, type Finding } from '../../attn/check.js';
import { diffLeads } from '../../diff/lead-diff.js';
import { conflictMarkers } from '../../diff/merge.js';
import { applyCommit, readTarget } from '../../store/apply.js';
import { planCommit, type CommitPlan, type CommitRefusal } from '../../store/plan.js';
import type { Store } from '../../store/store.js';
import { validateStoryId } from '../../store/story-id.js';
import { readArticle } from '../input.js';
import { CliError, EXIT, type Io } from '../io.js';
import { authorOf } from '../author.js';
import { slugIdOf } from '../slug.js';
import { openStore } from '../store-access.js';
import { readStyle } from '../style-option.js';
import type { ArgsOf } from '../command-table.js';

export type CommitArgs = ArgsOf<'commit'>;

export async function run(args: CommitArgs, io: Io): Promise<number> {
  if (args.fixAttn && args.keepAttn) throw new CliError('give --fix-attn or --keep-attn, not both');
  const draft = await readArticle(args.file, io);
  refuseConflictLines(draft, args.file);
  const style = readStyle(args.style, io);
  const store = await openStore(args, io);
  const result = await commitLead(store, draft, {
    story: args.story,
    new: args.new,
    author: args.author,
    time: args.date === undefined ? new Date() : parseDate(args.date),
    dryRun: args.dryRun,
    window: args.window,
    attn: { style, what: args.what, correction: args.correction },
    handAttn: args.fixAttn ? 'fix' : args.keepAttn ? 'keep' : 'check',
  });
  if (result.kind === 'rejected') {
    for (const finding of result.findings) io.stderr(`${finding.severity}: ${finding.message}\n`);
    io.stderr(`suggested: ${result.suggested ?? '(no ATTN line)'}\n`);
    io.stderr(
      'leads: the ATTN line in the file does not match the copy, so nothing was committed; re-run with --fix-attn to use the suggested line, or --keep-attn to keep yours\n',
    );
    return EXIT.negative;
  }
  for (const note of result.notes) io.stderr(`leads: note: ${note}\n`);
  if (args.print) {
    io.stdout(result.plan.lead.text);
    io.stderr(result.summary);
  } else {
    io.stdout(result.summary);
  }
  return EXIT.ok;
}

/** A lead that still carries a merge's conflict blocks (`leads rebase --dry-run`) must not move. */
export function refuseConflictLines(draft: Article, file: string): void {
  const places = conflictMarkers(draft);
  if (places.length === 0) return;
  throw new CliError(
    `${file === '-' ? 'standard input' : file} still carries conflict lines (<<<<<<<, =======, >>>>>>>) at ${places.join(', ')}; keep one version of each block, delete the marker lines, then commit again`,
  );
}

export interface CommitOptions {
  readonly story?: string | undefined;
  readonly new?: boolean;
  readonly author?: string | undefined;
  readonly time: Date;
  readonly dryRun?: boolean;
  readonly window: number;
  readonly attn?: AttnOptions;
  /** A new hand-written ATTN line: check it (default), replace it with the writer's, or keep it unchecked. */
  readonly handAttn?: 'check' | 'fix' | 'keep';
}

/** The hand-written ATTN line disagreed with the copy: nothing was written. */
export interface CommitRejected {
  readonly kind: 'rejected';
  readonly findings: readonly Finding[];
  readonly suggested: string | null;
}

export interface CommitResult {
  readonly kind: 'committed';
  readonly story: string;
  readonly plan: CommitPlan;
  readonly commit: string | null;
  /** Notes for the editor, a new story announced among them. */
  readonly notes: readonly string[];
  /** `2nd LD  quake-20260314  1a2b3c4  (ATTN: ...)` and a newline. */
  readonly summary: string;
  /** The line the ATTN writer wrote, whether or not it is the one stored. */
  readonly generated: string | null;
}

/**
 * Commits one lead: reads where it goes, writes and checks its ATTN line,
 * plans it (store/plan.ts), writes the plan. Shared by `commit` and `demo`.
 */
export async function commitLead(store: Store, draft: Article, options: CommitOptions): Promise<CommitResult | CommitRejected> {
  const query = options.story !== undefined ? { story: validateStoryId(options.story) } : { slugId: slugIdOf(draft, 'give --story ID') };
  const target = await readTarget(store, query, { new: options.new ?? false, time: options.time, windowHours: options.window });
  const tip = target.kind === 'fresh' || target.kind === 'ambiguous' ? null : target.tip;
  const written = tip ? writeAttn(diffLeads(tip.article, draft), options.attn) : null;
  const decision = planCommit({
    draft,
    target,
    new: options.new ?? false,
    time: options.time,
    written: written?.line ?? null,
    check: written && draft.attn !== null ? checkAttn(draft.attn, written.facts) : null,
    handAttn: options.handAttn ?? 'check',
    style: options.attn?.style?.name ?? 'yonhap',
    correction: options.attn?.correction ?? false,
  });
  if (decision.kind === 'refused') {
    const { refusal } = decision;
    if (refusal.reason === 'attn-disagrees') return { kind: 'rejected', findings: refusal.findings, suggested: refusal.suggested };
    throw refusalError(refusal, options.time);
  }
  const author = await authorOf(options.author, store);
  const commit = options.dryRun ? null : await applyCommit(store, decision, author).catch(async (error: unknown) => {
    // Another desk started the very story this one was starting (it exists now): re-running --new would start yet another.
    if (error instanceof StoreError && error.kind === 'conflict' && decision.isNew && (await store.tip(decision.story)) !== null) {
      throw new StoreError('conflict', `another desk started ${decision.story} at the same moment; to add this lead to it, re-run with --story ${decision.story}${options.new ? ' instead of --new' : ''}`);
    }
    throw error;
  });
  return {
    kind: 'committed',
    story: decision.story,
    plan: decision,
    commit,
    notes: decision.notes,
    summary: summaryLine(decision, commit),
    generated: decision.written,
  };
}

function refusalError(refusal: Exclude<CommitRefusal, { reason: 'attn-disagrees' }>, time: Date): Error {
  switch (refusal.reason) {
    case 'story-exists':
      return new CliError(`story ${refusal.story} already exists; drop --new to continue it, or give another --story`);
    case 'before-previous':
      return new CliError(
        `--date ${time.toISOString()} is before lead ${refusal.previous} of ${refusal.story}; a lead cannot move before the one it follows`,
      );
    case 'identical':
      return new StoreError('identical', `the lead is identical to lead ${refusal.previous} of ${refusal.story}; nothing to commit`);
    case 'ambiguous-slug': {
      const list = refusal.stories.map((s) => `${s.story} (${s.label ?? 'first version'}, ${s.time})`).join(', ');
      return new CliError(`${refusal.stories.length} stories of this slug moved in the window: ${list}; give --story ID for the one this lead continues`);
    }
  }
}

/** `2nd LD  quake-20260314  1a2b3c4  (ATTN: ...)`: what was committed, on one line. */
export function summaryLine(plan: CommitPlan, commit: string | null): string {
  const label = plan.lead.label?.text ?? 'first version';
  const id = commit ? commit.slice(0, 7) : '(dry run)';
  return `${label}  ${plan.story}  ${id}${plan.lead.attn ? `  ${plan.lead.attn}` : ''}\n`;
}

/** Clocks on two desks differ a little; a lead from later than this ahead of now has a wrong --date. */
const CLOCK_SKEW_MS = 60_000;

function parseDate(text: string, now = new Date()): Date {
  const time = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(time.getTime())) {
    throw new CliError(`--date '${text}' is not an ISO 8601 time; write it like --date 2026-03-14T04:30:00+09:00`);
  }
  // A lead from the future would make every later commit to the story fail (none may precede it).
  if (time.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw new CliError(`--date '${text}' is later than now; give the time the lead moved, or leave --date out`);
  }
  return time;
}
