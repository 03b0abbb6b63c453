import { InvalidNameError } from '../errors';
import { isValidCollectionName } from '../mongo-semantics';

/** The database used when the connection URL names none. */
export const DEFAULT_DATABASE = 'crm';

/**
 * Same rule as the embedded adapter, so a name accepted in one deployment is accepted in the
 * other; `system.` is refused as well because MongoDB reserves it.
 */
export function assertCollectionName(name: string): void {
  if (!isValidCollectionName(name) || name.startsWith('system.')) throw new InvalidNameError('collection', name);
}

/**
 * The database named in the path of a `mongodb://` or `mongodb+srv://` URL, or `crm`. Parsed by
 * hand because a seed list (`h1:27017,h2:27017`) is not a valid WHATWG URL host, and the
 * driver's own parse answers `test` when the path is empty, which we cannot tell from a real `test`.
 */
export function databaseNameFromUrl(url: string): string {
  const scheme = /^mongodb(\+srv)?:\/\//i.exec(url);
  if (!scheme) throw new Error(`MONGODB_URL must start with mongodb:// or mongodb+srv:// (got ${JSON.stringify(redact(url))})`);
  const rest = url.slice(scheme[0].length);
  const end = rest.search(/[?#]/);
  const beforeQuery = end === -1 ? rest : rest.slice(0, end);
  // Credentials may contain '/' only percent-encoded, so the first '/' after the last '@' starts the path.
  const hosts = beforeQuery.slice(beforeQuery.lastIndexOf('@') + 1);
  const slash = hosts.indexOf('/');
  const name = slash === -1 ? '' : decodeURIComponent(hosts.slice(slash + 1));
  return name === '' ? DEFAULT_DATABASE : name;
}

/** The URL without its password, for error messages. */
export function redact(url: string): string {
  return url.replace(/^(mongodb(?:\+srv)?:\/\/[^:@/]*:)[^@/]*@/i, '$1***@');
}
