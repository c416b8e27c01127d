/**
 * The commit message of a lead, so that `git log` on the store reads like a
 * wire log:
 *
 *     (2nd LD) S. Korea, U.S., Japan jointly condemn ...
 *
 *     (ATTN: ADDS Seoul foreign ministry's comments last 3 paras)
 *
 *     Lead: 2
 *     Story: s-korea-us-japan-nk-arms-deal-20261026
 *     Slug: S Korea-US-Japan-NK arms deal
 */
export interface LeadMessage {
  readonly lead: number;
  readonly story: string;
  readonly label: string | null;
  readonly headline: string | null;
  readonly slug: string | null;
  readonly attn: string | null;
  /** More trailers (Attn-Style, Correction, ...), in order. */
  readonly extra?: Readonly<Record<string, string>>;
}

export function formatMessage(message: LeadMessage): string {
  const subject = [message.label ? `(${message.label})` : null, message.headline ?? '(no headline)']
    .filter(Boolean)
    .join(' ');
  const trailers: [string, string][] = [
    ['Lead', String(message.lead)],
    ['Story', message.story],
  ];
  if (message.slug !== null) trailers.push(['Slug', message.slug]);
  for (const [key, value] of Object.entries(message.extra ?? {})) trailers.push([key, value]);
  const blocks = [oneLine(subject)];
  if (message.attn) blocks.push(oneLine(message.attn));
  blocks.push(trailers.map(([key, value]) => `${key}: ${oneLine(value)}`).join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** The trailers at the end of a commit message, as a map (the last value of a key wins). */
export function parseTrailers(message: string): Map<string, string> {
  const blocks = message.trimEnd().split(/\n\s*\n/);
  const last = blocks.at(-1) ?? '';
  const trailers = new Map<string, string>();
  for (const line of last.split('\n')) {
    const match = /^([A-Za-z][A-Za-z0-9-]*): (.*)$/.exec(line);
    if (match) trailers.set(match[1]!, match[2]!);
  }
  return trailers;
}

/** The ATTN line of a lead commit message, if it carries one. */
export function attnOf(message: string): string | null {
  const blocks = message.trimEnd().split(/\n\s*\n/);
  return blocks.slice(1, -1).find((block) => block.startsWith('(ATTN:')) ?? null;
}
