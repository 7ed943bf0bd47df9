import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Staff } from '../../src/inquiry/staff';
import {
  escalated,
  followedUp,
  handlerNamed,
  liabilityClassified,
  missingNotified,
  reassigned,
  received,
  replied,
  resolved,
  transferred,
} from '../support/events';
import { clerk, director, guard, manager, plumber } from '../support/staff';
import { day, minute } from '../support/time';
import { logFile, run, scratchDir } from '../cli/support';
import { launchChromium } from '../support/chromium';

// The HTML report as an auditor sees it, in English and Chinese, on a desktop and a phone. The
// screenshots are kept under .tmp/artefacts/ (git-ignored) for a person to look at.

const root = resolve(__dirname, '../..');
const artefacts = join(root, '.tmp', 'artefacts');

const rtl: Staff = { id: 's-777', name: 'Evil\u202Eeman', department: 'gate', onDuty: true };
const longName: Staff = {
  id: 's-888',
  name: `Wang-${'Xiaoming'.repeat(12)}`,
  department: 'customer-service-and-reception-of-visitors',
  onDuty: true,
};

function log(): string {
  return logFile([
    received({ by: guard, category: 'repair', at: minute(0) }),
    escalated({ by: guard, leader: manager, absentHandler: plumber, at: minute(10) }),
    handlerNamed({ by: manager, handler: plumber, at: minute(40) }),
    transferred({ by: guard, to: plumber, at: minute(50), reason: 'named-handler' }),
    followedUp({ by: plumber, at: minute(90) }),
    reassigned({ by: director, to: clerk, at: minute(100) }),
    liabilityClassified({ by: clerk, at: day(1) }),
    resolved({ by: clerk, at: day(1) }),
    received({ by: rtl, category: 'renovation-permit', inquiryId: 'INQ-2', at: minute(5), announced: { name: rtl.name } }),
    missingNotified({ by: rtl, inquiryId: 'INQ-2', at: minute(6), items: ['drawings'] }),
    missingNotified({ by: rtl, inquiryId: 'INQ-2', at: minute(60), items: ['contractor licence'] }),
    received({ by: longName, category: 'enquiry', inquiryId: 'INQ-3', at: minute(7), announced: { name: longName.name } }),
    replied({ by: longName, inquiryId: 'INQ-3', at: minute(20) }),
    resolved({ by: longName, inquiryId: 'INQ-3', at: minute(25) }),
  ]);
}

let browser: Browser;
const file = log();

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(artefacts, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function open(lang: string, width: number): Promise<Page> {
  const html = join(scratchDir, `report-${lang}.html`);
  const { code, stderr } = await run(['audit', file, '--format', 'html', '--out', html, '--as-of', day(8), '--lang', lang]);
  expect([code, stderr]).toEqual([1, '']);
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(pathToFileURL(html).href);
  return page;
}

describe.each([
  ['en', 'Findings, oldest first', 'reassigned'],
  ['zh-CN', '督查发现（按发生时间，从早到晚）', '领导改派'],
])('the HTML report in %s', (lang, findingsHeading, reassignedWord) => {
  it.each([1280, 390])(
    'at %i px: findings list linking to cards, rule titles, reassignment as text, no page-wide scrolling',
    async (width) => {
      const page = await open(lang, width);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.locator('#findings h2').innerText()).toContain(findingsHeading);

      // Every finding in the summary links to its inquiry's card, which exists.
      const links = page.locator('#findings li a');
      expect(await links.count()).toBeGreaterThan(0);
      for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
        expect(await page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`).count(), href).toBe(1);
      }

      // Quiet inquiries are collapsed; those with findings are open.
      expect(await page.locator('article.inquiry:not(.has-findings) details:not([open])').count()).toBeGreaterThan(0);
      expect(await page.locator('article.inquiry.has-findings details[open]').count()).toBe(
        await page.locator('article.inquiry.has-findings').count(),
      );
      await page.screenshot({ path: join(artefacts, `audit-${lang}-${width}.png`), fullPage: true });

      // Opened, a leader's reassignment reads as words, never as escaped markup.
      // (Page code is given as text: the test project has no DOM types.)
      await page.evaluate("document.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''))");
      const body = await page.locator('body').innerText();
      expect(body).not.toMatch(/&lt;|&gt;|<strong>|&amp;/);
      expect(body).toContain(reassignedWord);
      expect(body).toContain('Zhou Min');

      // The per-person table names each rule by its title, not only its ID.
      expect(await page.locator('#people th.rule-col .rule-title').count()).toBeGreaterThan(0);

      // One date format with the weekday; no ISO instants shown.
      expect(body).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
      expect(body).toMatch(lang === 'en' ? /2026-05-04 Mon 09:\d\d/ : /2026-05-04 周一 09:\d\d/);

      // Nothing is wider than the window (long names wrap; wide tables scroll inside their box).
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);

      // The RTL override in a name is shown, not obeyed.
      expect(body).toContain('Evil\\u202Eeman');

      await page.screenshot({ path: join(artefacts, `audit-${lang}-${width}-open.png`), fullPage: true });
      await page.close();
    },
  );
});
