import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { received, replied, replyPromised, resolved, transferred } from '../support/events';
import { clerk, guard } from '../support/staff';
import { run, scratchDir } from './support';

// Every path from input to the CLI's exit: generated hostile logs (events with fields replaced by
// arbitrary JSON, implausible and impossible dates, bytes that are not UTF-8, lone \r, BOMs,
// control characters, over-long lines), hostile policy files (huge, tiny, fractional limits,
// odd calendars, random JSON) and hostile options. Whatever comes in, `main` answers with a
// documented exit code and one-line messages: never an uncaught exception, a stack trace or
// "internal error".

let files = 0;
const file = (name: string, content: Buffer | string): string => {
  const path = join(scratchDir, `fuzz-${(files += 1)}-${name}`);
  writeFileSync(path, content);
  return path;
};

const year = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 2025, max: 2026 }) },
  { weight: 1, arbitrary: fc.constantFrom(1969, 1970, 2200, 2201, 7026, 9999, 1) },
);
const at = fc
  .tuple(
    year,
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
    fc.integer({ min: 0, max: 23 }),
    fc.constantFrom('Z', '+08:00', '-14:00'),
  )
  .map(
    ([y, m, d, h, z]) =>
      `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:30:00${z}`,
  );

const event = fc
  .tuple(fc.constantFrom(received, transferred, replied, replyPromised, resolved), at, at, fc.constantFrom('INQ-1', 'INQ-2'))
  .map(([make, when, deadline, inquiryId]) =>
    make === replyPromised
      ? replyPromised({ by: guard, at: when, deadline, inquiryId })
      : make({ by: make === replied ? clerk : guard, at: when, inquiryId, ...(make === transferred ? { to: clerk } : {}) }),
  );

const mutated = fc
  .tuple(event, fc.constantFrom('type', 'data', 'at', 'by', 'inquiryId', 'category', 'deadline', 'to'), fc.jsonValue())
  .map(([e, key, value]) => {
    const copy = JSON.parse(JSON.stringify(e)) as { type: unknown; data: Record<string, unknown> };
    if (key === 'type' || key === 'data') (copy as Record<string, unknown>)[key] = value;
    else copy.data[key] = value;
    return JSON.stringify(copy);
  });

const bytes = (text: string) => Buffer.from(text, 'utf8');
const line: fc.Arbitrary<Buffer> = fc.oneof(
  { weight: 5, arbitrary: event.map((e) => bytes(JSON.stringify(e))) },
  { weight: 3, arbitrary: mutated.map(bytes) },
  { weight: 1, arbitrary: event.map((e) => bytes(JSON.stringify(e).replace(/,"/g, ',\r"'))) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary' }).map(bytes) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 40 }).map((a) => Buffer.from(a)) },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => bytes(JSON.stringify(v) ?? 'null')) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('\uFEFF', '', '   ', '\r', '1e400', '{"type":"InquiryReceived","data":{"at":"+275760-09-13T00:00:00Z"}}')
      .map(bytes),
  },
  { weight: 1, arbitrary: fc.constant(Buffer.alloc((1 << 20) + 7, 0x61)) },
);
// Most logs open with a plausible receipt, so that deadlines, timers and reports are reached.
const opening = fc
  .option(fc.constant(received({ by: guard, at: '2025-09-30T10:00:00+08:00', inquiryId: 'INQ-1' })), { freq: 4 })
  .map((e) => (e === null ? [] : [bytes(JSON.stringify(e))]));
const log = fc
  .tuple(opening, fc.array(line, { maxLength: 12 }))
  .map(([first, rest]) => [...first, ...rest])
  .chain((lines) => fc.tuple(fc.constant(lines), fc.constantFrom('\n', '\r\n'), fc.boolean()))
  .map(([lines, end, trailing]) => Buffer.concat(lines.flatMap((l, i) => (i < lines.length - 1 || trailing ? [l, bytes(end)] : [l]))));

const limit = fc.record({
  amount: fc.oneof(
    { weight: 2, arbitrary: fc.double({ min: 1e-9, max: 1e308, noNaN: true }) },
    { weight: 2, arbitrary: fc.integer({ min: 1, max: 100_000 }) },
    { weight: 3, arbitrary: fc.constantFrom(30000, 1e15, 1e-300) },
    { weight: 1, arbitrary: fc.constantFrom(0, -1) },
  ),
  unit: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('hours', 'working-hours', 'working-days', 'working-days') },
    { weight: 1, arbitrary: fc.constant('weeks') },
  ),
});
const validDate = fc
  .tuple(fc.integer({ min: 1970, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const calendar = fc.record(
  {
    zone: fc.constantFrom('Asia/Shanghai', 'Europe/Berlin', 'America/Santiago', 'Australia/Lord_Howe'),
    weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    hours: fc.constantFrom(
      [{ from: '00:00', to: '24:00' }],
      [
        { from: '09:00', to: '12:00' },
        { from: '13:00', to: '18:00' },
      ],
      [{ from: '02:00', to: '02:15' }],
    ),
    holidays: fc.array(validDate, { maxLength: 5 }),
    workdays: fc.array(validDate, { maxLength: 5 }),
  },
  { requiredKeys: [] },
);
const policy = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record(
        {
          categories: fc.dictionary(
            fc.constantFrom('repair', 'enquiry', '__proto__', 'constructor'),
            limit.map((timeLimit) => ({ timeLimit })),
          ),
          fallbackTimeLimit: limit,
          inactivity: limit,
          followUpEvery: limit,
          calendar,
        },
        { requiredKeys: ['categories', 'inactivity'] },
      )
      .map((p) => JSON.stringify(p)),
  },
  {
    weight: 1,
    arbitrary: fc
      .record(
        {
          calendar: fc.record(
            {
              zone: fc.constantFrom('Mars/Olympus', 'UTC'),
              weekdays: fc.array(fc.integer({ min: 0, max: 8 })),
              hours: fc.constantFrom([], [{ from: '18:00', to: '09:00' }]),
              holidays: fc.array(fc.string()),
            },
            { requiredKeys: [] },
          ),
          atRiskFraction: fc.double(),
        },
        { requiredKeys: [] },
      )
      .map((p) => JSON.stringify(p)),
  },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v) ?? '') },
  { weight: 1, arbitrary: fc.constantFrom('{', '', '\uFEFF{}') },
);
const asOf = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.integer({ min: 2026, max: 2200 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}-15T12:00:00+08:00`),
  },
  { weight: 1, arbitrary: at },
  { weight: 1, arbitrary: fc.constantFrom('9999-12-31T23:59:59Z', '2026-02-30T00:00:00Z', 'yesterday', '+275760-09-13T00:00:00Z', '') },
);

describe('the CLI on generated hostile input', () => {
  test.prop(
    [
      log,
      fc.option(policy),
      fc.option(asOf),
      fc.constantFrom('text', 'json', 'md', 'html', 'text', 'json', 'pdf'),
      fc.boolean(),
      fc.option(fc.constantFrom('cn', 'us')),
    ],
    { numRuns: 80 },
  )(
    'audit: documented exit codes, no stack trace, no internal error',
    async (content, policyText, when, format, stdin, holidays) => {
      const argv = ['audit', stdin ? '-' : file('log.jsonl', content), '--format', format];
      if (policyText !== null) argv.push('--policy', file('policy.json', policyText));
      if (when !== null) argv.push('--as-of', when);
      if (holidays !== null) argv.push('--holidays', holidays);
      const r = await run(argv, stdin ? content : '');
      expect([0, 1, 2]).toContain(r.code);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    },
    60_000,
  );

  test.prop([log, fc.option(fc.jsonValue().map((v) => JSON.stringify(v) ?? ''))], { numRuns: 80 })(
    'check: documented exit codes, no stack trace, no internal error',
    async (content, policyText) => {
      const argv = ['check', file('log.jsonl', content)];
      if (policyText !== null) argv.push('--policy', file('policy.json', policyText));
      const r = await run(argv);
      expect([0, 1, 2]).toContain(r.code);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    },
    60_000,
  );
});
