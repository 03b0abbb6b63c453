import { existsSync } from 'node:fs';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';

/** Debian's chromium (scripts/test-deps/chromium.sh installs it); playwright-core brings no browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const hasChromium = (): boolean => existsSync(CHROMIUM_PATH);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A page that records every console error and uncaught exception, for the "no console errors" check. */
export async function watchedPage(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    // A failed resource load names the resource only in its location.
    if (message.type() === 'error') errors.push(`${message.text()} @ ${message.location().url}`);
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return { page, errors };
}

/** Waits for a render of the console to finish (every panel answered, charts drawn). */
export async function settled(page: Page): Promise<void> {
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForFunction(() => [...document.querySelectorAll('.chart canvas')].every((c) => (c as HTMLCanvasElement).width > 0));
}

export const figure = (page: Page, id: string) => page.getAttribute(`[data-figure="${id}"]`, 'data-value');

/** The raw values of a panel's table, row by row. */
export const tableValues = (page: Page, panel: string) =>
  page.$$eval(`#panel-${panel} tbody tr`, (rows) => rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.getAttribute('data-value') ?? '')));
