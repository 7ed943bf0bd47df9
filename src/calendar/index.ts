export { CalendarDate, TimeOfDay, WorkingCalendar, WorkingPeriod, ZoneName, decodeCalendar, defaultCalendar } from './calendar';
export type { CalendarError } from './calendar';
export { addWorkingTime, isWorkingInstant, toZonedIso, workingClock, workingHoursBetween } from './working-time';
export type { WorkingClock } from './working-time';
export { HOLIDAY_SOURCES, chinaHolidays, withHolidays } from './china';
export type { ChinaHolidays, HolidaySource } from './china';
