import { InvalidValueError } from '../../shared/errors';
import { given } from '../../testing/decider-spec';
import { fxDecider } from './fx.decider';
import { FxRateRecorded, RecordFxRate } from './fx.events';

const record: RecordFxRate = { type: 'RecordFxRate', base: 'eur', quote: 'irr', rate: '585000.5', effectiveAt: '2026-01-01T00:00:00+03:30' };
const recorded: FxRateRecorded = {
  type: 'crm.fx.rate-recorded',
  data: { base: 'EUR', quote: 'IRR', rate: '585000.5', effectiveAt: '2025-12-31T20:30:00.000Z' },
};

describe('FX rates', () => {
  it('records a dated rate with codes upper-cased and the instant in UTC', () => {
    given(fxDecider).when(record).then([recorded]);
  });

  it('records nothing when the same rate for the same instant arrives again', () => {
    given(fxDecider, [recorded]).when(record).then([]);
  });

  it('records a corrected rate for the same instant', () => {
    given(fxDecider, [recorded]).when({ ...record, rate: '585100' }).thenMatches([{ data: { rate: '585100' } }]);
  });

  it('refuses a zero rate and a pair of one currency', () => {
    given(fxDecider).when({ ...record, rate: '0' }).thenThrows(InvalidValueError);
    given(fxDecider).when({ ...record, quote: 'EUR' }).thenThrows(InvalidValueError, { errors: [{ field: 'quote', message: 'must differ from base' }] });
  });
});
