/** Why a store operation failed, in terms the CLI maps to exit codes and advice. */
export type StoreErrorKind =
  | 'no-store' // the folder holds no store
  | 'not-a-store' // a folder or git repository that is not a leads store
  | 'bad-story-id'
  | 'unknown-story'
  | 'unknown-lead'
  | 'no-previous' // a first version has no lead before it
  | 'conflict' // another desk moved the story first: retry
  | 'identical' // the lead is the same as the one before
  | 'no-identity'
  | 'git-missing'
  | 'read-only'
  | 'git-failed';

/** A store operation that failed for a reason a user can act on; `kind` says which. */
export class StoreError extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
