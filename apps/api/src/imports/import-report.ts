import { FieldError } from '../../../../libs/domain/shared/errors';

/** One line of the report for a row that was not imported (imported rows are only counted). */
export type ReportEntry =
  | { row: number; status: 'invalid'; errors: (FieldError & { column?: string })[] }
  | { row: number; status: 'duplicate-in-file'; ofRow: number; reason: string }
  | { row: number; status: 'duplicate-of-existing'; customerId: string; reason: string }
  | { row: number; status: 'failed'; message: string };

export interface ImportSummary {
  /** Names this import in the events' correlationId. */
  importId: string;
  rows: number;
  /** New customers registered by this run. */
  imported: number;
  /** Rows this or an earlier run of the same data registered already: a re-run adds nothing. */
  alreadyImported: number;
  duplicatesInFile: number;
  duplicatesOfExisting: number;
  invalid: number;
  /** Valid rows whose append failed (reported with the reason); a re-run retries them. */
  failed: number;
  seconds: number;
  rowsPerSecond: number;
}

export const emptySummary = (importId: string): ImportSummary => ({
  importId, rows: 0, imported: 0, alreadyImported: 0, duplicatesInFile: 0, duplicatesOfExisting: 0, invalid: 0, failed: 0, seconds: 0, rowsPerSecond: 0,
});

const COUNTERS = { invalid: 'invalid', 'duplicate-in-file': 'duplicatesInFile', 'duplicate-of-existing': 'duplicatesOfExisting', failed: 'failed' } as const;

export function count(summary: ImportSummary, entry: ReportEntry): void {
  summary[COUNTERS[entry.status]]++;
}
