import type { Article } from '../../article/article.js';
import { parseArticle } from '../../article/parse.js';
import { StoreError } from '../../store/errors.js';
import { writeAttn, type AttnOptions } from '../../attn/write-attn.js';
import { checkAttn, type Finding } from '../../attn/check.js';
import { diffLeads } from '../../diff/lead-diff.js';
import { planLead, type LeadPlan } from '../../store/plan.js';
import type { LeadRecord, Store } from '../../store/store.js';
import { datedStoryId, validateStoryId } from '../../store/story-id.js';
import { readArticle } from '../input.js';
import { CliError, EXIT, type Io } from '../io.js';
import { authorOf } from '../author.js';
import { slugIdOf } from '../slug.js';
import { openStore } from '../store-access.js';
import { readStyle } from '../style-option.js';
import type { ArgsOf } from '../command-table.js';

export type CommitArgs = ArgsOf<'commit'>;

/** Where a lead goes: an existing story and its latest lead (with its text), or a new story. */
interface Target {
  readonly story: string;
  readonly tip: { readonly record: LeadRecord; readonly text: string } | null;
  readonly isNew: boolean;
}

export async function run(args: CommitArgs, io: Io): Promise<number> {
  if (args.fixAttn && args.keepAttn) throw new CliError('give --fix-attn or --keep-attn, not both');
  const draft = await readArticle(args.file, io);
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
    io.stdout(result.plan.text);
    io.stderr(result.summary);
  } else {
    io.stdout(result.summary);
  }
  return EXIT.ok;
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
  readonly plan: LeadPlan;
  readonly commit: string | null;
  /** Notes for the editor, a new story announced among them. */
  readonly notes: readonly string[];
  /** `2nd LD  quake-20260314  1a2b3c4  (ATTN: ...)` and a newline. */
  readonly summary: string;
  /** The line the ATTN writer wrote, whether or not it is the one stored. */
  readonly generated: string | null;
}

/** Commits one lead: finds its story, plans its label and ATTN line, writes it. Shared by `commit` and `demo`. */
export async function commitLead(store: Store, draft: Article, options: CommitOptions): Promise<CommitResult | CommitRejected> {
  const target = await findTarget(store, draft, options);
  const tip = target.tip?.record ?? null;
  const previous = target.tip ? { lead: target.tip.record.lead, article: parseArticle(target.tip.text) } : null;
  if (tip && options.time.getTime() < Date.parse(tip.time)) {
    throw new CliError(
      `--date ${options.time.toISOString()} is before lead ${tip.lead} of ${target.story}; a lead cannot move before the one it follows`,
    );
  }
  const written = previous ? writeAttn(diffLeads(previous.article, draft), options.attn) : null;
  let plan = planLead(draft, previous, () => written?.line ?? null);
  if (plan.attnSource === 'hand' && written && options.handAttn !== 'keep') {
    const check = checkAttn(plan.attn, written.facts);
    if (!check.agrees) {
      if (options.handAttn !== 'fix') return { kind: 'rejected', findings: check.findings, suggested: written.line };
      plan = planLead({ ...draft, attn: null }, previous, () => written.line);
    }
  }
  if (plan.identical) {
    throw new StoreError('identical', `the lead is identical to lead ${previous!.lead} of ${target.story}; nothing to commit`);
  }
  const author = await authorOf(options.author, store);
  const commit = options.dryRun
    ? null
    : await store.write({
        story: target.story,
        parent: tip?.commit ?? null,
        text: plan.text,
        author,
        time: options.time,
        message: {
          lead: plan.lead,
          story: target.story,
          label: plan.label?.text ?? null,
          headline: plan.article.headline,
          slug: plan.article.slug,
          attn: plan.attn,
          extra: trailers(plan, options.attn),
        },
      });
  const notes = [...plan.notes, ...(target.isNew ? [`new story ${target.story}`] : [])];
  return {
    kind: 'committed',
    story: target.story,
    plan,
    commit,
    notes,
    summary: summaryLine(plan, target.story, commit),
    generated: written?.line ?? null,
  };
}

/** The store keeps how the ATTN line was made: its source, the house style, and the correction flag. */
function trailers(plan: LeadPlan, attn: AttnOptions | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (plan.attn !== null) {
    out['Attn-Source'] = plan.attnSource === 'hand' ? 'editor' : 'leads';
    out['Attn-Style'] = attn?.style?.name ?? 'yonhap';
  }
  if (attn?.correction) out.Correction = 'yes';
  return out;
}

/** `2nd LD  quake-20260314  1a2b3c4  (ATTN: ...)`: what was committed, on one line. */
function summaryLine(plan: LeadPlan, story: string, commit: string | null): string {
  const label = plan.label?.text ?? 'first version';
  const id = commit ? commit.slice(0, 7) : '(dry run)';
  return `${label}  ${story}  ${id}${plan.attn ? `  ${plan.attn}` : ''}\n`;
}

async function findTarget(store: Store, draft: Article, args: CommitOptions): Promise<Target> {
  if (args.story !== undefined) {
    const story = validateStoryId(args.story);
    const tip = await store.tipWithText(story);
    if (args.new && tip) throw new CliError(`story ${story} already exists; drop --new to continue it, or give another --story`);
    return { story, tip, isNew: tip === null };
  }
  const slugId = slugIdOf(draft, 'give --story ID');
  if (!args.new) {
    const recent = await store.recentStoryForSlug(slugId, args.time, args.window);
    if (recent) return { story: recent.story, tip: { record: recent, text: await store.text(recent.commit) }, isNew: false };
  }
  for (let attempt = 1; ; attempt++) {
    const story = datedStoryId(slugId, args.time, attempt);
    if (!(await store.tip(story))) return { story, tip: null, isNew: true };
  }
}

function parseDate(text: string): Date {
  const time = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(time.getTime())) {
    throw new CliError(`--date '${text}' is not an ISO 8601 time; write it like --date 2026-03-14T04:30:00+09:00`);
  }
  return time;
}
