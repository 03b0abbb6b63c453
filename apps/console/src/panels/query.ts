import { Params } from '../api';
import { PanelContext } from '../panel';
import { dayStart, instant } from '../state';

/**
 * The period, the as-of instant, the currency and the country / partner subtree every analytics
 * route takes: the API narrows the figures itself (deals by their customer's country and partner).
 */
export function analyticsParams(ctx: PanelContext, withCurrency = true): Params {
  const { state } = ctx;
  return {
    from: dayStart(state.from), to: dayStart(state.to), asOf: instant(state.asOf),
    country: state.country, partnerId: state.partnerId,
    ...(withCurrency ? { currency: state.currency } : {}),
  };
}
