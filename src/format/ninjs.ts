import type { Article } from '../article/article.js';
import { escapeHtml } from './html.js';

/**
 * One lead as the export formats need it: the article and what the store
 * knows about it. Built by the CLI from the store, so that the formatters
 * stay pure.
 */
export interface ExportedLead {
  /** The store's name (`leads init --name`), part of every story URI. */
  readonly storeName: string;
  readonly story: string;
  readonly lead: number;
  readonly article: Article;
  /** When this lead moved, ISO 8601. */
  readonly versionCreated: string;
  /** When the story's first version moved, ISO 8601. */
  readonly firstCreated: string;
  /** The lead before this one, if any. */
  readonly previous: { readonly lead: number } | null;
  /** The lead fixes an error (its commit carries `Correction: yes`). */
  readonly correction: boolean;
}

/** `urn:leads:<store>:<story>`: stable across leads, as ninjs `uri` and NewsML-G2 `guid` require. */
export function storyUri(storeName: string, story: string): string {
  const name = storeName.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'store';
  return `urn:leads:${name}:${story}`;
}

/** NewsML-G2 counts versions from 1: the first version (lead 0) is version "1". */
export function versionOf(lead: number): string {
  return String(lead + 1);
}

/** The lead's headline as it moved: with its label and feature labels. */
export function fullHeadline(article: Article): string {
  const labels = [article.label?.form === 'update' ? null : article.label?.text, ...article.tags]
    .filter((label): label is string => Boolean(label))
    .map((label) => `(${label}) `)
    .join('');
  const update = article.label?.form === 'update' ? `${article.label.text}-` : '';
  return `${update}${labels}${article.headline ?? ''}`.trim();
}

/** One lead as an IPTC ninjs 3.x object, ready for `JSON.stringify`. */
export interface NinjsItem {
  readonly uri: string;
  readonly type: 'text';
  readonly version: string;
  readonly firstCreated: string;
  readonly versionCreated: string;
  readonly pubStatus: 'usable';
  readonly language: string;
  readonly slugline?: string;
  readonly headlines?: { value: string }[];
  readonly by?: string;
  readonly edNote?: string;
  readonly bodies: { contentType: string; value: string }[];
  readonly associations?: NinjsAssociation[];
}

/** The previous lead (by version) or a photo (a picture with its caption). */
export type NinjsAssociation =
  | { name: string; rel: 'previousVersion'; uri: string; version: string }
  | { name: string; rel: 'photo'; uri: string; type: 'picture'; descriptions: { role: 'caption'; value: string }[] };

/** A lead as an IPTC ninjs 3.x object (camelCase fields). */
export function toNinjs(lead: ExportedLead): NinjsItem {
  const { article } = lead;
  const uri = storyUri(lead.storeName, lead.story);
  const associations = associationsOf(lead, uri);
  return {
    uri,
    type: 'text',
    version: versionOf(lead.lead),
    firstCreated: lead.firstCreated,
    versionCreated: lead.versionCreated,
    pubStatus: 'usable',
    language: 'en',
    ...(article.slug !== null ? { slugline: article.slug } : {}),
    ...(article.headline !== null ? { headlines: [{ value: fullHeadline(article) }] } : {}),
    ...(article.byline !== null ? { by: article.byline } : {}),
    ...(article.attn !== null ? { edNote: article.attn } : {}),
    bodies: [
      { contentType: 'text/plain', value: article.paragraphs.join('\n\n') },
      { contentType: 'text/html', value: article.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n') },
    ],
    ...(associations.length > 0 ? { associations } : {}),
  };
}

/**
 * ninjs keeps related objects in `associations`: the previous lead, and
 * each photo as a picture whose caption is its description (the store keeps
 * captions, not images, so the picture has no rendition).
 */
function associationsOf(lead: ExportedLead, uri: string): NinjsAssociation[] {
  const previous: NinjsAssociation[] = lead.previous
    ? [{ name: 'previous lead', rel: 'previousVersion', uri, version: versionOf(lead.previous.lead) }]
    : [];
  const photos = lead.article.photos.map(
    (caption, k): NinjsAssociation => ({
      name: `photo ${k + 1}`,
      rel: 'photo',
      uri: `${uri}:photo:${versionOf(lead.lead)}-${k + 1}`,
      type: 'picture',
      descriptions: [{ role: 'caption', value: caption }],
    }),
  );
  return [...previous, ...photos];
}
