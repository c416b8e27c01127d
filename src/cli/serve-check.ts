import type { IncomingMessage } from 'node:http';
import type { Article } from '../article/article.js';
import { parseArticle } from '../article/parse.js';
import { ArticleError, MAX_ARTICLE_BYTES } from '../article/text.js';
import { checkAttn } from '../attn/check.js';
import { YONHAP } from '../attn/style.js';
import { writeAttn } from '../attn/write-attn.js';
import { diffLeads } from '../diff/lead-diff.js';
import { conflictMarkers } from '../diff/merge.js';
import { checkPage, type CheckFormValues, type CheckOutcome, type StoryChoice } from '../format/check-page.js';
import { readTarget } from '../store/apply.js';
import { planCommit, planLead, type CommitDecision, type StoredLead } from '../store/plan.js';
import type { Store } from '../store/store.js';
import type { StoryListCache } from '../store/story-list.js';
import { StoreError } from '../store/errors.js';
import { validateStoryId } from '../store/story-id.js';

/**
 * `/check` of `leads serve`: GET shows the form; POST checks a draft against
 * a story's latest lead the way `leads attn`, `leads check` and `leads
 * commit` would, and writes nothing. The only POST the server takes.
 */

/** The whole form body, the draft and its encoding included. */
export const MAX_FORM_BYTES = MAX_ARTICLE_BYTES;
/** Stories offered in the form's list, the most recently moved first. */
const LISTED = 100;

export interface CheckSite {
  readonly store: Store;
  readonly name: string;
  readonly stories: StoryListCache;
  /** The Host values the server answers to; an Origin must be `http://` and one of them. */
  readonly hosts: ReadonlySet<string>;
}

/** What to answer: a status, a page, extra headers, and whether the connection must close (a body left unread). */
export interface CheckAnswer {
  readonly status: number;
  readonly html: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly close?: boolean;
}

export async function answerCheck(site: CheckSite, request: IncomingMessage): Promise<CheckAnswer> {
  const stories = await storyChoices(site);
  const page = (status: number, extra: { form?: CheckFormValues; outcome?: CheckOutcome; error?: string } = {}) => ({
    status,
    html: checkPage({ storeName: site.name, stories, ...extra }),
  });
  if (request.method !== 'POST') return page(200);
  // A page on another site may post a form here; the browser names that site in Origin.
  const origin = request.headers.origin;
  if (origin !== undefined && !(origin.startsWith('http://') && site.hosts.has(origin.slice('http://'.length).toLowerCase()))) {
    return { ...page(403, { error: 'This form takes drafts only from its own page: open /check on this server and submit it from there.' }), close: true };
  }
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    return {
      ...page(415, { error: 'The draft must come as a form (application/x-www-form-urlencoded, fields story and text): submit the form below.' }),
      headers: { 'Accept-Post': 'application/x-www-form-urlencoded' },
      close: true,
    };
  }
  const tooLarge = () => ({
    ...page(413, { error: `The form is over the ${MAX_FORM_BYTES / 1024 / 1024} MiB limit for one lead; check a shorter draft.` }),
    close: true,
  });
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_FORM_BYTES) return tooLarge();
  const body = await readAtMost(request, MAX_FORM_BYTES);
  if (body === null) return tooLarge();
  const fields = parseForm(body);
  if (fields === null) return page(400, { error: `The form has more than ${MAX_FORM_FIELDS} fields; submit it from the check page.` });
  // The list comes before the typed id on the page: the last `story` filled in wins, so a typed id beats the list.
  const story = (fields.get('story') ?? []).map((value) => decodeLoose(value).trim()).filter((value) => value !== '').at(-1) ?? '';
  const textBytes = fields.get('text')?.at(-1) ?? new Uint8Array();
  const form = { story, text: decodeLoose(textBytes) };
  const refuse = (status: number, error: string) => page(status, { form, error });
  if (story === '') return refuse(400, 'Choose a story from the list, or type its id.');
  try {
    validateStoryId(story);
  } catch (error) {
    if (error instanceof StoreError) return refuse(400, `${error.message}; or choose a story from the list.`);
    throw error;
  }
  let draft: Article;
  try {
    draft = parseArticle(textBytes);
  } catch (error) {
    if (error instanceof ArticleError) return refuse(error.code === 'too-large' ? 413 : 400, unreadable(error));
    throw error;
  }
  const target = await readTarget(site.store, { story }, { new: false, time: new Date(), windowHours: 0 });
  if (target.kind !== 'named' || target.tip === null) return refuse(404, `No story '${story}' in the store; choose one from the list.`);
  return page(200, { form, outcome: checkDraft(story, target.tip, draft) });
}

/** Why the draft cannot be read, in the words of a page rather than of a file. */
function unreadable(error: ArticleError): string {
  switch (error.code) {
    case 'empty':
      return "The draft is empty: paste the lead's text.";
    case 'nul':
      return "The draft contains NUL bytes, so it is not text: paste the lead's text.";
    case 'encoding':
      return "The draft is not valid UTF-8: paste the lead's text again.";
    case 'too-large':
      return `The draft cannot be checked: ${error.message}.`;
  }
}

/** What `leads attn`, `leads check` and `leads commit` would say of the draft after the story's latest lead. */
function checkDraft(story: string, tip: StoredLead, draft: Article): CheckOutcome {
  const diff = diffLeads(tip.article, draft);
  const written = writeAttn(diff, { style: YONHAP });
  const check = draft.attn !== null ? checkAttn(draft.attn, written.facts) : null;
  const decision = planCommit({
    draft,
    target: { kind: 'named', story, tip },
    new: false,
    time: new Date(),
    written: written.line,
    check,
    handAttn: 'check',
    style: YONHAP.name,
    correction: false,
  });
  const plan = decision.kind === 'commit' ? decision.lead : planLead(draft, tip, written.line);
  const conflicts = conflictMarkers(draft);
  return {
    story,
    latest: { lead: tip.lead, label: tip.article.label?.text ?? null },
    lead: plan.lead,
    label: plan.label?.text ?? null,
    written: written.line,
    draftAttn: draft.attn,
    check: check && { agrees: check.agrees, findings: check.findings },
    commit:
      conflicts.length > 0
        ? `would refuse it: the draft still carries conflict lines (<<<<<<<, =======, >>>>>>>) at ${conflicts.join(', ')}`
        : commitVerdict(decision),
    refused: conflicts.length > 0 || decision.kind !== 'commit',
    notes: plan.notes,
    diff,
  };
}

function commitVerdict(decision: CommitDecision): string {
  if (decision.kind === 'commit') {
    const line = decision.lead.attn;
    if (line === null) return 'would store it with no ATTN line';
    return `would store it with ${decision.lead.attnSource === 'hand' ? "the draft's own line" : 'the line leads writes'}: ${line}`;
  }
  const { refusal } = decision;
  switch (refusal.reason) {
    case 'attn-disagrees':
      return "would refuse it: the draft's ATTN line does not match the copy (--fix-attn stores the line leads writes, --keep-attn keeps the draft's)";
    case 'identical':
      return `would refuse it: the copy is the same as lead ${refusal.previous}'s; nothing to commit`;
    case 'before-previous':
      return `would refuse it: lead ${refusal.previous} is dated later than now, and a lead cannot move before the one it follows`;
    default:
      return `would refuse it (${refusal.reason})`;
  }
}

async function storyChoices({ stories }: CheckSite): Promise<StoryChoice[]> {
  return (await stories.current()).slice(0, LISTED).map(({ story, label, headline }) => ({ story, label, headline }));
}

/**
 * The body, or null once it runs past `limit`: reading stops there (the
 * stream is paused, not drained), and the caller closes the connection.
 */
function readAtMost(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        done();
        request.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      done();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
  });
}

/** Fields a check form may carry; the page's own has three. */
export const MAX_FORM_FIELDS = 32;

/**
 * `a=1&b=%C3%A9`: each field's values as bytes, so that a draft that is not
 * UTF-8 is refused by the article reader like a file would be, not mended;
 * null past MAX_FORM_FIELDS fields.
 */
export function parseForm(body: Uint8Array): Map<string, Uint8Array[]> | null {
  const fields = new Map<string, Uint8Array[]>();
  let start = 0;
  let count = 0;
  for (let i = 0; i <= body.length; i++) {
    if (i < body.length && body[i] !== 0x26) continue;
    const pair = body.subarray(start, i);
    start = i + 1;
    if (pair.length === 0) continue;
    // The form has three fields: a body of thousands is no browser's, and must not cost the server.
    if (++count > MAX_FORM_FIELDS) return null;
    const eq = pair.indexOf(0x3d);
    const name = decodeLoose(percentDecode(eq < 0 ? pair : pair.subarray(0, eq)));
    const value = eq < 0 ? new Uint8Array() : percentDecode(pair.subarray(eq + 1));
    const values = fields.get(name);
    if (values) values.push(value);
    else fields.set(name, [value]);
  }
  return fields;
}

function percentDecode(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte === 0x2b) out[n++] = 0x20;
    else if (byte === 0x25 && i + 2 < bytes.length && isHex(bytes[i + 1]!) && isHex(bytes[i + 2]!)) {
      out[n++] = parseInt(String.fromCharCode(bytes[i + 1]!, bytes[i + 2]!), 16);
      i += 2;
    } else out[n++] = byte;
  }
  return out.subarray(0, n);
}

function isHex(byte: number): boolean {
  return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66);
}

/** Text to show back in the form: broken bytes become U+FFFD there (the check itself refuses them). */
function decodeLoose(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}
