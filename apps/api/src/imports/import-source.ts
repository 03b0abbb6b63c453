import { parse } from 'csv-parse';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';

export type ImportFormat = 'csv' | 'ndjson';

/** One source record: its line in the file, and its cells by column name, or why it could not be read. */
export type SourceRecord = { row: number; cells: Record<string, unknown> } | { row: number; unreadable: string };

/** The format a file name or content type names, or undefined. */
export function formatOf(nameOrType: string | undefined): ImportFormat | undefined {
  if (!nameOrType) return undefined;
  if (/(^|[./])csv$|text\/csv/i.test(nameOrType)) return 'csv';
  if (/(^|[./])(nd)?json(l)?$|x-ndjson|jsonl/i.test(nameOrType)) return 'ndjson';
  return undefined;
}

/** Records of a CSV (header line first) or NDJSON stream, streamed: memory does not grow with the file. */
export function readRecords(input: Readable, format: ImportFormat): AsyncGenerator<SourceRecord> {
  return format === 'csv' ? csvRecords(input) : ndjsonRecords(input);
}

async function* csvRecords(input: Readable): AsyncGenerator<SourceRecord> {
  const skipped: SourceRecord[] = [];
  // A malformed record (an unclosed quote…) is reported and skipped, not the end of the import.
  const parser = input.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true, skip_records_with_error: true,
    on_skip: (error) => void skipped.push({ row: Number((error as { lines?: number } | undefined)?.lines ?? 0), unreadable: error?.message ?? 'unreadable record' }) }));
  let header: string[] | undefined;
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    yield* skipped.splice(0);
    if (!header) {
      header = record.map((column) => column.trim());
      continue;
    }
    if (record.length !== header.length) {
      yield { row: info.lines, unreadable: `has ${record.length} columns where the header has ${header.length}` };
      continue;
    }
    const cells: Record<string, unknown> = {};
    header.forEach((column, i) => (cells[column] = record[i]));
    yield { row: info.lines, cells };
  }
  yield* skipped.splice(0);
}

async function* ndjsonRecords(input: Readable): AsyncGenerator<SourceRecord> {
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line++;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      yield { row: line, unreadable: 'is not valid JSON' };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) yield { row: line, unreadable: 'is not a JSON object' };
    else yield { row: line, cells: value as Record<string, unknown> };
  }
}
