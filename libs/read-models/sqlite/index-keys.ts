/** Values an index can hold: SQLite compares them the way MongoDB does within one type. */
export type IndexValue = string | number;

export const isIndexValue = (value: unknown): value is IndexValue =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

/**
 * Every value at a dotted path, descending into arrays at every level like a MongoDB multikey
 * index (`contactPoints.value` yields each contact point's value; `tags` yields each tag).
 */
export function valuesAtPath(doc: unknown, path: string): unknown[] {
  const out: unknown[] = [];
  collect(doc, path.split('.'), 0, out);
  return out;
}

function collect(value: unknown, segments: string[], i: number, out: unknown[]): void {
  if (i === segments.length) {
    if (Array.isArray(value)) out.push(...value);
    else if (value !== undefined) out.push(value);
    return;
  }
  const segment = segments[i];
  if (Array.isArray(value)) {
    // `a.0` may mean the first element or a field named "0" of each element, as in MongoDB.
    if (/^\d+$/.test(segment)) collect(value[Number(segment)], segments, i + 1, out);
    for (const element of value) {
      if (isPlainObject(element)) collect(element[segment], segments, i + 1, out);
    }
    return;
  }
  if (isPlainObject(value)) collect(value[segment], segments, i + 1, out);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const MAX_KEYS_PER_DOC = 10_000;

/**
 * The index rows of one document: the cartesian product of the scalar values of each field.
 * A field without a scalar is stored as null (no planned condition ever matches null), so every
 * document has a row and an index walked in order sees the whole collection, missing values
 * first as MongoDB sorts them. `complete: false` keeps the older layout (no row at all when the
 * first field holds no scalar) for side tables created before.
 */
export function indexRows(doc: unknown, fields: string[], complete = true): (IndexValue | null)[][] {
  let rows: (IndexValue | null)[][] = [[]];
  for (let f = 0; f < fields.length; f++) {
    const values = uniqueScalars(valuesAtPath(doc, fields[f]));
    if (values.length === 0) {
      if (f === 0 && !complete) return [];
      rows = rows.map((row) => [...row, null]);
      continue;
    }
    const next: (IndexValue | null)[][] = [];
    for (const row of rows) for (const v of values) next.push([...row, v]);
    if (next.length > MAX_KEYS_PER_DOC) throw new Error(`index on ${fields.join(',')} would need ${next.length} keys for one document`);
    rows = next;
  }
  return rows;
}

function uniqueScalars(values: unknown[]): IndexValue[] {
  const seen = new Set<string>();
  const out: IndexValue[] = [];
  for (const v of values) {
    if (!isIndexValue(v)) continue;
    const key = `${typeof v}:${v}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(v);
  }
  return out;
}
