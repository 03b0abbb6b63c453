import { ApiError, getJson } from '../api';
import { anyMoneyCell } from '../money';
import { cell, Cell, numeric, PanelContext, PanelDef, readsAnalytics } from '../panel';
import { analyticsParams } from './query';

export interface CampaignSummary { id: string; name: string }

/** The campaigns the key may see; `undefined` on a server without the list route (404). */
export async function listCampaigns(): Promise<CampaignSummary[] | undefined> {
  try {
    const page = await getJson<{ items: { campaignId: string; name?: string }[] }>('/v1/campaigns', { limit: '500' });
    return page.items.map((c) => ({ id: c.campaignId, name: c.name ?? c.campaignId }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  }
}

interface Outcome { contacted: number; responded: number; converted: number; cost: unknown; revenue: unknown; roi: number | string | null }
interface CampaignAnswer extends Outcome { byVariant: (Outcome & { variant?: string; key?: string })[] | Record<string, Outcome> }

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
    // Chosen in the list (the first one by default), or typed in by id on a server that lists none.
    const listed = ctx.campaigns;
    const chosen = listed ? (listed.find((c) => c.id === ctx.state.campaignId) ?? listed[0])?.id : ctx.state.campaignId;
    if (!chosen) return { columns: [], rows: [], emptyText: listed ? t.noCampaigns : t.enterCampaign };
    const answer = await getJson<CampaignAnswer>(`/v1/analytics/campaigns/${encodeURIComponent(chosen)}`, { currency: ctx.state.currency, asOf: analyticsParams(ctx).asOf });
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
      notes: [`${t.campaign}: ${listed?.find((c) => c.id === chosen)?.name ?? chosen}`],
    };
  },
};
