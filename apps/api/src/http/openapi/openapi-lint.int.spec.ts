import { Document, RulesetDefinition, Spectral } from '@stoplight/spectral-core';
import { Json } from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';
import { startTestApp, TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); }, 60_000);
afterAll(() => t?.close());

describe('the served OpenAPI document under the Spectral OpenAPI ruleset', () => {
  it('has no error (warnings are counted and printed by rule)', async () => {
    const served = await t.http().get('/docs-json').expect(200);
    const spectral = new Spectral();
    spectral.setRuleset(oas as unknown as RulesetDefinition);
    const results = await spectral.run(new Document(served.text, Json, '/docs-json'));
    const bySeverity = (severity: number) => results.filter((result) => result.severity === severity);
    const byRule = (list: typeof results) => Object.entries(list.reduce<Record<string, number>>((counts, { code }) => ({ ...counts, [code]: (counts[code] ?? 0) + 1 }), {}));
    console.log(`Spectral oas: ${bySeverity(0).length} errors, ${bySeverity(1).length} warnings ${JSON.stringify(byRule(bySeverity(1)))}, ${bySeverity(2).length} infos, ${bySeverity(3).length} hints`);
    expect(bySeverity(0).map(({ code, message, path }) => `${code} at ${path.join('.')}: ${message}`)).toEqual([]);
  });
});
