import { spawn } from 'node:child_process';
import type { Io } from './io.js';

/**
 * Writes long output through a pager on a terminal, as git does: $PAGER
 * (default `less`) with LESS=FRX unless set, so that output that fits on one
 * screen is simply printed. Off when stdout is not a terminal, with
 * --no-pager, or when PAGER is empty or `cat`.
 */
export async function page(text: string, io: Io, enabled: boolean): Promise<void> {
  const pager = io.env.LEADS_PAGER ?? io.env.PAGER ?? 'less';
  if (!enabled || !io.stdoutIsTTY || pager.trim() === '' || pager.trim() === 'cat') {
    io.stdout(text);
    return;
  }
  const ok = await new Promise<boolean>((resolve) => {
    const child = spawn(pager, {
      shell: true,
      stdio: ['pipe', 'inherit', 'inherit'],
      env: { ...io.env, LESS: io.env.LESS ?? 'FRX' },
    });
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
    child.stdin.on('error', () => undefined); // the reader quit early: not an error
    child.stdin.end(text);
  });
  if (!ok) io.stdout(text);
}
