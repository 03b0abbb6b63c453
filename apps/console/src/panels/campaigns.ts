import { ApiError, getJson } from '../api';
import { anyMoneyCell } from '../money';
import { cell, Cell, numeric, PanelContext, PanelDef, readsAnalytics } from '../panel';
import { analyticsParams } from './query';

export interface CampaignSummary { id: string; name: string }
interface Outcome { contacted: number; responded: number; converted: number; cost: unknown; revenue: unknown; roi: number | string | null }
interface CampaignAnswer extends Outcome { byVariant: (Outcome & { variant?: string; key?: string })[] | Record<string, Outcome> }

/** The campaigns there are; `undefined` when this server has no campaign routes yet (404). */
export async function listCampaigns(): Promise<CampaignSummary[] | undefined> {
  try {
    const page = await getJson<{ items: { campaignId?: string; id?: string; name?: string }[] }>('/v1/campaigns', { limit: '200' });
    return page.items.map((c) => ({ id: String(c.campaignId ?? c.id), name: c.name ?? String(c.campaignId ?? c.id) }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  }
}

const variantsOf = (answer: CampaignAnswer): (Outcome & { variant: string })[] =>
  (Array.isArray(answer.byVariant)
    ? answer.byVariant.map((v) => ({ ...v, variant: String(v.variant ?? v.key ?? '') }))
    : Object.entries(answer.byVariant ?? {}).map(([variant, v]) => ({ ...v, variant })));

function outcomeCells(ctx: PanelContext, o: Outcome): Cell[] {
  const { f } = ctx;
  return [cell(f.number(o.contacted), o.contacted), cell(f.number(o.responded), o.responded), cell(f.number(o.converted), o.converted),
    anyMoneyCell(f, o.cost), anyMoneyCell(f, o.revenue), cell(f.percent(numeric(o.roi)), o.roi)];
}

/** Contacted, responded, converted, cost, revenue and ROI of one campaign, by variant. */
export const campaignsPanel: PanelDef = {
  id: 'campaigns', view: 'campaigns', title: (t) => t.campaignRoi, visible: readsAnalytics,
  async load(ctx) {
    const { t } = ctx;
    const campaigns = await listCampaigns();
    if (!campaigns) throw new ApiError(404, t.notAvailable);
    const chosen = campaigns.find((c) => c.id === ctx.state.campaignId) ?? campaigns[0];
    if (!chosen) return { columns: [], rows: [], notes: [t.noCampaigns] };
    const answer = await getJson<CampaignAnswer>(`/v1/analytics/campaigns/${encodeURIComponent(chosen.id)}`, { currency: ctx.state.currency, asOf: analyticsParams(ctx).asOf });
    const variants = variantsOf(answer);
    const [contacted, responded, converted, cost, revenue, roi] = outcomeCells(ctx, answer);
    return {
      figures: [
        { id: 'campaign-contacted', label: t.contacted, cell: contacted }, { id: 'campaign-responded', label: t.responded, cell: responded },
        { id: 'campaign-converted', label: t.converted, cell: converted }, { id: 'campaign-cost', label: t.cost, cell: cost },
        { id: 'campaign-revenue', label: t.revenue, cell: revenue }, { id: 'campaign-roi', label: t.roi, cell: roi },
      ],
      chart: variants.length ? { type: 'bar', percent: true, labels: variants.map((v) => v.variant), series: [{ label: t.roi, values: variants.map((v) => numeric(v.roi)) }] } : undefined,
      columns: [t.variant, t.contacted, t.responded, t.converted, t.cost, t.revenue, t.roi],
      rows: variants.map((v) => [cell(v.variant, v.variant), ...outcomeCells(ctx, v)]),
      notes: [`${t.campaign}: ${chosen.name}`],
    };
  },
};
