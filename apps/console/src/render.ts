import { Chart } from 'chart.js';
import { ApiError } from './api';
import { describeChart, drawChart } from './charts';
import { downloadCsv } from './csv';
import { h } from './dom';
import { PanelContext, PanelData, PanelDef } from './panel';

const charts = new Map<string, Chart>();

export function destroyCharts(): void {
  for (const chart of charts.values()) chart.destroy();
  charts.clear();
}

const value = (v: string | number | null): string => (v === null ? '' : String(v));

function body(def: PanelDef, ctx: PanelContext, data: PanelData): Node[] {
  const title = def.title(ctx.t);
  const nodes: Node[] = [];
  if (data.figures?.length) {
    nodes.push(h('dl', { class: 'figures' }, ...data.figures.map((fig) =>
      h('div', {}, h('dt', {}, fig.label), h('dd', { 'data-figure': fig.id, 'data-value': value(fig.cell.value) }, fig.cell.text)))));
  }
  if (data.chart && data.rows.length) {
    const canvas = h('canvas', { role: 'img', 'aria-label': describeChart(data.chart, title) });
    nodes.push(h('div', { class: 'chart' }, canvas));
    const spec = data.chart;
    // Drawn once the canvas is in the document, so Chart.js can measure it.
    queueMicrotask(() => charts.set(def.id, drawChart(canvas, spec, ctx.f, ctx.state.locale === 'fa')));
  }
  if (data.rows.length) {
    nodes.push(h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': `${ctx.t.figuresTable}: ${title}` },
      h('table', {},
        h('caption', {}, `${ctx.t.figuresTable}: ${title}`),
        h('thead', {}, h('tr', {}, ...data.columns.map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, ...data.rows.map((row) => h('tr', {}, ...row.map((c) => h('td', { 'data-value': value(c.value) }, c.text))))))));
  }
  if (data.notes?.length) nodes.push(h('ul', { class: 'notes' }, ...data.notes.map((n) => h('li', {}, n))));
  return nodes;
}

/** A panel's section: loading, then its figures, chart and table, an empty state, or why it failed. */
export async function renderPanel(host: HTMLElement, def: PanelDef, ctx: PanelContext): Promise<void> {
  const { t } = ctx;
  const title = def.title(t);
  const status = h('p', { class: 'status', role: 'status' }, t.loading);
  const csv = h('button', { type: 'button', class: 'csv', disabled: '', 'aria-label': `${t.csv}: ${title}` }, t.csv);
  const content = h('div', { class: 'content' });
  const section = h('section', { class: 'panel', id: `panel-${def.id}`, 'aria-labelledby': `title-${def.id}`, 'aria-busy': 'true', 'data-state': 'loading' },
    h('header', {}, h('h2', { id: `title-${def.id}` }, title), csv), status, content);
  host.append(section);
  try {
    const data = await def.load(ctx);
    const empty = !data.rows.length && !data.figures?.length;
    section.dataset.state = empty ? 'empty' : 'ready';
    status.textContent = empty ? (data.emptyText ?? t.empty) : '';
    status.hidden = !empty;
    content.append(...body(def, ctx, data));
    if (data.rows.length) {
      csv.removeAttribute('disabled');
      csv.addEventListener('click', () => downloadCsv(`${def.id}.csv`, data));
    }
  } catch (error) {
    const status403 = error instanceof ApiError && error.status === 403;
    const status404 = error instanceof ApiError && error.status === 404;
    const detail = error instanceof Error ? error.message : String(error);
    status.textContent = status403 ? t.notAllowed : status404 ? `${t.notAvailable} (${detail})` : `${t.failed}: ${detail}`;
    section.dataset.state = status404 ? 'unavailable' : status403 ? 'forbidden' : 'error';
  } finally {
    section.setAttribute('aria-busy', 'false');
  }
}
