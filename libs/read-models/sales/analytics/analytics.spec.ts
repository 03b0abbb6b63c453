import { forecastReport } from './forecast';
import { collectionsOf, events, leadEvents } from './analytics.fixtures';
import { leadFunnelReport } from './lead-funnel';
import { pipelineReport } from './pipeline-report';
import { winRateReport } from './win-rate';

describe('pipeline analytics', () => {
  it('sums the open pipeline raw and weighted per stage, converted at the rates in force on the date asked', async () => {
    const report = await pipelineReport(await collectionsOf(events), { asOf: '2024-03-15T00:00:00.000Z', currency: 'EUR' });
    const [pl] = report.pipelines;
    expect(pl.stages.map((s) => [s.stage, s.count])).toEqual([['Qualify', 2], ['Proposal', 1]]);
    // Qualify: 110 USD / 1.10 = 100 EUR; 55,000,000 IRR / 500,000 / 1.10 = 100 EUR (through USD).
    expect(pl.stages[0].raw).toEqual({ byCurrency: [{ amount: '55000000', currency: 'IRR' }, { amount: '110.00', currency: 'USD' }], total: { amount: '200.00', currency: 'EUR' } });
    expect(pl.stages[0].weighted.total).toEqual({ amount: '20.00', currency: 'EUR' });
    expect(report.totals.weighted.total).toEqual({ amount: '520.00', currency: 'EUR' });
    expect(report.fx.rates.map((r) => `${r.base}/${r.quote}@${r.effectiveAt.slice(0, 10)}`)).toEqual(['EUR/USD@2024-01-01', 'USD/IRR@2024-01-01']);
  });

  it('answers a past date with what was open then, whatever happened later', async () => {
    const collections = await collectionsOf(events);
    const before = await pipelineReport(collections, { asOf: '2024-02-15T00:00:00.000Z' });
    expect(before.totals.count).toBe(3);
    expect(before.pipelines[0].stages.map((s) => s.stage)).toEqual(['Qualify']);
    const after = await pipelineReport(collections, { asOf: '2024-06-01T00:00:00.000Z' });
    expect(after.totals.count).toBe(1);
  });

  it('refuses to convert when no rate links the currencies at that date', async () => {
    await expect(pipelineReport(await collectionsOf(events), { asOf: '2023-12-31T00:00:00.000Z', currency: 'EUR' })).resolves.toMatchObject({ totals: { count: 0 } });
    await expect(pipelineReport(await collectionsOf(events), { asOf: '2024-03-15T00:00:00.000Z', currency: 'JPY' })).rejects.toThrow(/no FX rate from (EUR|IRR|USD) to JPY/);
  });
});

describe('forecast and win rate', () => {
  it('forecasts a period from deals won in it plus open deals expected to close, weighted', async () => {
    const report = await forecastReport(await collectionsOf(events), { asOf: '2024-05-10T00:00:00.000Z', from: '2024-05-01T00:00:00.000Z', to: '2024-07-01T00:00:00.000Z', currency: 'EUR' });
    expect(report.months.map((m) => [m.month, m.openCount, m.wonCount])).toEqual([['2024-05', 1, 1]]);
    // o1 open: 1000 EUR × 0.5; o2 won: 110 USD at 1.20 (the April rate in force on 10 May) = 91.67 EUR.
    expect(report.totals.weighted.total).toEqual({ amount: '500.00', currency: 'EUR' });
    expect(report.totals.won.total).toEqual({ amount: '91.67', currency: 'EUR' });
    expect(report.totals.forecast.total).toEqual({ amount: '591.67', currency: 'EUR' });
  });

  it('computes the win rate and the sales-cycle length of the deals closed in the period', async () => {
    const report = await winRateReport(await collectionsOf(events), { asOf: '2024-06-01T00:00:00.000Z', from: '2024-05-01T00:00:00.000Z', to: '2024-06-01T00:00:00.000Z' });
    expect(report.overall).toMatchObject({ won: 1, lost: 1, winRate: 0.5, salesCycleDays: { average: 89, min: 89, max: 89 },
      wonAmount: { byCurrency: [{ amount: '110.00', currency: 'USD' }], total: null } });
  });
});

describe('lead funnel', () => {
  it('counts a cohort through steps chosen at query time, with conversion and days between steps', async () => {
    const report = await leadFunnelReport(await collectionsOf(leadEvents), {
      asOf: '2024-01-01T00:00:00.000Z', from: '2023-01-01T00:00:00.000Z', to: '2023-02-01T00:00:00.000Z', stages: ['lead', 'mql', 'sql'], by: 'source' });
    expect(report.groups).toEqual([
      { group: 'event', cohort: 1, disqualified: 1, steps: [
        { stage: 'lead', count: 1, conversionFromPrevious: null, conversionFromFirst: 1, averageDaysFromPrevious: null },
        { stage: 'mql', count: 0, conversionFromPrevious: 0, conversionFromFirst: 0, averageDaysFromPrevious: null },
        { stage: 'sql', count: 0, conversionFromPrevious: null, conversionFromFirst: 0, averageDaysFromPrevious: null }] },
      { group: 'web', cohort: 2, disqualified: 0, steps: [
        { stage: 'lead', count: 2, conversionFromPrevious: null, conversionFromFirst: 1, averageDaysFromPrevious: null },
        { stage: 'mql', count: 2, conversionFromPrevious: 1, conversionFromFirst: 1, averageDaysFromPrevious: 2 },
        { stage: 'sql', count: 1, conversionFromPrevious: 0.5, conversionFromFirst: 0.5, averageDaysFromPrevious: 4 }] },
    ]);
  });

  it('counts only what had happened by asOf', async () => {
    const report = await leadFunnelReport(await collectionsOf(leadEvents), { asOf: '2023-01-05T00:00:00.000Z', stages: ['lead', 'sql'] });
    expect(report.groups).toMatchObject([{ group: null, cohort: 3, disqualified: 1, steps: [{ count: 3 }, { count: 0 }] }]);
  });
});
