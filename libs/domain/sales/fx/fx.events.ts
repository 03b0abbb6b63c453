/**
 * FX events (stream `fx-<BASE>-<QUOTE>`): 1 `base` = `rate` `quote` from `effectiveAt` on,
 * until a later rate of the same pair takes effect. A second rate at the same instant corrects the first.
 */
export interface FxRateRecorded {
  type: 'crm.fx.rate-recorded';
  schemaVersion?: number;
  data: { base: string; quote: string; rate: string; effectiveAt: string };
  personal?: Record<string, never>;
}

export type FxEvent = FxRateRecorded;

export interface RecordFxRate {
  type: 'RecordFxRate';
  base: string;
  quote: string;
  rate: string | number;
  effectiveAt: string;
}

export const fxStream = (base: string, quote: string): string => `fx-${base}-${quote}`;
