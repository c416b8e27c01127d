import { EXIT, type Io } from '../io.js';
import { openStore } from '../store-access.js';
import type { ArgsOf } from '../command-table.js';

export async function run(args: ArgsOf<'push'>, io: Io): Promise<number> {
  const store = await openStore(args, io);
  const report = await store.push(args.remote);
  for (const story of report.sent) io.stdout(`sent        ${story}\n`);
  for (const story of report.upToDate) io.stdout(`up to date  ${story}\n`);
  for (const story of report.refused) {
    io.stderr(
      `leads: ${story}: another desk moved this story on ${args.remote} first; run 'leads pull ${args.remote}', re-commit your lead, then push again\n`,
    );
  }
  return report.refused.length > 0 ? EXIT.conflict : EXIT.ok;
}
