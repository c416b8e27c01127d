/**
 * The store at newsroom scale (issue 12), each case a ratio against a
 * reference measured in the same run: `leads import` against `git
 * fast-import` of the same texts, a slug commit into 20,000 stories against
 * 20, and the web view's story list at 2,000 stories against 20 (with
 * requests per second from 10 concurrent clients on loopback). Peak RSS is
 * the whole process's, from GNU time (or the server's VmHWM).
 *
 * Run on its own with `npx tsx bench/scale.ts [--quick]` (`LEADS_BENCH_ONLY=import|commit|list`
 * for one case); `bench/run.ts` adds its rows to the table.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { paragraph, random } from './generate.js';

export interface ScaleRow {
  readonly name: string;
  readonly figure: string;
  readonly reference: string;
  readonly ratio: string;
}

interface Context {
  readonly work: string;
  readonly env: Record<string, string>;
  readonly bin: string;
  readonly quick: boolean;
  readonly rows: ScaleRow[];
}

const GNU_TIME = '/usr/bin/time';
const AUTHOR = ['--author', 'Bench Desk <bench@example.com>'];

export async function storeScaleRows(options: { work: string; env: Record<string, string>; bin: string; quick: boolean }): Promise<ScaleRow[]> {
  const context: Context = { ...options, rows: [] };
  const only = process.env.LEADS_BENCH_ONLY;
  if (!only || only === 'import') await benchImport(context);
  if (!only || only === 'commit') await benchSlugCommit(context);
  if (!only || only === 'list') await benchStoryList(context);
  return context.rows;
}

// ------------------------------------------------------------- import

async function benchImport(context: Context): Promise<void> {
  const { work, env, bin, quick } = context;
  const storyCount = quick ? 50 : 200;
  const perStory = 10;
  const count = storyCount * perStory;
  const archive = join(work, 'scale-archive');
  const stories = archiveStories(storyCount, perStory);
  for (const story of stories) {
    mkdirSync(join(archive, story.id), { recursive: true });
    story.texts.forEach((text, lead) => writeFileSync(join(archive, story.id, `${String(lead).padStart(2, '0')}.txt`), text));
  }
  const stream = fastImportStream(stories.map((story) => ({ id: story.id, texts: story.texts, slug: story.slug })));
  let run = 0;
  const fresh = () => {
    const dir = join(work, `scale-import-${run++}`);
    run0(process.execPath, [bin, 'init', dir], env);
    return dir;
  };
  const leadsRuns: Measured[] = [];
  const gitRuns: Measured[] = [];
  for (let i = 0; i < (quick ? 2 : 8); i++) {
    const a = fresh();
    leadsRuns.push(measure(process.execPath, [bin, 'import', archive, '--store', a, ...AUTHOR], env));
    const b = fresh();
    gitRuns.push(measure('git', ['fast-import', '--quiet'], env, { cwd: b, input: stream }));
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  }
  // The first of each is a warm-up.
  const ours = medianOf(leadsRuns.slice(1));
  const theirs = medianOf(gitRuns.slice(1));
  const rate = count / (ours.ms / 1000);
  const gitRate = count / (theirs.ms / 1000);
  context.rows.push({
    name: `leads import, ${count.toLocaleString('en')} leads (${storyCount} stories), rate`,
    figure: `${rate.toFixed(0)} leads/s, ${rss(ours.rssKiB)}`,
    reference: `git fast-import ${gitRate.toFixed(0)} leads/s, ${rss(theirs.rssKiB)}`,
    ratio: `${(rate / gitRate).toFixed(2)}x (>= 0.25)`,
  });
  console.error(`  import: ${rate.toFixed(0)} leads/s (${ms(ours.ms)}), fast-import ${gitRate.toFixed(0)} leads/s (${ms(theirs.ms)})`);
}

/** An archive as a desk would keep it: each story's leads grow by a paragraph and say so in their ATTN line. */
function archiveStories(storyCount: number, perStory: number): { id: string; slug: string; texts: string[] }[] {
  const next = random(23);
  return Array.from({ length: storyCount }, (_, s) => {
    const slug = `S Korea-archive ${topic(s)}`;
    const day = `202603${String(1 + (s % 28)).padStart(2, '0')}`;
    const id = `s-korea-archive-${topic(s).replaceAll(' ', '-')}-${day}`;
    let paras = [`SEOUL, March ${1 + (s % 28)} (Hangang News) -- ${paragraph(next)}`, ...Array.from({ length: 6 }, () => paragraph(next))];
    const texts: string[] = [];
    for (let lead = 0; lead < perStory; lead++) {
      if (lead > 0) paras = [...paras, paragraph(next)];
      const label = lead === 0 ? '' : `(${leadLabel(lead)}) `;
      const attn = lead === 0 ? '' : '(ATTN: ADDS details in last para)\n';
      texts.push(`${label}${slug}\n${label}Archived story ${s} moves on\n${attn}\n${paras.join('\n\n')}\n\n(END)\n`);
    }
    return { id, slug, texts };
  });
}

function leadLabel(lead: number): string {
  if (lead === 1) return 'LEAD';
  const suffix = lead % 10 === 2 && lead % 100 !== 12 ? 'nd' : lead % 10 === 3 && lead % 100 !== 13 ? 'rd' : 'th';
  return `${lead}${suffix} LD`;
}

const WORDS = 'port rail quake fire flood court bank vote chip ship tax rate talks wage jobs smog'.split(' ');
function topic(n: number): string {
  return `${WORDS[n % WORDS.length]} ${WORDS[Math.floor(n / WORDS.length) % WORDS.length]} ${Math.floor(n / WORDS.length ** 2)}`;
}

// ------------------------------------------------------------- slug commit

async function benchSlugCommit(context: Context): Promise<void> {
  const { work, env, bin, quick } = context;
  const big = quick ? 5000 : 20_000;
  const small = join(work, 'scale-slug-20');
  const large = join(work, `scale-slug-${big}`);
  // Written elsewhere: every ref loose, no index; the first command pays for that once.
  buildStore(small, 20, env, bin);
  buildStore(large, big, env, bin);
  let n = 0;
  const commit = (store: string) => {
    const file = join(work, `scale-commit-${n}.txt`);
    writeFileSync(file, `S Korea-bench desk ${n}\nBench headline ${n}\nSEOUL, Nov. 3 (Hangang News) -- Lead number ${n++} moved.\n\n(END)\n`);
    return measure(process.execPath, [bin, 'commit', file, '--store', store, ...AUTHOR], env);
  };
  const firstSmall = commit(small);
  const firstLarge = commit(large);
  const smalls: Measured[] = [];
  const larges: Measured[] = [];
  for (let i = 0; i < (quick ? 5 : 15); i++) {
    smalls.push(commit(small));
    larges.push(commit(large));
  }
  const a = medianOf(larges);
  const b = medianOf(smalls);
  context.rows.push({
    name: `leads commit FILE (new slug), ${big.toLocaleString('en')} stories`,
    figure: `${ms(a.ms)}, ${rss(a.rssKiB)}`,
    reference: `20 stories ${ms(b.ms)}, ${rss(b.rssKiB)}`,
    ratio: `${(a.ms / b.ms).toFixed(2)}x (<= 1.3)`,
  });
  context.rows.push({
    name: `  first command on a store written elsewhere (all refs loose, no index)`,
    figure: ms(firstLarge.ms),
    reference: `20 stories ${ms(firstSmall.ms)}`,
    ratio: `${(firstLarge.ms / firstSmall.ms).toFixed(2)}x (once)`,
  });
  console.error(`  slug commit: ${ms(a.ms)} at ${big}, ${ms(b.ms)} at 20; first ${ms(firstLarge.ms)} / ${ms(firstSmall.ms)}`);
}

/**
 * A store of `count` one-lead stories with slug ids, written by git
 * fast-import as another tool would: every ref loose, no index of slugs.
 * Stories spread over 200 days before now, so each day holds a day's worth.
 */
function buildStore(dir: string, count: number, env: Record<string, string>, bin: string): void {
  run0(process.execPath, [bin, 'init', dir], env);
  const next = random(5);
  const now = Math.floor(Date.now() / 1000);
  const stories = Array.from({ length: count }, (_, s) => {
    const time = now - 3600 - Math.floor(((count - s) / count) * 200 * 86_400);
    const day = new Date(time * 1000).toISOString().slice(0, 10).replaceAll('-', '');
    const slug = `S Korea-${topic(s)}`;
    return {
      id: `s-korea-${topic(s).replaceAll(' ', '-')}-${day}`,
      slug,
      time,
      texts: [`${slug}\nHeadline of story ${s}\nSEOUL, Nov. 3 (Hangang News) -- ${paragraph(next)}\n\n(END)\n`],
    };
  });
  run0('git', ['fast-import', '--quiet'], env, { cwd: dir, input: fastImportStream(stories) });
}

// ------------------------------------------------------------- story list

async function benchStoryList(context: Context): Promise<void> {
  const { work, env, bin, quick } = context;
  const big = 2000;
  const small = join(work, 'scale-list-20');
  const large = join(work, `scale-list-${big}`);
  buildStore(small, 20, env, bin);
  buildStore(large, big, env, bin);
  const servers = [await serve(small, env, bin), await serve(large, env, bin)];
  try {
    const [s, l] = servers as [Server, Server];
    const rounds = quick ? 40 : 200;
    const smallTimes: number[] = [];
    const largeTimes: number[] = [];
    for (let i = 0; i < 10; i++) {
      await get(s.base);
      await get(l.base);
    }
    for (let i = 0; i < rounds; i++) {
      smallTimes.push(await timed(() => get(s.base)));
      largeTimes.push(await timed(() => get(l.base)));
    }
    const a = median(largeTimes);
    const b = median(smallTimes);
    const rpsLarge = await throughput(l.base, 10, quick ? 500 : 2000, 10_000);
    const rpsSmall = await throughput(s.base, 10, quick ? 500 : 2000, 10_000);
    context.rows.push({
      name: `web story list (page 1), ${big.toLocaleString('en')} stories`,
      figure: `${ms(a)} p50, ${rpsLarge.toFixed(0)} req/s x10`,
      reference: `20 stories ${ms(b)}, ${rpsSmall.toFixed(0)} req/s`,
      ratio: `${(a / b).toFixed(2)}x (<= 2)`,
    });
    // One commit, then the first request: the cache is rebuilt once.
    const file = join(work, 'scale-list-commit.txt');
    writeFileSync(file, 'S Korea-list bench\nA story that moves while the desk looks\nSEOUL, Nov. 3 (Hangang News) -- It moved.\n\n(END)\n');
    run0(process.execPath, [bin, 'commit', file, '--store', large, ...AUTHOR], env);
    const afterCommit = await timed(() => get(l.base));
    const peaks = servers.map((server) => server.peakKiB());
    context.rows.push({
      name: `  first request after a commit, ${big.toLocaleString('en')} stories; server peak RSS`,
      figure: `${ms(afterCommit)}, ${rss(peaks[1] ?? null)}`,
      reference: `20 stories ${rss(peaks[0] ?? null)}`,
      ratio: '',
    });
    console.error(`  story list: ${ms(a)} at ${big}, ${ms(b)} at 20; ${rpsLarge.toFixed(0)} / ${rpsSmall.toFixed(0)} req/s`);
  } finally {
    for (const server of servers) server.stop();
  }
}

interface Server {
  readonly base: string;
  peakKiB(): number | null;
  stop(): void;
}

async function serve(store: string, env: Record<string, string>, bin: string): Promise<Server> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--store', store], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
      if (url) resolve(url);
    });
    child.on('exit', (code) => reject(new Error(`leads serve exited with ${code}`)));
  });
  return {
    base,
    peakKiB: () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN) || null;
      } catch {
        return null;
      }
    },
    stop: () => child.kill(),
  };
}

const agent = new Agent({ keepAlive: true, maxSockets: 10 });

function get(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => (response.statusCode === 200 ? resolve(bytes) : reject(new Error(`${url}: ${response.statusCode}`))));
    });
    req.on('error', reject);
    req.end();
  });
}

async function timed(action: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await action();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Requests per second from `clients` concurrent clients, for at most `total` requests or `limitMs`. */
async function throughput(url: string, clients: number, total: number, limitMs: number): Promise<number> {
  let sent = 0;
  let done = 0;
  const start = Date.now();
  const client = async () => {
    while (sent < total && Date.now() - start < limitMs) {
      sent++;
      await get(url);
      done++;
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return done / ((Date.now() - start) / 1000);
}

// ------------------------------------------------------------- helpers

interface Measured {
  readonly ms: number;
  readonly rssKiB: number | null;
}

/** Wall time and peak RSS of one process (GNU time's %M when it is installed); a failure is fatal. */
function measure(command: string, args: readonly string[], env: Record<string, string>, options: { cwd?: string; input?: string } = {}): Measured {
  const withTime = existsSync(GNU_TIME);
  const start = process.hrtime.bigint();
  const result = withTime
    ? spawnSync(GNU_TIME, ['-f', '\n%M', command, ...args], { cwd: options.cwd, env, input: options.input ?? '', maxBuffer: 1 << 28 })
    : spawnSync(command, args, { cwd: options.cwd, env, input: options.input ?? '', maxBuffer: 1 << 28 });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  const stderr = result.stderr.toString();
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${stderr}`);
  const rssKiB = withTime ? Number(stderr.trim().split('\n').at(-1)) || null : null;
  return { ms: elapsed, rssKiB };
}

function run0(command: string, args: readonly string[], env: Record<string, string>, options: { cwd?: string; input?: string } = {}): void {
  const result = spawnSync(command, args, { cwd: options.cwd, env, input: options.input ?? '', maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function medianOf(runs: readonly Measured[]): Measured {
  const peaks = runs.map((run) => run.rssKiB).filter((value): value is number => value !== null);
  return { ms: median(runs.map((run) => run.ms)), rssKiB: peaks.length ? Math.max(...peaks) : null };
}

const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`);
const rss = (kib: number | null) => (kib === null ? 'RSS n/a' : `${(kib / 1024).toFixed(0)} MiB`);

/** A fast-import stream of stories (refs/leads/<id>), each text a commit of lead.txt with the store's trailers. */
function fastImportStream(stories: readonly { id: string; texts: readonly string[]; slug?: string; time?: number }[]): string {
  const parts: string[] = [];
  let fallback = Date.UTC(2026, 0, 1) / 1000;
  for (const { id, texts, slug, time } of stories) {
    let at = time ?? fallback;
    texts.forEach((body, lead) => {
      const trailers = `Lead: ${lead}\nStory: ${id}\n${slug ? `Slug: ${slug}\n` : ''}`;
      const message = `${lead === 0 ? '' : `(${leadLabel(lead)}) `}Headline ${id}\n\n${trailers}`;
      parts.push(
        `commit refs/leads/${id}\ncommitter Bench <bench@example.com> ${at++} +0000\n` +
          `data ${Buffer.byteLength(message)}\n${message}\n` +
          `M 100644 inline lead.txt\ndata ${Buffer.byteLength(body)}\n${body}\n`,
      );
    });
    fallback = at;
  }
  return parts.join('');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const quick = process.argv.includes('--quick');
  const work = mkdtempSync(join(tmpdir(), 'leads-scale-'));
  const env = { PATH: process.env.PATH ?? '', HOME: work, LC_ALL: 'C' };
  const bin = fileURLToPath(new URL('../bin/leads.js', import.meta.url));
  try {
    const rows = await storeScaleRows({ work, env, bin, quick });
    for (const row of rows) console.log(`| ${row.name} | ${row.figure} | ${row.reference} | ${row.ratio} |`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
