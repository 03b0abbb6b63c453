import { parseCurrency } from '../../shared/currency';
import { Decider } from '../../shared/decider';
import { parseInstant } from '../../shared/instant';
import { invalid, validateAll } from '../../shared/validation';
import { parseDecimal } from '../money/decimal';
import { FxEvent, RecordFxRate } from './fx.events';

/** Digits a rate may carry: enough for IRR per EUR and for EUR per IRR alike. */
export const RATE_SCALE = 12;

/** The rates of one currency pair, by effective instant. */
export type FxState = Record<string, string>;

function record(command: RecordFxRate, state: FxState): FxEvent[] {
  const data = validateAll({
    base: () => parseCurrency(command.base, 'base'),
    quote: () => parseCurrency(command.quote, 'quote'),
    rate: () => parseDecimal(command.rate, 'rate', { maxScale: RATE_SCALE, positive: true }),
    effectiveAt: () => parseInstant(command.effectiveAt, 'effectiveAt'),
  });
  if (data.base === data.quote) throw invalid('quote', 'must differ from base');
  // The same rate again is a re-import: already true, nothing to record.
  return state[data.effectiveAt] === data.rate ? [] : [{ type: 'crm.fx.rate-recorded', data }];
}

/** One currency pair's dated rates (stream `fx-<BASE>-<QUOTE>`). */
export const fxDecider: Decider<RecordFxRate, FxState, FxEvent> = {
  initialState: {},
  decide: (command, state) => record(command, state),
  evolve: (state, event) => ({ ...state, [event.data.effectiveAt]: event.data.rate }),
};
