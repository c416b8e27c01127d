import { labelFor, leadName } from '../../article/label.js';
import { withMissingLeads, type MissingLead } from '../../article/lead-numbers.js';
import type { LeadRecord } from '../../store/store.js';
import { CliError, EXIT, type Io } from '../io.js';
import { openStore } from '../store-access.js';
import type { ArgsOf } from '../command-table.js';

export async function run(args: ArgsOf<'log'>, io: Io): Promise<number> {
  if (args.story === undefined && !args.unsent) throw new CliError("give a story id (or --unsent); 'leads list' shows the stories");
  const store = await openStore(args, io);
  const leads = args.unsent ? await store.unsent(args.story) : await store.log(args.story!);
  if (args.unsent && leads.length === 0 && !args.json) io.stderr('leads: note: no unsent leads\n');
  const rows = args.unsent ? leads : withMissingLeads(leads);
  if (args.json) {
    const json = rows.map((row) =>
      'missing' in row
        ? { lead: row.missing, label: labelFor(row.missing), missing: true, time: null, author: null, headline: null, attn: null, commit: null }
        : { lead: row.lead, label: row.label, time: row.time, author: row.author, headline: row.headline, attn: row.attn, commit: row.commit },
    );
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    return EXIT.ok;
  }
  const timeWidth = leads[0]?.time.length ?? 0;
  const nameOf = (row: LeadRecord | MissingLead) => ('missing' in row ? (labelFor(row.missing) ?? 'first') : leadName(row.lead, row.label));
  const nameWidth = Math.max(8, ...rows.map((row) => nameOf(row).length));
  for (const row of rows) {
    if ('missing' in row) {
      io.stdout(`missing  ${''.padEnd(timeWidth)}  ${nameOf(row).padEnd(nameWidth)} not in the archive the story was imported from\n`);
      continue;
    }
    io.stdout(`${row.commit.slice(0, 7)}  ${args.unsent ? `${row.story}  ` : ''}${row.time}  ${nameOf(row).padEnd(nameWidth)} ${row.headline ?? '(no headline)'}\n`);
    io.stdout(`         ${row.author}${row.attn ? `  ${row.attn}` : ''}\n`);
  }
  return EXIT.ok;
}

