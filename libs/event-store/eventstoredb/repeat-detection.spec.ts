import { EventEnvelope } from '../envelope';
import { firstRepeatedId, matchStoredIds } from './repeat-detection';

function stored(...ids: string[]): EventEnvelope[] {
  return ids.map((eventId, i) => ({ eventId, revision: 10 + i, position: 1000 + 100 * i }) as EventEnvelope);
}

describe('recognising a repeated append', () => {
  it('sees a new append when none of its ids is in the stream', () => {
    expect(matchStoredIds(stored('a', 'b'), ['c', 'd'])).toEqual({ kind: 'new' });
    expect(matchStoredIds([], ['a'])).toEqual({ kind: 'new' });
  });

  it('answers a repeat with the original events when all ids are stored consecutively and in order', () => {
    const tail = stored('x', 'a', 'b', 'y');
    const match = matchStoredIds(tail, ['a', 'b']);
    expect(match).toEqual({ kind: 'repeat', events: [tail[1], tail[2]] });
  });

  it('refuses an append that starts with a stored id and goes on with a new one', () => {
    expect(matchStoredIds(stored('a'), ['a', 'b'])).toEqual({ kind: 'overlap', eventId: 'a' });
  });

  it('refuses an append whose stored id comes after a new one', () => {
    expect(matchStoredIds(stored('a'), ['b', 'a'])).toEqual({ kind: 'overlap', eventId: 'a' });
  });

  it('refuses stored ids given in another order or with a gap', () => {
    expect(matchStoredIds(stored('a', 'b'), ['b', 'a'])).toMatchObject({ kind: 'overlap' });
    expect(matchStoredIds(stored('a', 'x', 'b'), ['a', 'b'])).toMatchObject({ kind: 'overlap' });
  });

  it('refuses an append that carries the same id twice', () => {
    expect(firstRepeatedId(['a', 'b', 'a'])).toBe('a');
    expect(firstRepeatedId(['a', 'b'])).toBeUndefined();
    expect(matchStoredIds([], ['a', 'a'])).toEqual({ kind: 'overlap', eventId: 'a' });
  });
});
