import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** The mapping a legacy CRM export needs (what an operator would write in mapping.json). */
export const LEGACY_MAPPING = {
  columns: { 'Customer No': 'externalRefs.legacy', 'Full Name': 'name', 'E-mail': 'emails', Mobile: 'phones', Country: 'country', Type: 'kind', Street: 'address.line', City: 'address.city', Postcode: 'address.postalCode' },
  defaults: { kind: 'person' },
};

export interface LegacyCsvStats {
  rows: number;
  /** Rows the import must refuse (one bad field each). */
  bad: number;
  /** Rows repeating an earlier row's person (same e-mail, another customer number). */
  duplicates: number;
}

const FIRST = ['Anna', 'Jürgen', 'Søren', 'María', 'Chloé', 'سارا', 'علی', 'مریم', '王', '山田', 'Олег', 'Kofi'];
const LAST = ['Schmidt', 'Groß', 'Kierkegaard', 'Fernández', 'Dubois', 'احمدی', 'کریمی', 'رضایی', '小明', '太郎', 'Иванов', 'Mensah'];
const BAD: ((cells: string[]) => void)[] = [
  (c) => (c[2] = 'not-an-email'),
  (c) => (c[3] = '12'),
  (c) => (c[1] = ''),
  (c) => (c[4] = 'Atlantis'),
  (c) => (c[5] = 'robot'),
];

/**
 * Writes a legacy export of `rows` rows, streamed (1 M rows never sit in memory): every 20th row
 * has one bad field (5 %), every 10th repeats an earlier person under another customer number
 * (10 %), names in several scripts, CSV quoting where a cell needs it.
 */
export async function writeLegacyCsv(path: string, rows: number): Promise<LegacyCsvStats> {
  const out = createWriteStream(path);
  const stats: LegacyCsvStats = { rows, bad: 0, duplicates: 0 };
  out.write('Customer No,Full Name,E-mail,Mobile,Country,Type,Street,City,Postcode\n');
  for (let i = 0; i < rows; i++) {
    const duplicate = i % 10 === 9 && i > 100;
    // A duplicate is the person of a row some way back, re-entered in another system.
    let person = duplicate ? i - 1 - ((i * 7919) % 100) : i;
    // …of a row that was imported itself (neither bad nor a duplicate).
    while (duplicate && (person % 10 === 9 || person % 20 === 7)) person--;
    const cells = [`L-${i}`, `${FIRST[person % FIRST.length]} ${LAST[(person * 7) % LAST.length]} ${person}`, `user${person}@legacy.example`,
      `0151 ${10_000_000 + person}`, 'DE', '', `Hauptstraße ${1 + (person % 200)}`, 'Berlin', String(10_000 + (person % 90_000))];
    if (duplicate) stats.duplicates++;
    else if (i % 20 === 7) {
      BAD[(i / 20) % BAD.length | 0](cells);
      stats.bad++;
    }
    if (!out.write(`${cells.map(quote).join(',')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return stats;
}

const quote = (cell: string): string => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
