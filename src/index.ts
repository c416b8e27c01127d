/**
 * The `leads` library, for newsroom systems that embed it. Everything here is
 * pure unless it says otherwise: text in, data out.
 */
export type { Article } from './article/article.js';
export { EMPTY_ARTICLE } from './article/article.js';
export { parseArticle } from './article/parse.js';
export { renderArticle } from './article/render.js';
export { articleToJson, datelineOf, type ArticleJson } from './article/json.js';
export { parseDateline, type Dateline } from './article/dateline.js';
export {
  houseLabel,
  labelFor,
  labelPrefix,
  ordinal,
  parseLeadLabel,
  relabel,
  type LabelForm,
  type LeadLabel,
} from './article/label.js';
export { ArticleError, MAX_ARTICLE_BYTES, type ArticleErrorCode } from './article/text.js';

export { diffLeads, hasChanges, isLightEdit, type LeadDiff } from './diff/lead-diff.js';
export { alignParagraphs, THRESHOLDS, type ParagraphChange, type ParagraphOp } from './diff/align.js';
export { diffWords, newSide, oldSide, type WordChange, type WordOp } from './diff/words.js';
export type { ElementChange, ElementChanges, ElementOp, PhotoChange, PhotoOp } from './diff/elements.js';
export { rebuildParagraphs } from './diff/rebuild.js';

export {
  Store,
  leadNumberOf,
  type Author,
  type BulkReport,
  type LeadRecord,
  type NewLead,
  type StoryLead,
  type StoryRun,
  type StorySummary,
} from './store/store.js';
export { StoreError, type StoreErrorKind } from './store/errors.js';
export { planLead, sameCopy, type AttnWriter, type LeadPlan, type PreviousLead } from './store/plan.js';
export { datedStoryId, isStoryId, slugToId, validateStoryId } from './store/story-id.js';
export { formatMessage, parseTrailers, type LeadMessage } from './store/message.js';
export type { KeptLead, PullReport, PushReport } from './store/remote.js';
export { formatTerminal, type TerminalOptions } from './format/terminal.js';
export { formatHtml, escapeHtml, type HtmlOptions } from './format/html.js';
export { formatUnified } from './format/unified.js';
export { formatJson } from './format/json.js';
export { formatStat } from './format/summary.js';

export { writeAttn, type AttnOptions, type WrittenAttn } from './attn/attn.js';
export { checkAttn, announced, type CheckResult, type Finding, type Severity } from './attn/check.js';
export { changeFacts, classifyWords, type ChangeFacts, type ChangedParagraph, type EditKind } from './attn/facts.js';
export { parseAttn, type ParsedAttn, type ParsedClause } from './attn/grammar.js';
export { writeClauses, type WriteOptions } from './attn/write.js';
export { formatAttn, REUTERS, STYLES, styleFromJson, YONHAP, type HouseStyle } from './attn/style.js';
export { compareLines, type Agreement } from './attn/compare.js';
export { positionsOf, type AttnElement, type Clause, type Where } from './attn/clause.js';
export { VERBS, type Verb } from './attn/verbs.js';
