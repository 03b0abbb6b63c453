import { Filter } from '../document-store.port';
import { UnsafeQueryError } from '../errors';
import { assertNoScripts } from '../mongo-semantics';

// Stages that write: on MongoDB they would overwrite read models behind the position guard.
// The embedded adapter cannot run them either (mingo has no collection to write to).
const WRITING_STAGES = new Set(['$out', '$merge']);

/** The shared check: no $where, $function, $accumulator or function value anywhere. */
export function assertSafeFilter(filter: Filter): void {
  assertNoScripts(filter);
}

/** An UnsafeQueryError (so callers map it alike) for a stage that would write. */
export class WritingStageError extends UnsafeQueryError {
  constructor(stage: string) {
    super(stage);
    this.message = `${stage} is not allowed: aggregations over read models only read`;
  }
}

/** The shared script check, plus: an aggregation here only reads. */
export function assertSafePipeline(pipeline: Record<string, unknown>[]): void {
  if (!Array.isArray(pipeline)) throw new TypeError('an aggregation pipeline is an array of stages');
  assertNoScripts(pipeline);
  for (const stage of pipeline) {
    for (const key of Object.keys(stage ?? {})) if (WRITING_STAGES.has(key)) throw new WritingStageError(key);
  }
}
