import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import { parseArticle } from '../../article/parse.js';
import { blameLeads } from '../../diff/blame.js';
import { diffLeads } from '../../diff/lead-diff.js';
import { formatHtml } from '../../format/html.js';
import { leadPage, type HistoryLead } from '../../format/lead-page.js';
import { errorPage, storyListPage, timelinePage, timelineRows } from '../../format/pages.js';
import { StoreError } from '../../store/errors.js';
import type { LeadRecord, Store } from '../../store/store.js';
import { StoryListCache } from '../../store/story-list.js';
import { isStoryId } from '../../store/story-id.js';
import { CliError, EXIT, type Io } from '../io.js';
import { answerCheck } from '../serve-check.js';
import { openStore } from '../store-access.js';
import type { ArgsOf } from '../command-table.js';

/**
 * A read-only web page for the desk: the story list, a story's timeline of
 * leads with their ATTN lines, and the redline between any two leads, at
 * links that can be shared, and a page that checks a draft without writing
 * it (/check, the only POST). 127.0.0.1 unless told.
 */
export async function run(args: ArgsOf<'serve'>, io: Io): Promise<number> {
  const store = await openStore(args, io);
  // Read once: the name, and the story list, which is read again only when the refs change.
  const site: Site = { store, name: await store.name(), stories: new StoryListCache(store), hosts: new Set() };
  await site.stories.current();
  const server = createServer((request, response) => {
    const started = performance.now();
    // One line per request on stderr: method, path, status, time.
    response.on('finish', () => {
      io.stderr(`${request.method} ${request.url} ${response.statusCode} ${(performance.now() - started).toFixed(1)}ms\n`);
    });
    // A page elsewhere can point a name it controls at this address (DNS rebinding): answer only our own names.
    if (!site.hosts.has((request.headers.host ?? '').toLowerCase())) {
      send(response, request, 421, errorPage(421, 'This server answers only to its own address.'));
      return;
    }
    handle(site, request, response).catch((error: unknown) => {
      const gone = !existsSync(store.dir);
      const message = gone ? `The store at ${store.dir} is gone: it was moved or deleted while the page was served.` : error instanceof Error ? error.message : String(error);
      io.stderr(`leads: error serving ${request.url}: ${gone ? `the store at ${store.dir} is gone` : message}\n`);
      send(response, request, 500, errorPage(500, message));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new CliError(error.code === 'EADDRINUSE' ? `port ${args.port} is in use; pick another with --port` : `cannot listen on ${args.host}:${args.port} (${error.code})`)),
    );
    server.listen(args.port, args.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : args.port;
  site.hosts = allowedHosts(args.host, port, args.allowHost);
  if (!isLoopback(args.host)) {
    io.stderr(`leads: warning: listening on ${args.host}: anyone on the network who can reach it can read the store\n`);
  }
  io.stdout(`leads: serving ${store.dir} at http://${args.host}:${port}/ (read-only; Ctrl-C to stop)\n`);
  await new Promise((resolve) => server.on('close', resolve));
  return EXIT.ok;
}

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/i;

function isLoopback(host: string): boolean {
  return LOOPBACK.test(host);
}

/**
 * The Host headers the server answers: its loopback names when bound there,
 * the address it was given, every interface address for a wildcard bind, and
 * the DNS names given with --allow-host, each with the port.
 */
function allowedHosts(bound: string, port: number, allow: string | undefined): Set<string> {
  const names = new Set<string>([bound]);
  if (isLoopback(bound)) for (const name of ['127.0.0.1', 'localhost', '::1']) names.add(name);
  if (bound === '0.0.0.0' || bound === '::') {
    for (const name of ['127.0.0.1', 'localhost', '::1']) names.add(name);
    for (const list of Object.values(networkInterfaces())) for (const entry of list ?? []) names.add(entry.address);
  }
  for (const name of (allow ?? '').split(',')) if (name.trim() !== '') names.add(name.trim());
  const out = new Set<string>();
  for (const name of names) {
    const host = name.includes(':') && !name.startsWith('[') ? `[${name}]` : name;
    out.add(`${host}:${port}`.toLowerCase());
    if (port === 80) out.add(host.toLowerCase());
  }
  return out;
}

interface Site {
  readonly store: Store;
  readonly name: string;
  readonly stories: StoryListCache;
  /** The Host values answered, known once the server listens. */
  hosts: ReadonlySet<string>;
}

/** Stories on a page of the list. */
const PAGE_SIZE = 100;
/** Pages already rendered, for as long as the cache hands out the same list. */
const pagesOf = new WeakMap<readonly unknown[], Map<number, string>>();

async function handle(site: Site, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const { store, name, stories } = site;
  if (new URL(request.url ?? '/', 'http://localhost').pathname === '/check') {
    await serveCheck(site, request, response);
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    send(response, request, 405, errorPage(405, 'This page is read-only: only GET and HEAD are served.'));
    return;
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  const path = url.pathname;
  if (path === '/') {
    const all = await stories.current();
    const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
    const page = pageNumber(url.searchParams.get('page'));
    if (page === null || page > pages) {
      send(response, request, 404, errorPage(404, `No such page: the story list has ${pages} page${pages === 1 ? '' : 's'}.`));
      return;
    }
    let rendered = pagesOf.get(all);
    if (!rendered) pagesOf.set(all, (rendered = new Map()));
    let html = rendered.get(page);
    if (html === undefined) {
      html = storyListPage(name, all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), { page, pages, total: all.length, size: PAGE_SIZE });
      rendered.set(page, html);
    }
    send(response, request, 200, html);
    return;
  }
  const match = /^\/story\/([^/]+)(?:\/diff\/([^/]+)\.\.([^/]+)|\/lead\/([^/]+))?\/?$/.exec(path);
  const story = match ? safeDecode(match[1]!) : null;
  // A lead ref that does not decode names no lead: it must not fall back to the latest.
  const refs = match ? [match[2], match[3], match[4]].map((part) => (part === undefined ? undefined : safeDecode(part))) : [];
  if (!match || story === null || !isStoryId(story) || refs.includes(null)) {
    send(response, request, 404, errorPage(404, 'No such page: try the story list.'));
    return;
  }
  try {
    if (match[4] !== undefined) {
      send(response, request, 200, await leadPageOf(store, story, refs[2]!));
      return;
    }
    if (match[2] === undefined) {
      send(response, request, 200, await timelineOf(store, story));
      return;
    }
    const [from, to] = [refs[0]!, refs[1]!];
    const leads = await store.log(story);
    const [old, next] = [await store.lookup(leads, story, from), await store.lookup(leads, story, to)];
    const [oldText, newText] = await store.texts([old.commit, next.commit]);
    const diff = diffLeads(parseArticle(oldText!), parseArticle(newText!));
    const title = `${story}: ${old.label ?? 'first version'} to ${next.label ?? 'first version'}`;
    const nav = [
      { href: '/', text: 'All stories' },
      { href: `/story/${story}`, text: 'Timeline' },
    ];
    send(response, request, 200, formatHtml(diff, { title, nav }));
  } catch (error) {
    if (error instanceof StoreError && (error.kind === 'unknown-story' || error.kind === 'unknown-lead')) {
      send(response, request, 404, errorPage(404, error.message));
      return;
    }
    throw error;
  }
}

/** The story page: its log and every lead's text in one read each, then one diff per consecutive pair. */
async function timelineOf(store: Store, story: string): Promise<string> {
  const leads = await store.log(story);
  const texts = await store.texts(leads.map((lead) => lead.commit));
  return timelinePage(story, timelineRows(leads, texts.map((text) => parseArticle(text))));
}

/** A lead with the blame of its paragraphs: the history up to it read once, blamed in one pass. */
async function leadPageOf(store: Store, story: string, leadRef: string): Promise<string> {
  const log = await store.log(story);
  const shown = await store.lookup(log, story, leadRef);
  const at = log.findIndex((record) => record.commit === shown.commit);
  const history: (LeadRecord & HistoryLead)[] = (at >= 0 ? log.slice(at) : await keptHistory(store, story, log, shown)).reverse();
  const leads = (await store.texts(history.map((record) => record.commit))).map((text) => parseArticle(text));
  return leadPage({ story, history, article: leads.at(-1)!, blame: blameLeads(leads) });
}

/**
 * The history of a lead a pull kept aside, newest first: the kept leads it
 * followed, back to the logged lead they branched from, then the log from
 * there. Kept leads are named by commit id in links: their numbers are taken.
 */
async function keptHistory(store: Store, story: string, log: readonly LeadRecord[], shown: LeadRecord): Promise<(LeadRecord & HistoryLead)[]> {
  const [kept, unsent] = await Promise.all([store.kept(story), store.unsent(story)]);
  const chain: (LeadRecord & HistoryLead)[] = [];
  for (let record: LeadRecord | undefined = shown; record && !chain.some((lead) => lead.ref === record!.commit); ) {
    chain.push({ ...record, ref: record.commit });
    const base = kept.find((lead) => lead.commit === record!.commit)?.base ?? null;
    const logged = log.findIndex((lead) => lead.commit === base);
    if (logged >= 0) return [...chain, ...log.slice(logged)];
    record = unsent.find((lead) => lead.commit === base);
  }
  return chain;
}

/**
 * A connection whose body was left unread lingers this long, and reads and
 * drops at most this much more of it, before it is closed: closing while the
 * client's bytes are still arriving resets the connection, and a client slow
 * to read (a loaded machine) then loses the answer.
 */
const LINGER_MS = 5000;
const LINGER_BYTES = 16 * 1024 * 1024;

/** The check page: GET shows the form, POST checks a draft (serve-check.ts); it writes nothing. */
async function serveCheck(site: Site, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'POST') {
    response.setHeader('Allow', 'GET, HEAD, POST');
    send(response, request, 405, errorPage(405, 'The check page takes GET, HEAD and POST only.'));
    return;
  }
  const answer = await answerCheck(site, request);
  for (const [header, value] of Object.entries(answer.headers ?? {})) response.setHeader(header, value);
  if (answer.close) {
    // The body was left unread: close rather than read the rest of it to reach the next request. Node ends
    // our side after the answer; the rest of the body is read and dropped, within a bound, so that the
    // client reads the answer before the socket goes.
    response.setHeader('Connection', 'close');
    response.on('finish', () => {
      const socket = request.socket;
      let dropped = 0;
      socket.on('data', (chunk: Buffer) => {
        dropped += chunk.length;
        if (dropped > LINGER_BYTES) socket.destroy();
      });
      socket.resume();
      request.resume();
      setTimeout(() => socket.destroy(), LINGER_MS).unref();
    });
  }
  send(response, request, answer.status, answer.html);
}

/** `?page=N`: a whole number from 1; no parameter is page 1. */
function pageNumber(text: string | null): number | null {
  if (text === null) return 1;
  return /^[1-9]\d{0,6}$/.test(text) ? Number(text) : null;
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function send(response: ServerResponse, request: IncomingMessage, status: number, html: string): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.setHeader('Content-Length', Buffer.byteLength(html));
  // The pages carry no scripts; say so to the browser too.
  response.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.end(request.method === 'HEAD' ? undefined : html);
}
