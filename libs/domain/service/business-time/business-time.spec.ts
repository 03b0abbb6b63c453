import fc from 'fast-check';
import { addBusinessMinutes, addBusinessTime, businessMinutesBetween, businessTimeBetween } from './business-time';
import { BusinessCalendar } from './calendar';

const weekdays = (hours: [string, string][]) => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours });
const everyDay = (hours: [string, string][]) => ({ ...weekdays(hours), sat: hours, sun: hours });

const newYork: BusinessCalendar = { timeZone: 'America/New_York', workingHours: weekdays([['09:00', '17:00']]), holidays: [] };
// Iran kept daylight saving time until 2022: +03:30 ↔ +04:30 at local midnight on 22 March and 22 September.
const tehran: BusinessCalendar = {
  timeZone: 'Asia/Tehran',
  workingHours: { sat: [['08:00', '16:00']], sun: [['08:00', '16:00']], mon: [['08:00', '16:00']], tue: [['08:00', '16:00']], wed: [['08:00', '16:00']], thu: [['08:00', '12:00']] },
  holidays: [],
};

describe('business time in America/New_York', () => {
  it('carries a target over the weekend into the first day of daylight saving time', () => {
    // Friday 16:00 EST + 2 h: one hour on Friday, one on Monday 9 March, now at -04:00.
    expect(addBusinessMinutes('2026-03-06T16:00:00-05:00', 120, newYork)).toBe('2026-03-09T14:00:00.000Z');
    expect(businessMinutesBetween('2026-03-06T16:00:00-05:00', '2026-03-09T10:00:00-04:00', newYork)).toBe(120);
  });

  it('skips Thanksgiving and the day after when they are holidays', () => {
    const calendar = { ...newYork, holidays: ['2026-11-26', '2026-11-27'] };
    expect(addBusinessMinutes('2026-11-25T16:00:00-05:00', 240, calendar)).toBe('2026-11-30T17:00:00.000Z');
    expect(addBusinessMinutes('2026-11-25T16:00:00-05:00', 240, newYork)).toBe('2026-11-26T17:00:00.000Z');
  });

  it('counts 23 hours on the day clocks go forward and 25 on the day they go back', () => {
    const always = { ...newYork, workingHours: everyDay([['00:00', '24:00']]) };
    expect(businessMinutesBetween('2026-03-08T00:00:00-05:00', '2026-03-09T00:00:00-04:00', always)).toBe(23 * 60);
    expect(businessMinutesBetween('2026-11-01T00:00:00-04:00', '2026-11-02T00:00:00-05:00', always)).toBe(25 * 60);
  });

  it('makes a night shift one hour shorter in spring and one hour longer in autumn', () => {
    const night = { ...newYork, workingHours: { sun: [['01:00', '03:00']] as [string, string][] } };
    expect(businessMinutesBetween('2026-03-07T12:00:00Z', '2026-03-08T12:00:00Z', night)).toBe(60);
    expect(businessMinutesBetween('2026-10-31T12:00:00Z', '2026-11-01T12:00:00Z', night)).toBe(180);
  });

  it('opens a window that starts in the skipped hour at the moment the clocks jump', () => {
    const skipped = { ...newYork, workingHours: { sun: [['02:30', '04:00']] as [string, string][] } };
    expect(addBusinessMinutes('2026-03-08T00:00:00Z', 30, skipped)).toBe('2026-03-08T07:30:00.000Z');
  });

  it('starts counting at the next opening when the clock starts outside working hours', () => {
    expect(addBusinessMinutes('2026-03-14T12:00:00-04:00', 30, newYork)).toBe('2026-03-16T13:30:00.000Z');
  });
});

describe('business time in Asia/Tehran', () => {
  it('counts only three hours on 22 March 2022, when midnight became 01:00', () => {
    const nights = { ...tehran, workingHours: everyDay([['00:00', '04:00']]) };
    expect(addBusinessMinutes('2022-03-21T00:00:00+03:30', 300, nights)).toBe('2022-03-21T21:30:00.000Z');
    expect(businessMinutesBetween('2022-03-22T00:00:00+04:30', '2022-03-23T00:00:00+04:30', nights)).toBe(180);
  });

  it('counts five hours from 20:00 to midnight on 21 September 2022, when 23:00 came twice', () => {
    const evenings = { ...tehran, workingHours: { wed: [['20:00', '24:00']] as [string, string][] } };
    expect(businessMinutesBetween('2022-09-21T00:00:00Z', '2022-09-22T12:00:00Z', evenings)).toBe(300);
  });

  it('waits out the Nowruz holidays and the Friday, then resumes at +04:30', () => {
    const nowruz = { ...tehran, holidays: ['2022-03-21', '2022-03-22', '2022-03-23', '2022-03-24'] };
    // Sunday 15:00 + 4 h: one hour on Sunday, three on Saturday 26 March from 08:00 +04:30.
    expect(addBusinessMinutes('2022-03-20T15:00:00+03:30', 240, nowruz)).toBe('2022-03-26T06:30:00.000Z');
    expect(businessMinutesBetween('2022-03-20T15:00:00+03:30', '2022-03-26T11:00:00+04:30', nowruz)).toBe(240);
  });

  it('works a half day on Thursday', () => {
    expect(businessMinutesBetween('2026-03-05T00:00:00+03:30', '2026-03-06T00:00:00+03:30', tehran)).toBe(240);
  });
});

describe('business time arithmetic', () => {
  it('answers a negative span when the end comes first', () => {
    expect(businessMinutesBetween('2026-03-09T10:00:00-04:00', '2026-03-06T16:00:00-05:00', newYork)).toBe(-120);
  });

  it('adds nothing for a zero duration, even outside working hours', () => {
    expect(addBusinessMinutes('2026-03-14T12:00:00Z', 0, newYork)).toBe('2026-03-14T12:00:00.000Z');
  });

  it('measures back exactly the business time it added, across transitions and holidays in both zones', () => {
    const zones = [
      { ...newYork, holidays: ['2026-03-10', '2026-11-03'] },
      { ...tehran, holidays: ['2022-03-21', '2022-03-22', '2022-09-21'] },
    ];
    const start = fc.integer({ min: Date.parse('2022-01-01T00:00:00Z'), max: Date.parse('2026-12-31T00:00:00Z') });
    fc.assert(
      fc.property(fc.constantFrom(...zones), start, fc.integer({ min: 1, max: 200 * 3_600_000 }), (calendar, from, duration) => {
        const due = addBusinessTime(from, duration, calendar);
        expect(due).toBeGreaterThan(from);
        expect(businessTimeBetween(from, due, calendar)).toBe(duration);
      }),
      { numRuns: 300 },
    );
  });
});
