import { Instant } from '../primitives/codecs';

/**
 * The epoch milliseconds of an `asOf` instant. An instant without a zone would be read in the
 * machine's own zone and make the audit depend on where it runs, so anything but an
 * {@link Instant} is a caller's bug: decode user input (a `--as-of` flag) with `Instant` first.
 *
 * @internal
 */
export function asOfMillis(asOf: string): number {
  if (!Instant.is(asOf)) {
    throw new RangeError(
      `bug: asOf must be an ISO-8601 instant with a zone, e.g. 2026-05-13T17:01:00+08:00 (got ${JSON.stringify(asOf)}); decode it with Instant first`,
    );
  }
  return Date.parse(asOf);
}
