import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real git server for tests: `git daemon` on loopback, pushes allowed, serving the bare repositories under `root`. */
export interface GitServer {
  readonly root: string;
  /** `git://127.0.0.1:PORT/NAME`. */
  readonly url: (name: string) => string;
  readonly stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Starts the daemon and waits (at most `waitMs`) until it accepts connections. */
export async function startGitDaemon(waitMs = 10_000): Promise<GitServer> {
  const root = mkdtempSync(join(tmpdir(), 'leads-server-'));
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const daemon: ChildProcess = spawn(
      'git',
      ['daemon', '--reuseaddr', '--export-all', '--enable=receive-pack', `--base-path=${root}`, '--listen=127.0.0.1', `--port=${port}`, root],
      { stdio: 'ignore', env: { PATH: process.env.PATH ?? '', HOME: root, LC_ALL: 'C' } },
    );
    let exited = false;
    daemon.once('exit', () => (exited = true));
    const deadline = Date.now() + waitMs;
    while (!exited && Date.now() < deadline) {
      if (await accepts(port)) {
        return {
          root,
          url: (name) => `git://127.0.0.1:${port}/${name}`,
          stop: () =>
            new Promise((resolve) => {
              if (exited) return resolve();
              const timer = setTimeout(() => {
                daemon.kill('SIGKILL');
                resolve();
              }, 5_000);
              daemon.once('exit', () => {
                clearTimeout(timer);
                resolve();
              });
              daemon.kill('SIGTERM');
            }),
        };
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    if (!exited) daemon.kill('SIGKILL');
  }
  throw new Error('git daemon did not start on loopback');
}
