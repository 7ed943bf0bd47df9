import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Staff } from '../../src/inquiry/staff';
import {
  escalated,
  followedUp,
  handlerNamed,
  received,
  transferred,
  missingNotified,
  resolved,
  liabilityClassified,
} from '../support/events';
import { guard, manager, plumber } from '../support/staff';
import { day, minute } from '../support/time';
import { logFile, run, scratchDir } from '../cli/support';
import { launchChromium } from '../support/chromium';

// The HTML audit report as a person sees it: rendered by Chromium, driven by playwright-core.
// test/support/chromium.ts says which Chromium ($FI_CHROMIUM, Debian's, or @sparticuz/chromium's).

const root = resolve(__dirname, '../..');
const screenshot = join(root, 'test-artifacts', 'audit-report.png');

const hostile: Staff = { id: 's-666', name: '<script>alert("x")</script> O\'Brien', department: 'security & "gate"', onDuty: true };

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('first-inquiry audit --format html, in a browser', () => {
  it('shows each inquiry as a timeline of stages with its findings marked, and the per-person table; hostile names stay text', async () => {
    const log = logFile([
      received({ by: hostile, category: 'repair', at: minute(0) }),
      escalated({ by: hostile, leader: manager, absentHandler: plumber, at: minute(10) }),
      handlerNamed({ by: manager, handler: plumber, at: minute(40) }),
      transferred({ by: hostile, to: plumber, at: minute(50), reason: 'named-handler' }),
      followedUp({ by: plumber, at: minute(90) }),
      received({ by: guard, category: 'renovation-permit', inquiryId: 'INQ-2', at: minute(5) }),
      missingNotified({ by: guard, inquiryId: 'INQ-2', at: minute(6), items: ['drawings'] }),
      missingNotified({ by: guard, inquiryId: 'INQ-2', at: minute(60), items: ['contractor licence'] }),
      liabilityClassified({ by: plumber, at: day(1) }),
      resolved({ by: plumber, at: day(1) }),
    ]);
    const html = join(scratchDir, 'report.html');
    const { code, stderr } = await run(['audit', log, '--format', 'html', '--out', html, '--as-of', day(8)]);
    expect([code, stderr]).toEqual([1, '']);

    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(html).href);

    const inquiry = page.locator('article.inquiry', { hasText: 'INQ-2026-0001' });
    await expect.poll(() => inquiry.locator('li.stage').count()).toBe(2);
    // An inquiry without findings is collapsed to its header line; a click opens it.
    expect(await inquiry.locator('li.stage').first().isVisible()).toBe(false);
    await inquiry.locator('summary').click();
    expect(await inquiry.locator('li.stage').first().isVisible()).toBe(true);
    expect(await inquiry.locator('.escalation').innerText()).toContain('Escalated to Liu Fang');
    const second = page.locator('article.inquiry', { hasText: 'INQ-2' }).locator('.finding');
    expect(await second.first().isVisible()).toBe(true);
    expect(await second.first().innerText()).toContain('NOTICE_NOT_ONE_TIME');
    expect(await page.locator('#people td', { hasText: "O'Brien" }).first().innerText()).toContain('<script>alert("x")</script> O\'Brien');
    expect(await page.locator('script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);

    mkdirSync(join(root, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
    await page.close();
  });
});
