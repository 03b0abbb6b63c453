import { PanelData } from './panel';

const quote = (value: string): string => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The table a panel shows as RFC 4180 CSV, with the API's raw values (not the locale's digits). */
export function toCsv(data: PanelData): string {
  const lines = [data.columns, ...data.rows.map((row) => row.map((c) => (c.value === null ? '' : String(c.value))))];
  return `${lines.map((line) => line.map(quote).join(',')).join('\r\n')}\r\n`;
}

export function downloadCsv(name: string, data: PanelData): void {
  const url = URL.createObjectURL(new Blob([toCsv(data)], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
