import { describe, expect, it } from '@jest/globals';
import { WrongExpectedRevisionError } from '../errors';
import { StoreUnderTest, newEvent, newEvents, streamName } from './event-store.fixtures';

export function describeConcurrencyContract(sut: StoreUnderTest): void {
  describe('concurrency', () => {
    it('lets exactly one of 50 racing appends with the same expected revision win', async () => {
      const store = sut.store();
      const stream = streamName('race');
      const [first] = (await store.append(stream, [newEvent()], 'no-stream')).events;
      const contenders = newEvents(50);
      const settled = await Promise.allSettled(contenders.map((event) => store.append(stream, [event], 0)));

      const winners = settled.flatMap((s, i) => (s.status === 'fulfilled' ? [contenders[i]] : []));
      const losers = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []));
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(49);
      for (const loser of losers) {
        expect(loser).toBeInstanceOf(WrongExpectedRevisionError);
        expect((loser as WrongExpectedRevisionError).actual).toBe(1);
      }
      const stored = await store.readStream(stream);
      expect(stored.map((e) => e.eventId)).toEqual([first.eventId, winners[0].eventId]);
    });

    it('commits 200 concurrent appends to different streams with distinct positions', async () => {
      const store = sut.store();
      const streams = Array.from({ length: 200 }, (_, i) => streamName(`parallel-${i}`));
      const results = await Promise.all(streams.map((stream) => store.append(stream, newEvents(1), 'no-stream')));

      const positions = results.map((r) => r.position);
      expect(new Set(positions).size).toBe(200);
      const stored = await Promise.all(streams.map((stream) => store.readStream(stream)));
      stored.forEach((events, i) => {
        expect(events).toHaveLength(1);
        expect(events[0].position).toBe(positions[i]);
      });
    });

    it('writes concurrent identical appends once and answers both with the same result', async () => {
      const store = sut.store();
      const stream = streamName('twin');
      const events = newEvents(2);
      const [a, b] = await Promise.all([store.append(stream, events, 'no-stream'), store.append(stream, events, 'no-stream')]);
      expect(b.position).toBe(a.position);
      expect(b.revision).toBe(a.revision);
      expect(await store.readStream(stream)).toHaveLength(2);
    });
  });

  describe('content and durability', () => {
    it('keeps Persian, Arabic, CJK and emoji text byte for byte in data and personal', async () => {
      const store = sut.store();
      const text = {
        persian: 'سلام، محمد‌رضا! ۱۲۳۴',
        arabic: 'مرحبا بالعالم — عَرَبِيّ',
        cjk: '你好世界 こんにちは 안녕하세요',
        emoji: '👩🏽‍💻🎉🇮🇷 ❤️',
        decomposed: 'e\u0301 \u200f\u200d\u00a0',
      };
      const written = newEvent({ data: { note: text.persian, nested: { list: [text.arabic, text.cjk] } }, personal: { ...text } });
      const stream = streamName('unicode');
      await store.append(stream, [written], 'no-stream');
      const [back] = await store.readStream(stream);
      expect(back.eventId).toBe(written.eventId);
      expect(Buffer.from(JSON.stringify(back.data))).toEqual(Buffer.from(JSON.stringify(written.data)));
      expect(Buffer.from(JSON.stringify(back.personal))).toEqual(Buffer.from(JSON.stringify(written.personal)));
    });

    it('keeps acknowledged events across a reopen (adapters that can reopen)', async () => {
      if (!sut.canReopen()) return;
      const stream = streamName('durable');
      const original = await sut.store().append(stream, newEvents(3), 'no-stream');
      const reopened = await sut.reopen();
      expect(await reopened.readStream(stream)).toEqual(original.events);
      expect((await reopened.append(stream, [newEvent()], 2)).revision).toBe(3);
    });
  });
}
