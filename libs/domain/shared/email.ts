import { invalid, requireString } from './validation';

export const EMAIL_MAX_LENGTH = 254;

export interface Email {
  /** As written, domain lower-cased (mailboxes may be case-sensitive in theory). */
  value: string;
  /** Fully lower-cased, for matching and duplicate detection. */
  normalized: string;
}

/**
 * A pragmatic email check (one "@", a dotted domain, no spaces, at most 254 characters).
 * Unicode local parts and internationalised domains are accepted as written (NFC).
 */
export function parseEmail(input: unknown, field: string): Email {
  const text = requireString(input, field).trim().normalize('NFC');
  const fail = (why: string) => invalid(field, `"${text}" is not a valid email address: ${why}`);
  if (text.length === 0) throw invalid(field, 'must not be empty');
  if ([...text].length > EMAIL_MAX_LENGTH) throw fail(`longer than ${EMAIL_MAX_LENGTH} characters`);
  if (/[\s\p{Cc}]/u.test(text)) throw fail('it contains spaces or control characters');
  const parts = text.split('@');
  if (parts.length !== 2) throw fail('it needs exactly one "@"');
  const [local, domain] = parts;
  if (local.length === 0) throw fail('nothing before the "@"');
  const labels = domain.split('.');
  if (labels.length < 2 || labels.some((label) => label.length === 0)) {
    throw fail('the domain needs a dot between non-empty parts, as in example.com');
  }
  const value = `${local}@${domain.toLowerCase()}`;
  return { value, normalized: value.toLowerCase() };
}
