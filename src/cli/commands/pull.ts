import { EXIT, type Io } from '../io.js';
import { openStore } from '../store-access.js';
import type { ArgsOf } from '../command-table.js';
import { storeFlag } from '../store-flag.js';

export async function run(args: ArgsOf<'pull'>, io: Io): Promise<number> {
  const store = await openStore(args, io);
  const report = await store.pull(args.remote);
  for (const story of report.created) io.stdout(`new         ${story}\n`);
  for (const story of report.updated) io.stdout(`updated     ${story}\n`);
  for (const lead of report.kept) {
    io.stdout(`kept        ${lead.story} lead ${lead.lead} (${lead.commit.slice(0, 7)}), which ${args.remote} did not have\n`);
  }
  // The kept leads go back on top of the remote's through a paragraph merge, never re-sent whole.
  for (const story of new Set(report.kept.map((lead) => lead.story))) {
    io.stdout(`next        leads rebase ${story}${storeFlag(args.store)}\n`);
  }
  if (report.created.length + report.updated.length === 0) io.stdout(`every story is up to date with ${args.remote}\n`);
  return EXIT.ok;
}
