/** The console's state, all of it in the URL (deep links), never the key. */
export const VIEWS = ['sales', 'service', 'voice', 'campaigns'] as const;
export type View = (typeof VIEWS)[number];
export type Locale = 'en' | 'fa';

export interface ConsoleState {
  view: View;
  locale: Locale;
  country?: string;
  partnerId?: string;
  /** Dates (YYYY-MM-DD, UTC): the period is [from, to). */
  from?: string;
  to?: string;
  /** Business time the figures are as of (YYYY-MM-DDTHH:MM, UTC); empty = now. */
  asOf?: string;
  currency?: string;
  campaignId?: string;
}

const FIELDS = ['country', 'partnerId', 'from', 'to', 'asOf', 'currency', 'campaignId'] as const;
export const DEFAULT_CURRENCY = 'EUR';

export function readState(search: string): ConsoleState {
  const q = new URLSearchParams(search);
  const view = VIEWS.find((v) => v === q.get('view')) ?? 'sales';
  const state: ConsoleState = { view, locale: q.get('locale') === 'fa' ? 'fa' : 'en' };
  for (const field of FIELDS) {
    const value = q.get(field)?.trim();
    if (value) state[field] = value;
  }
  // "none" keeps amounts per currency; no parameter at all means the default currency.
  if (!q.has('currency')) state.currency = DEFAULT_CURRENCY;
  if (state.currency === 'none') delete state.currency;
  return state;
}

export function writeState(state: ConsoleState): string {
  const q = new URLSearchParams({ view: state.view });
  if (state.locale !== 'en') q.set('locale', state.locale);
  for (const field of FIELDS) if (state[field]) q.set(field, state[field]!);
  if (!state.currency) q.set('currency', 'none');
  else if (state.currency === DEFAULT_CURRENCY) q.delete('currency');
  return `?${q}`;
}

/** The API's instants from the form's UTC date and date-time fields. */
export const dayStart = (date?: string): string | undefined => (date ? `${date}T00:00:00Z` : undefined);
export const instant = (dateTime?: string): string | undefined => (dateTime ? `${dateTime.length === 16 ? `${dateTime}:00` : dateTime}Z` : undefined);
