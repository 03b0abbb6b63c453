import { InvalidValueError } from '../../shared/errors';
import { given } from '../../testing/decider-spec';
import { scoreLead } from './lead-score';
import { ScoringModel } from './scoring-model';
import { scoringDecider } from './scoring.decider';

const model: ScoringModel = {
  name: 'hospitality first',
  fit: [{ attribute: 'industry', in: ['hospitality'], points: 20 }, { attribute: 'companySize', atLeast: 100, points: 10 }],
  engagement: { demo_request: 30, web_visit: 2 },
  halfLifeDays: 10,
  thresholds: { mql: 40 },
};

describe('lead score', () => {
  const at = '2026-03-21T00:00:00.000Z';

  it('adds fit points and engagement points halved every half-life, explaining each contribution', () => {
    const score = scoreLead({ industry: 'hospitality', companySize: 120, country: 'IR' },
      [{ kind: 'demo_request', at: '2026-03-11T00:00:00.000Z' }, { kind: 'web_visit', at: '2026-03-21T00:00:00.000Z' }, { kind: 'web_visit', at: '2026-03-01T00:00:00.000Z' }],
      model, 1, at);
    expect(score).toEqual({
      modelVersion: 1, at, score: 47.5, fit: 30, engagement: 17.5,
      contributions: [
        { source: 'fit', key: 'industry', value: 'hospitality', points: 20 },
        { source: 'fit', key: 'companySize', value: 120, points: 10 },
        { source: 'engagement', key: 'demo_request', count: 1, points: 15 },
        { source: 'engagement', key: 'web_visit', count: 2, points: 2.5 },
      ],
    });
  });

  it('ignores signals after the instant scored and kinds the model does not weigh', () => {
    const score = scoreLead({}, [{ kind: 'demo_request', at: '2026-04-01T00:00:00.000Z' }, { kind: 'call', at: '2026-03-01T00:00:00.000Z' }], model, 1, at);
    expect(score.score).toBe(0);
    expect(score.contributions).toEqual([]);
  });
});

describe('scoring model versions', () => {
  const published = { type: 'crm.lead-scoring.model-published' as const, data: { version: 1, model } };

  it('publishes the first model as version 1 and a changed one as the next version', () => {
    given(scoringDecider).when({ type: 'PublishScoringModel', model }).then([published]);
    given(scoringDecider, [published]).when({ type: 'PublishScoringModel', model: { ...model, halfLifeDays: 30 } })
      .thenMatches([{ data: { version: 2, model: { halfLifeDays: 30 } } }]);
  });

  it('publishes nothing when the model in force is sent again', () => {
    given(scoringDecider, [published]).when({ type: 'PublishScoringModel', model }).then([]);
  });

  it('refuses a rule on an unknown attribute, a weight on an unknown signal and a missing half-life', () => {
    given(scoringDecider).when({ type: 'PublishScoringModel', model: { ...model, fit: [{ attribute: 'salary', in: [1], points: 1 }] } })
      .thenThrows(InvalidValueError, { errors: [{ field: 'fit[0].attribute' }] });
    given(scoringDecider).when({ type: 'PublishScoringModel', model: { ...model, engagement: { telepathy: 3 } } }).thenThrows(InvalidValueError);
    given(scoringDecider).when({ type: 'PublishScoringModel', model: { ...model, halfLifeDays: undefined } }).thenThrows(InvalidValueError);
  });
});
