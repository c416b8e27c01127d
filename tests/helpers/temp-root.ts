import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every test store, archive and server of a run lives under one folder,
 * removed when the run ends: the tests make hundreds of temporary folders and
 * none should outlive the run. Set before the test workers start, TMPDIR is
 * what `os.tmpdir()` answers in them and in every `leads` and git they run.
 * LEADS_KEEP_TEST_TMP=1 keeps the folder for a look after a failure.
 */
export function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'leads-tests-'));
  // Traversable by others, as /tmp is: the read-only store test runs leads as another user.
  chmodSync(root, 0o755);
  process.env.TMPDIR = root;
  return () => {
    if (process.env.LEADS_KEEP_TEST_TMP === '1') {
      console.log(`leads tests: temporary files kept in ${root}`);
      return;
    }
    rmSync(root, { recursive: true, force: true });
  };
}
