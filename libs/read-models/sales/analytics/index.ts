export * from './sales-collections';
export * from './fx-conversion';
export { pipelineReport, pipelineAggregation } from './pipeline-report';
export { forecastReport } from './forecast';
export { winRateReport } from './win-rate';
export { leadFunnelReport, funnelAggregation, FUNNEL_GROUPS, DEFAULT_FUNNEL, type FunnelGroup, type FunnelParams } from './lead-funnel';
export { rescoreLeads, compareModels, type PublishedModel, type RankedLead } from './lead-scores';
