import { CliError, EXIT, type Io } from '../io.js';
import { openStore } from '../store-access.js';
import type { ArgsOf } from '../command-table.js';

export async function run(args: ArgsOf<'log'>, io: Io): Promise<number> {
  if (args.story === undefined && !args.unsent) throw new CliError("give a story id (or --unsent); 'leads list' shows the stories");
  const store = await openStore(args, io);
  const leads = args.unsent ? await store.unsent(args.story) : await store.log(args.story!);
  if (args.unsent && leads.length === 0 && !args.json) io.stderr('leads: note: no unsent leads\n');
  if (args.json) {
    const rows = leads.map(({ lead, label, time, author, headline, attn, commit }) => ({
      lead,
      label,
      time,
      author,
      headline,
      attn,
      commit,
    }));
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return EXIT.ok;
  }
  for (const lead of leads) {
    io.stdout(`${lead.commit.slice(0, 7)}  ${args.unsent ? `${lead.story}  ` : ''}${lead.time}  ${(lead.label ?? 'first').padEnd(8)} ${lead.headline ?? '(no headline)'}\n`);
    io.stdout(`         ${lead.author}${lead.attn ? `  ${lead.attn}` : ''}\n`);
  }
  return EXIT.ok;
}
