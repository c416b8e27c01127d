import type { Article } from '../article/article.js';
import { slugToId } from '../store/story-id.js';
import { CliError } from './io.js';

/**
 * The story id a lead's slug line makes, for commands that find a story by
 * slug; `otherwise` tells the editor what to give instead when it makes none.
 */
export function slugIdOf(draft: Article, otherwise: string): string {
  const slugId = slugToId(draft.slug ?? '');
  if (slugId !== '') return slugId;
  throw new CliError(
    draft.slug === null
      ? `the lead has no slug line to find its story by; ${otherwise}`
      : `the slug '${draft.slug}' has no letters or digits to make a story id from; ${otherwise}`,
  );
}
