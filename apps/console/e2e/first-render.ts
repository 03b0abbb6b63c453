// Measures the console's first render: a fresh tab (the key already in sessionStorage, as after
// sign-in) opening the sales view on a seeded store, navigation start → first chart drawn, N runs.
// Beside it, in the same run: the same tab's DOMContentLoaded (the bundle fetched and parsed) and
// the API's own answer time for the funnel, so the figure can be read against this machine's load.
// Run: nice -n 10 node -r ./libs/testing/register-ts.js apps/console/e2e/first-render.ts [runs]
import { loadavg } from 'node:os';
import { AddressInfo } from 'node:net';
import { ADMIN_KEY, startTestApp } from '../../api/src/testing/test-app';
import { buildConsole } from '../build';
import { hasChromium, launchChromium, settled } from './browser';
import { seedStore } from './seed-store';

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

async function main(runs: number): Promise<void> {
  if (!hasChromium()) throw new Error('no /usr/bin/chromium: bash scripts/test-deps/chromium.sh');
  const sizes = await buildConsole();
  const t = await startTestApp({ CRM_RATE_LIMIT_MAX: '0' });
  await t.app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  await seedStore(base, ADMIN_KEY);
  const head = String(await t.infrastructure.eventStore.headPosition());
  await fetch(`${base}/v1/analytics/lead-funnel`, { headers: { authorization: `Bearer ${ADMIN_KEY}`, 'x-min-position': head } });
  const browser = await launchChromium();
  const firstChart: number[] = [];
  const domReady: number[] = [];
  const apiAnswer: number[] = [];
  for (let run = 0; run <= runs; run += 1) {
    const context = await browser.newContext();
    await context.addInitScript((key) => sessionStorage.setItem('crm.console.key', key), ADMIN_KEY);
    const page = await context.newPage();
    await page.goto(`${base}/console?view=sales`);
    await settled(page);
    const [chart, dom] = await page.evaluate(() => [
      performance.getEntriesByName('console:first-chart')[0].startTime,
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
    ]);
    const started = performance.now();
    await fetch(`${base}/v1/analytics/lead-funnel`, { headers: { authorization: `Bearer ${ADMIN_KEY}` } });
    // The first run warms the server and the browser's process pool; it is not counted.
    if (run > 0) {
      firstChart.push(chart);
      domReady.push(dom);
      apiAnswer.push(performance.now() - started);
    }
    await context.close();
  }
  await browser.close();
  await t.close();
  const line = (name: string, values: number[]) => `${name.padEnd(34)} p50 ${percentile(values, 0.5).toFixed(0).padStart(5)} ms   p90 ${percentile(values, 0.9).toFixed(0).padStart(5)} ms`;
  process.stdout.write(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${runs} cold tabs\n`);
  process.stdout.write(`${line('first chart (navigation start →)', firstChart)}\n${line('DOMContentLoaded (bundle parsed)', domReady)}\n${line('API: GET lead-funnel, from Node', apiAnswer)}\n`);
  for (const f of sizes) process.stdout.write(`${f.name.padEnd(12)} ${(f.bytes / 1024).toFixed(1)} KiB, ${(f.gzip / 1024).toFixed(1)} KiB gzip\n`);
}

main(Number(process.argv[2] ?? 20)).catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
