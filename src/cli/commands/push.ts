import { CliError, EXIT, type Io } from '../io.js';
import { openStore } from '../store-access.js';
import type { ArgsOf } from '../command-table.js';
import { storeFlag } from '../store-flag.js';

export async function run(args: ArgsOf<'push'>, io: Io): Promise<number> {
  const store = await openStore(args, io);
  const report = await store.push(args.remote);
  // The server's own words, whatever it refused: a hook explains itself here.
  const quoted = report.remoteLines.map((line) => `  ${line}\n`).join('');
  if (report.failure !== null) {
    throw new CliError(`push to ${args.remote} failed: ${report.failure}${quoted ? `\n${quoted.trimEnd()}` : ''}`);
  }
  for (const story of report.sent) io.stdout(`sent        ${story}\n`);
  for (const story of report.upToDate) io.stdout(`up to date  ${story}\n`);
  for (const { story, reason } of report.rejected) {
    io.stderr(`leads: ${story}: ${args.remote} refused it (${reason}); pulling will not help, the server's reason is below\n`);
  }
  if (report.rejected.length > 0) io.stderr(quoted);
  for (const story of report.refused) {
    io.stderr(
      `leads: ${story}: another desk moved this story on ${args.remote} first; run 'leads pull ${args.remote}${storeFlag(args.store)}', then 'leads rebase ${story}${storeFlag(args.store)}', then push again\n`,
    );
  }
  if (report.rejected.length > 0) return EXIT.usage;
  return report.refused.length > 0 ? EXIT.conflict : EXIT.ok;
}
