import { EXIT, type Io } from '../io.js';
import { openStore } from '../store-access.js';
import type { ArgsOf } from '../command-table.js';

export async function run(args: ArgsOf<'pull'>, io: Io): Promise<number> {
  const store = await openStore(args, io);
  const report = await store.pull(args.remote);
  for (const story of report.created) io.stdout(`new         ${story}\n`);
  for (const story of report.updated) io.stdout(`updated     ${story}\n`);
  for (const lead of report.kept) {
    io.stdout(
      `kept        ${lead.story} lead ${lead.lead} (${lead.commit.slice(0, 7)}), which ${args.remote} did not have; re-commit it with:\n` +
        // Its ATTN line spoke of the lead it followed here; as the next lead it needs a new one.
        `            leads show ${lead.story} ${lead.commit.slice(0, 7)} | leads commit - --story ${lead.story} --fix-attn\n`,
    );
  }
  if (report.created.length + report.updated.length === 0) io.stdout(`every story is up to date with ${args.remote}\n`);
  return EXIT.ok;
}
