import { InvalidValueError } from '../../shared/errors';
import { parseBusinessDuration } from './business-duration';
import { parseCalendar } from './calendar';

const field = (error: unknown) => (error as InvalidValueError).errors.map((e) => e.field);
const failure = (input: Parameters<typeof parseCalendar>[0]) => {
  try {
    parseCalendar(input);
  } catch (error) {
    return error;
  }
  throw new Error('accepted');
};

describe('SLA calendar', () => {
  it('sorts windows and holidays and drops days without windows', () => {
    expect(parseCalendar({ timeZone: 'asia/tehran', workingHours: { sat: [['13:00', '17:00'], ['08:00', '12:00']], fri: [] }, holidays: ['2026-03-21', '2026-03-20', '2026-03-21'] }))
      .toEqual({ timeZone: 'Asia/Tehran', workingHours: { sat: [['08:00', '12:00'], ['13:00', '17:00']] }, holidays: ['2026-03-20', '2026-03-21'] });
  });

  it('accepts 24:00 as the end of a day', () => {
    expect(parseCalendar({ timeZone: 'UTC', workingHours: { sun: [['00:00', '24:00']] } }).workingHours.sun).toEqual([['00:00', '24:00']]);
  });

  it('refuses overlapping windows, unknown weekdays, impossible holidays and fixed offsets together', () => {
    const error = failure({ timeZone: '+03:30', workingHours: { mon: [['09:00', '12:00'], ['11:00', '17:00']] }, holidays: ['2026-02-30'] });
    expect(error).toBeInstanceOf(InvalidValueError);
    expect(field(error)).toEqual(['timeZone', 'workingHours.mon', 'holidays[0]']);
    expect(field(failure({ timeZone: 'UTC', workingHours: { monday: [['09:00', '17:00']] } }))).toEqual(['workingHours']);
  });

  it('refuses a week without working time, which no target could ever be met in', () => {
    expect(field(failure({ timeZone: 'UTC', workingHours: { mon: [] } }))).toEqual(['workingHours']);
  });

  it('refuses a window that ends before it starts', () => {
    expect(field(failure({ timeZone: 'UTC', workingHours: { mon: [['17:00', '09:00']] } }))).toEqual(['workingHours.mon[0]']);
  });
});

describe('business durations', () => {
  it('reads hours, minutes and seconds', () => {
    expect(parseBusinessDuration('PT1H', 'd')).toBe(3_600_000);
    expect(parseBusinessDuration('pt4h30m', 'd')).toBe(16_200_000);
    expect(parseBusinessDuration('PT5S', 'd')).toBe(5_000);
  });

  it('refuses days, which are not a fixed amount of business time', () => {
    expect(() => parseBusinessDuration('P1D', 'd')).toThrow(/write hours/);
  });

  it('refuses an empty or zero duration', () => {
    expect(() => parseBusinessDuration('PT', 'd')).toThrow(InvalidValueError);
    expect(() => parseBusinessDuration('PT0M', 'd')).toThrow(InvalidValueError);
  });
});
