import { Params } from '../api';
import { PanelContext } from '../panel';
import { dayStart, instant } from '../state';

/** The period, the as-of instant and the currency every analytics route takes. */
export function analyticsParams(ctx: PanelContext, withCurrency = true): Params {
  const { state } = ctx;
  return {
    from: dayStart(state.from), to: dayStart(state.to), asOf: instant(state.asOf),
    ...(withCurrency ? { currency: state.currency } : {}),
  };
}

export const narrowed = (ctx: PanelContext): boolean => !!(ctx.state.country || ctx.state.partnerId);

/** The pipelines a country or partner filter leaves; undefined when no filter applies (or none can). */
export const chosenPipelineIds = (ctx: PanelContext): Set<string> | undefined =>
  (ctx.pipelines ? new Set(ctx.pipelines.map((p) => p.pipelineId)) : undefined);
