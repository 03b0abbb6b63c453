export { addBusinessMinutes, addBusinessTime, businessMinutesBetween, businessTimeBetween } from './business-time';
export { type BusinessCalendar, type WorkingHours, type Weekday, WEEKDAYS, parseCalendar } from './calendar';
export { parseBusinessDuration } from './business-duration';
