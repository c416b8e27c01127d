import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { SAMPLE_DIR, tempStore } from '../helpers/store.js';

// An archive that caught the first version, the (LEAD) and the (3rd LD): leads 0, 1 and 3, lead 2 missing.
const { home, dir, leads } = tempStore();
const archive = mkdtempSync(join(tmpdir(), 'leads-archive-'));
mkdirSync(join(archive, 'quake-gap'));
for (const n of [0, 1, 3]) copyFileSync(join(SAMPLE_DIR, `0${n}.txt`), join(archive, 'quake-gap', `0${n}.txt`));
leads(['import', archive]);

let server: ChildProcess;
let base = '';

beforeAll(async () => {
  server = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--store', dir], { env: { PATH: process.env.PATH ?? '', HOME: home } });
  base = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /at (http:\/\/[^/ ]+:\d+\/)/.exec(out)?.[1];
      if (found) resolve(found);
    });
    server.on('exit', (code) => reject(new Error(`leads serve exited with ${code}`)));
  });
});

afterAll(() => {
  server?.kill();
});

describe('leads serve on a story imported with a gap', () => {
  it("links the 3rd LD's redline to the LEAD stored before it, and serves it", async () => {
    const timeline = await (await fetch(`${base}story/quake-gap`)).text();
    const links = [...timeline.matchAll(/href="\/story\/quake-gap\/diff\/([^"]+)"/g)].map((match) => match[1]);
    expect(links).toEqual(['1..3', '0..1']);
    // The missing 2nd LD stands between them, as in `leads log`.
    const labels = [...timeline.matchAll(/<tr( class="missing")?><td class="label">(?:<a [^>]*>)?([^<]*)/g)].map((m) => `${m[1] ? 'missing ' : ''}${m[2]}`);
    expect(labels).toEqual(['3rd LD', 'missing 2nd LD', 'LEAD', 'first']);
    const redline = await fetch(`${base}story/quake-gap/diff/1..3`);
    expect(redline.status).toBe(200);
    expect(await redline.text()).toContain('<title>quake-gap: LEAD to 3rd LD</title>');
  });

  it('answers a redline from the missing lead with a 404 that says it is missing from the archive', async () => {
    const response = await fetch(`${base}story/quake-gap/diff/2..3`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('lead 2 (2nd LD) of quake-gap is missing from the archive the story was imported from');
  });
});
