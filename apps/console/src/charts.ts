import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { Formatters } from './i18n';
import { ChartSpec } from './panel';

// Only what the panels draw, so the bundle carries no unused chart types.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

// Dark enough for text-like contrast against white (WCAG non-text 3:1 and more).
const COLOURS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed'];
export const FIRST_CHART_MARK = 'console:first-chart';

/** Draws a spec on a canvas in the locale's digits and direction; the caller destroys it on re-render. */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec, f: Formatters, rtl: boolean): Chart {
  const format = (value: number | string) => (spec.percent ? f.percent(Number(value)) : f.number(Number(value)));
  const chart = new Chart(canvas, {
    type: spec.type,
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s, i) => ({ label: s.label, data: s.values, backgroundColor: COLOURS[i % COLOURS.length], borderColor: COLOURS[i % COLOURS.length] })),
    },
    options: {
      locale: f.tag, animation: false, responsive: true, maintainAspectRatio: false,
      indexAxis: spec.horizontal ? 'y' : 'x',
      scales: {
        x: { reverse: rtl, ticks: { color: '#1f2937' } },
        y: { position: rtl ? 'right' : 'left', beginAtZero: true, ticks: { color: '#1f2937', precision: spec.counts ? 0 : undefined, callback: (value) => format(value) } },
      },
      plugins: {
        legend: { rtl, labels: { color: '#1f2937' } },
        tooltip: { rtl, callbacks: { label: (item) => `${item.dataset.label}: ${item.raw === null ? '—' : format(item.raw as number)}` } },
      },
    },
  });
  if (!performance.getEntriesByName(FIRST_CHART_MARK).length) performance.mark(FIRST_CHART_MARK);
  return chart;
}

/** What the chart shows, in words, for screen readers (the table below holds every figure). */
export const describeChart = (spec: ChartSpec, title: string): string =>
  `${title}: ${spec.series.map((s) => s.label).join(', ')} — ${spec.labels.join(', ')}`;
