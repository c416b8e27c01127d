import { spawn, type ChildProcess } from 'node:child_process';
import { BIN } from './cli.js';

/** `leads serve` on a store, the address it prints, and what it logs on stderr. */
export async function serveStore(store: string, storeHome: string, extra: string[] = []): Promise<{ child: ChildProcess; base: string; stderr: () => string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--store', store, ...extra], { env: { PATH: process.env.PATH ?? '', HOME: storeHome } });
  let err = '';
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /at (http:\/\/[^/ ]+:\d+\/)/.exec(out)?.[1];
      if (found) resolve(found);
    });
    child.on('exit', (code) => reject(new Error(`leads serve exited with ${code}`)));
  });
  return { child, base: url, stderr: () => err };
}
