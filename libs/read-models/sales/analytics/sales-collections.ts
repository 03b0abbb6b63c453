import { DocumentCollection } from '../../document-store.port';
import { FxConverter, ratesInForce } from './fx-conversion';

/** The read models analytics aggregate over (the live collections, resolved by the caller). */
export interface SalesCollections {
  leads: DocumentCollection;
  opportunities: DocumentCollection;
  pipelines: DocumentCollection;
  fxRates: DocumentCollection;
}

/** Common parameters: instants are UTC ISO strings; `to` is exclusive. */
export interface AnalyticsParams {
  asOf: string;
  from?: string;
  to?: string;
  currency?: string;
  pipelineId?: string;
}

/** Rates in force at `asOf`: the date asked decides the rate, so a past figure is reproducible. */
export async function converterFor(collections: SalesCollections, params: AnalyticsParams): Promise<FxConverter | null> {
  return params.currency ? new FxConverter(await ratesInForce(collections.fxRates, params.asOf), params.asOf) : null;
}

/** `{ $gte: from, $lt: to }` for the bounds given, plus `$lte: asOf` (nothing from the future). */
export function period(params: AnalyticsParams): Record<string, string> {
  return { $lte: params.asOf, ...(params.from ? { $gte: params.from } : {}), ...(params.to ? { $lt: params.to } : {}) };
}
