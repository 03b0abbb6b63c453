import type { IndexDescription } from 'mongodb';
import { IndexSpec } from '../document-store.port';
import { InvalidNameError } from '../errors';

const PATH = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;

/**
 * A port index as a MongoDB index. A unique index only covers documents whose first field holds
 * a string or a number: the embedded adapter indexes nothing else, and plain MongoDB would treat
 * every document lacking the field as a duplicate `null` (two customers without an email).
 */
export function toIndexDescription(spec: IndexSpec): IndexDescription {
  const paths = Object.keys(spec.fields);
  if (paths.length === 0) throw new TypeError('an index needs at least one field');
  for (const path of paths) if (!PATH.test(path)) throw new InvalidNameError('index path', path);
  if (!spec.unique) return { key: { ...spec.fields } };
  return { key: { ...spec.fields }, unique: true, partialFilterExpression: { [paths[0]]: { $type: ['string', 'number'] } } };
}
