import './styles.css';
import { ApiError, forgetKey, getJson, Me, storedKey, storeKey } from './api';
import { h } from './dom';
import { formatters, strings } from './i18n';
import { listsPipelines, PanelContext, PanelDef, Pipeline, readsAnalytics } from './panel';
import { breachedCasesPanel, serviceKpisPanel } from './panels/service';
import { campaignsPanel, listCampaigns } from './panels/campaigns';
import { forecastPanel } from './panels/forecast';
import { funnelPanel } from './panels/funnel';
import { npsPanel } from './panels/nps';
import { pipelinePanel } from './panels/pipeline';
import { winRatePanel } from './panels/win-rate';
import { destroyCharts, renderPanel } from './render';
import { Choices, filtersForm, header, signInForm, viewNav } from './shell';
import { ConsoleState, readState, writeState } from './state';

const PANELS: PanelDef[] = [funnelPanel, pipelinePanel, forecastPanel, winRatePanel, serviceKpisPanel, breachedCasesPanel, npsPanel, campaignsPanel];
const root = document.getElementById('app')!;
let me: Me | undefined;

function applyLocale(state: ConsoleState): void {
  document.documentElement.lang = state.locale;
  document.documentElement.dir = state.locale === 'fa' ? 'rtl' : 'ltr';
  document.title = strings(state.locale).appTitle;
}

async function whoAmI(): Promise<Me | undefined> {
  if (!storedKey()) return undefined;
  try {
    return await getJson<Me>('/v1/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) forgetKey();
    throw error;
  }
}

async function choicesFor(state: ConsoleState, who: Me): Promise<Choices> {
  const partners = await getJson<{ items: { partnerId?: string; id?: string; name: string }[] }>('/v1/partners', { limit: '500' })
    .then((page) => page.items.map((p) => ({ id: String(p.partnerId ?? p.id), name: p.name })), () => []);
  const campaigns = state.view === 'campaigns' && readsAnalytics(who) ? await listCampaigns().catch(() => undefined) : undefined;
  return { partners, campaigns };
}

/** Every pipeline the role may list, for the names the win rate answers by id. */
async function pipelinesFor(who: Me): Promise<Pipeline[]> {
  if (!listsPipelines(who)) return [];
  return (await getJson<{ items: Pipeline[] }>('/v1/pipelines', { limit: '500' })).items;
}

function formState(form: HTMLFormElement, current: ConsoleState): ConsoleState {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim() || undefined;
  const currency = text('currency');
  return {
    view: current.view, locale: text('locale') === 'fa' ? 'fa' : 'en', country: text('country')?.toUpperCase(), partnerId: text('partnerId'),
    from: text('from'), to: text('to'), asOf: text('asOf'), currency: currency === 'none' ? undefined : currency, campaignId: text('campaignId'),
  };
}

function navigate(state: ConsoleState): void {
  history.pushState(null, '', writeState(state));
  void render();
}

function showSignIn(state: ConsoleState, error?: string): void {
  const t = strings(state.locale);
  const form = signInForm(t, error);
  root.replaceChildren(header(t, undefined, () => undefined), h('main', { id: 'content' }, form));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    storeKey(String(new FormData(form).get('key') ?? '').trim());
    void render();
  });
  form.querySelector('input')?.focus();
}

async function render(): Promise<void> {
  const state = readState(location.search);
  const t = strings(state.locale);
  applyLocale(state);
  document.body.dataset.ready = 'false';
  destroyCharts();
  try {
    me = await whoAmI();
  } catch (error) {
    return showSignIn(state, error instanceof ApiError && error.status === 401 ? t.badKey : String(error));
  }
  if (!me) return showSignIn(state);
  const who = me;
  const [choices, pipelines] = await Promise.all([choicesFor(state, who), pipelinesFor(who).catch(() => [] as Pipeline[])]);
  const focused = document.activeElement?.id;
  const form = filtersForm(state, t, choices);
  const panels = h('div', { class: 'panels', id: 'panels' });
  const main = h('main', { id: 'content', tabindex: '-1' }, form, panels);
  root.replaceChildren(h('a', { class: 'skip', href: '#panels' }, t.skip), header(t, who, signOut), viewNav(state, t), main);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(formState(form, state));
  });
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    navigate(readState(`?view=${state.view}&locale=${state.locale}`));
  });
  root.querySelectorAll<HTMLAnchorElement>('nav.views a').forEach((link) => link.addEventListener('click', (event) => {
    event.preventDefault();
    navigate(readState(link.search));
  }));
  if (focused) document.getElementById(focused)?.focus();
  const ctx: PanelContext = { state, me: who, t, f: formatters(state.locale), pipelineNames: new Map(pipelines.map((p) => [p.pipelineId, p.name])), campaigns: choices.campaigns };
  const shown = PANELS.filter((p) => p.view === state.view && p.visible(who));
  if (!shown.length) panels.append(h('p', { class: 'status', role: 'status' }, t.noAnalytics));
  await Promise.all(shown.map((panel) => renderPanel(panels, panel, ctx)));
  document.body.dataset.ready = 'true';
}

function signOut(): void {
  forgetKey();
  me = undefined;
  void render();
}

window.addEventListener('popstate', () => void render());
void render();
