import { diffLeads, hasChanges } from '../../diff/lead-diff.js';
import { formatStat } from '../../format/summary.js';
import { EXIT, type Io } from '../io.js';
import { page } from '../pager.js';
import { resolvePair, type LeadPair } from '../sources.js';
import type { ArgsOf } from '../command-table.js';

export type DiffArgs = ArgsOf<'diff'>;

export async function run(args: DiffArgs, io: Io): Promise<number> {
  const pair = await resolvePair(args, io);
  const diff = diffLeads(pair.old, pair.new);
  const output = await render(pair, diff, args, io);
  await page(output, io, args.pager && !args.stat && (args.format ?? 'terminal') === 'terminal');
  return args.exitCode && hasChanges(diff) ? EXIT.negative : EXIT.ok;
}

async function render(pair: LeadPair, diff: ReturnType<typeof diffLeads>, args: DiffArgs, io: Io): Promise<string> {
  if (args.stat) return formatStat(diff);
  switch (args.format ?? 'terminal') {
    case 'json':
      return (await import('../../format/diff-json.js')).formatJson(diff);
    case 'unified':
      return (await import('../../format/unified.js')).formatUnified(pair.old, pair.new, pair.oldName, pair.newName);
    case 'html':
      return (await import('../../format/html.js')).formatHtml(diff, { title: titleOf(pair) });
    case 'terminal': {
      const color = args.color === 'always' || (args.color === 'auto' && io.stdoutIsTTY && !io.env.NO_COLOR);
      return (await import('../../format/terminal.js')).formatTerminal(diff, { color });
    }
  }
}

function titleOf(pair: LeadPair): string {
  return pair.story
    ? `${pair.story.id}: lead ${pair.story.from} to lead ${pair.story.to}`
    : `${pair.oldName} to ${pair.newName}`;
}
