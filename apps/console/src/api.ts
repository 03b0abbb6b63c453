/** Talks to the API with the key entered once; the key lives in sessionStorage, never in the URL. */
const KEY_SLOT = 'crm.console.key';

export const storedKey = (): string | null => sessionStorage.getItem(KEY_SLOT);
export const storeKey = (key: string): void => sessionStorage.setItem(KEY_SLOT, key);
export const forgetKey = (): void => sessionStorage.removeItem(KEY_SLOT);

/** An answer other than 2xx, with the problem document's detail when there is one. */
export class ApiError extends Error {
  constructor(readonly status: number, detail: string) {
    super(detail);
  }
}

export type Params = Record<string, string | undefined>;

export async function getJson<T>(path: string, params: Params = {}): Promise<T> {
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
  const url = query.size ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { authorization: `Bearer ${storedKey() ?? ''}`, accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const fields = Array.isArray(body.errors) ? body.errors.map((e: { field: string; message: string }) => `${e.field}: ${e.message}`).join('; ') : '';
    throw new ApiError(response.status, fields || body.detail || body.title || `HTTP ${response.status}`);
  }
  return body as T;
}

/** Who the key is; the console shows what this role may read. */
export interface Me {
  role: string;
  name: string;
  partnerId: string | null;
}
