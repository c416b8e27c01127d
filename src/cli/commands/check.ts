import type { Article } from '../../article/article.js';
import { relabel } from '../../article/label.js';
import { parseArticle } from '../../article/parse.js';
import { writeAttn } from '../../attn/write-attn.js';
import { checkAttn, type Finding } from '../../attn/check.js';
import { diffLeads } from '../../diff/lead-diff.js';
import { readArticle } from '../input.js';
import { CliError, EXIT, type Io } from '../io.js';
import { readStyle } from '../style-option.js';
import type { ArgsOf } from '../command-table.js';

type CheckArgs = ArgsOf<'check'>;

/** The previous lead to check against, and its lead number. */
interface Previous {
  readonly article: Article;
  readonly lead: number;
  readonly source: string;
}

export async function run(args: CheckArgs, io: Io): Promise<number> {
  if (args.story !== undefined && args.against !== undefined) {
    throw new CliError('give --story or --against, not both');
  }
  const draft = await readArticle(args.file, io);
  const previous = await previousLead(args, draft, io);
  const style = readStyle(args.style, io);
  const written = writeAttn(diffLeads(previous.article, draft), { style, what: args.what, correction: args.correction });
  const findings: Finding[] = [];
  const expected = relabel(draft.label ?? previous.article.label, previous.lead + 1);
  if (draft.label?.text !== expected?.text && (draft.label?.text ?? null) === (previous.article.label?.text ?? null)) {
    // The usual round: `leads show STORY > draft.txt`, edit, check. commit relabels such a draft itself.
    findings.push({ severity: 'note', message: `the label is still the previous lead's; commit makes it ${expected?.text ?? 'no label'}` });
  } else if (draft.label?.text !== expected?.text) {
    findings.push({
      severity: 'error',
      message: `the label is ${draft.label ? draft.label.text : 'missing'}, but this is lead ${previous.lead + 1} after ${previous.source}: ${expected?.text ?? 'no label'}`,
    });
  }
  const attn = checkAttn(draft.attn, written.facts);
  findings.push(...attn.findings);
  for (const finding of findings) io.stdout(`${finding.severity}: ${finding.message}\n`);
  const ok = findings.every((f) => f.severity === 'note');
  if (ok) io.stdout('ok: the label and ATTN line agree with the copy\n');
  if (!ok || draft.attn !== written.line) io.stdout(`suggested: ${written.line ?? '(no ATTN line)'}\n`);
  return ok ? EXIT.ok : EXIT.negative;
}

async function previousLead(args: CheckArgs, draft: Article, io: Io): Promise<Previous> {
  if (args.against !== undefined) {
    const article = await readArticle(args.against, io);
    return { article, lead: article.label?.lead ?? 0, source: args.against };
  }
  const { openStore } = await import('../store-access.js');
  const [{ validateStoryId }, { slugIdOf }] = await Promise.all([import('../../store/story-id.js'), import('../slug.js')]);
  const store = await openStore(args, io);
  let story = args.story === undefined ? null : validateStoryId(args.story);
  if (story === null) {
    const slugId = slugIdOf(draft, 'give --story ID or --against OLD_FILE');
    const recent = await store.recentStoryForSlug(slugId, new Date(), args.window);
    if (!recent) throw new CliError(`no story for the slug '${draft.slug}' moved in the last ${args.window} hours; give --story ID or --against OLD_FILE`);
    story = recent.story;
  }
  const tip = await store.tipWithText(story);
  if (!tip) throw new CliError(`no story '${story}' in the store; 'leads list' shows the stories there`);
  return { article: parseArticle(tip.text), lead: tip.record.lead, source: `${story} lead ${tip.record.lead}` };
}
