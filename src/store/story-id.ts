import { StoreError } from './errors.js';

/**
 * Story ids: lower-case ASCII letters, digits and single hyphens, starting
 * with a letter or digit. Such a string is always a legal git ref component
 * (no `..`, `/`, spaces, `~^:?*[\`, control characters or `.lock`), can never
 * be read as an option (no leading `-`) and can never leave the store.
 */
const STORY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_STORY_ID_LENGTH = 100;

/** Whether a string is a story id (and so safe to hand to git as part of a ref). */
export function isStoryId(id: string): boolean {
  return id.length <= MAX_STORY_ID_LENGTH && STORY_ID.test(id);
}

/** Refuses anything that is not a story id, and says what would be. */
export function validateStoryId(id: string): string {
  if (isStoryId(id)) return id;
  const suggestion = slugToId(id);
  const hint = suggestion ? ` (did you mean '${suggestion}'?)` : '';
  throw new StoreError(
    'bad-story-id',
    `'${printable(id)}' is not a story id: use lower-case letters, digits and hyphens${hint}`,
  );
}

/** `S Korea-US-Japan-NK arms deal` -> `s-korea-us-japan-nk-arms-deal`; '' when nothing ASCII is left. */
export function slugToId(slug: string): string {
  return slug
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_STORY_ID_LENGTH - 12)
    .replace(/-+$/, '');
}

/** The id of a new story: its slug id and the day its first lead moved (UTC). */
export function datedStoryId(slugId: string, time: Date, attempt = 1): string {
  const day = time.toISOString().slice(0, 10).replaceAll('-', '');
  return `${slugId}-${day}${attempt > 1 ? `-${attempt}` : ''}`;
}

/** Whether an id was made from this slug id by `datedStoryId`. */
export function isDatedIdOf(id: string, slugId: string): boolean {
  if (!id.startsWith(`${slugId}-`)) return false;
  return /^\d{8}(?:-\d+)?$/.test(id.slice(slugId.length + 1));
}

export function storyRef(id: string): string {
  return `refs/leads/${validateStoryId(id)}`;
}

/** Control characters and over-long input are not echoed back as they are. */
function printable(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > 60 ? `${clean.slice(0, 57)}...` : clean;
}
