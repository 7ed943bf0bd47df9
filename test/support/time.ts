/**
 * Instants for specifications. Tests never read a clock: every act happens at a named minute
 * after {@link T0}, so "later" and "earlier" are visible in the test itself.
 */

/** The first receipt in most specifications: 2026-05-04 09:30 in Beijing. */
export const T0 = '2026-05-04T01:30:00.000Z';

const T0_MILLIS = Date.parse(T0);

/** The instant `n` minutes after {@link T0} (negative `n` is before it). */
export function minute(n: number): string {
  return new Date(T0_MILLIS + n * 60_000).toISOString();
}

/** The instant `n` days after {@link T0}. */
export function day(n: number): string {
  return minute(n * 24 * 60);
}
