import type { Finding } from '../../supervision/finding';
import type { AuditLogReport, InquiryTimeline, TimelineEscalation, TimelineStage } from '../../log/audit-log';
import { renderFindingMessage } from '../../supervision/finding-messages';
import { formatInstant, stageLabel } from '../../i18n/format';
import type { Locale } from '../../i18n/locale';
import { REPORT_TEXTS, type ReportTexts } from '../../i18n/report';
import { ruleWords } from '../../rules/catalogue';
import type { RuleId } from '../../rules/ids';
import type { StaffRef } from '../../inquiry/staff';
import { visible } from './safe';
import { DEFAULT_REPORT_OPTIONS, findingsByStage, problemLine, type ReportOptions } from './shared';
import { summaryLine } from './text';

// utils

/**
 * Escapes text for HTML element content and quoted attribute values. Every piece of recorded text
 * (names, ids, notes, messages) goes through it: an event log is untrusted input.
 *
 * @example
 * import { escapeHtml } from './cli/report/html'; // internal to the bin
 * escapeHtml('<script>"x"</script>'); // '&lt;script&gt;&quot;x&quot;&lt;/script&gt;'
 *
 * @category cli
 * @since 0.1.0
 */
export function escapeHtml(text: string): string {
  // Most text has nothing to escape, and a test costs a third of a replace that finds nothing.
  return ANY_SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ESCAPES[c] ?? c) : text;
}

const ANY_SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * The audit report as ONE self-contained HTML page (inline CSS, no scripts, no external requests)
 * in the reader's language (`<html lang="zh-CN">` …): a summary; the findings, oldest first, each
 * linking to its inquiry's card; a per-person accountability table with the rules' titles; who
 * holds what now; what is overdue or at risk; per inquiry a timeline of its stages (counted from 1:
 * who held it, from when to when, handovers, reassignments, escalations) with each finding marked
 * in the stage where it arose — cards without findings collapsed; and the problems with their
 * lines. Instants are shown as `2026-05-04 Mon 09:30` in the audit's zone. Every recorded text is
 * escaped, its control and bidi characters shown ({@link visible}), and isolated in `<bdi>`, so a
 * name cannot inject markup or reverse the text around it.
 *
 * @example
 * import { readFileSync, writeFileSync } from 'node:fs';
 * import { auditEventLog } from 'first-inquiry/log';
 * import { auditHtml } from './cli/report/html'; // internal to the bin
 * const lines = readFileSync('events.jsonl', 'utf8').split('\n');
 * writeFileSync('audit.html', auditHtml(await auditEventLog(lines, { timelines: true }), 'events.jsonl', { locale: 'zh-CN', zone: 'Asia/Shanghai' }));
 *
 * @category cli
 * @since 0.1.0
 */
export function auditHtml(report: AuditLogReport, file: string, options: ReportOptions = DEFAULT_REPORT_OPTIONS): string {
  return [...auditHtmlChunks(report, file, options)].join('');
}

/**
 * {@link auditHtml} in pieces (a section head, a row, a card), for writing as it is rendered: the
 * page of a large log is never held whole. The pieces joined are exactly `auditHtml`'s page.
 *
 * @example
 * import { createWriteStream } from 'node:fs';
 * import { auditEventLog } from 'first-inquiry/log';
 * import { auditHtmlChunks } from './cli/report/html'; // internal to the bin
 * const out = createWriteStream('audit.html');
 * for (const piece of auditHtmlChunks(await auditEventLog([], { timelines: true }), 'events.jsonl')) out.write(piece);
 * out.end();
 *
 * @category cli
 * @since 0.2.0
 */
export function auditHtmlChunks(report: AuditLogReport, file: string, options: ReportOptions = DEFAULT_REPORT_OPTIONS): Iterable<string> {
  return new Renderer(options).chunks(report, file);
}

/** Wraps recorded text: escaped, controls made visible, isolated from the text around it. */
function rec(text: string): string {
  return `<bdi>${escapeHtml(visible(text))}</bdi>`;
}

// The finding parameters that are recorded text (names, ids, categories, items), isolated one by
// one inside a message; the others (instants, limits, kinds) are worded by the catalogue.
const RECORDED_PARAMS: ReadonlySet<string> = new Set([
  'inquiryId',
  'category',
  'holder',
  'actor',
  'leader',
  'handler',
  'absentHandler',
  'items',
]);

// A catalogue instant as formatInstant writes it (`2026-05-04 Mon 09:30`), or a placeholder of a recorded value.
const INSTANT_OR_TOKEN = /(\d{4}-\d\d-\d\d \S+ \d\d:\d\d)|\uE000(\d+)\uE001/g;
const TOKEN = /\uE000(\d+)\uE001/g;

class Renderer {
  private readonly w: ReportTexts;
  private readonly locale: Locale;
  private readonly zone: string | undefined;
  // A large report names the same rules and people on thousands of rows: each is rendered once.
  // People are looked up by reference (an audit shares one object per person as recorded).
  private readonly ruleLabels = new Map<RuleId, string>();
  private readonly people = new Map<StaffRef, string>();
  // A finding of an inquiry with a card is shown twice, in the list and on the card.
  private readonly messages = new Map<Finding, string>();
  private carded: ReadonlySet<string> | undefined;

  constructor(options: ReportOptions) {
    this.locale = options.locale;
    this.zone = options.zone;
    this.w = REPORT_TEXTS[options.locale];
  }

  *chunks(report: AuditLogReport, file: string): Generator<string> {
    const { w } = this;
    const timelines = report.timelines ?? [];
    // Cards with findings first, open; quiet cards after them, collapsed to their header line.
    const withFindings = new Set(report.findings.map((f) => f.inquiryId));
    const flagged = timelines.filter((t) => withFindings.has(t.inquiryId));
    const quiet = timelines.filter((t) => !withFindings.has(t.inquiryId));
    const withCard = new Set(timelines.map((t) => t.inquiryId));
    const byStage = findingsByStage(report.findings, withCard);
    this.carded = withCard;
    const left = report.timelinesLeftOut;
    yield `<!doctype html>
<html lang="${this.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(w.title)} · ${escapeHtml(this.time(report.asOf, false))}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(w.title)}${this.locale === 'en' ? ' <span class="sub">首问责任制</span>' : ''}</h1>
<p class="summary">${escapeHtml(summaryLine(report, { locale: this.locale, ...(this.zone === undefined ? {} : { zone: this.zone }) }))}</p>
<p class="source">${escapeHtml(w.log)}: <code>${rec(file)}</code></p>
</header>
<main>
<section id="findings">
<h2>${escapeHtml(w.findingsOldestFirst)} <span class="count">${report.findings.length}</span></h2>
`;
    yield* this.findingsList(report.findings, withCard);
    yield `
</section>
<section id="people">
<h2>${escapeHtml(w.peopleHeading)}</h2>
${this.peopleTable(report)}
</section>
<section id="holdings">
<h2>${escapeHtml(w.holdingsHeading(report.holdings.length))}</h2>
`;
    yield* this.holdingsTable(report, withCard);
    yield `
</section>
<section id="deadlines">
<h2>${escapeHtml(w.deadlinesHeading(report.deadlines.overdue.length, report.deadlines.atRisk.length))}</h2>
`;
    yield* this.deadlinesTable(report, withCard);
    yield `
</section>
<section id="timelines">
<h2>${escapeHtml(w.inquiriesHeading)} <span class="count">${timelines.length}</span></h2>
`;
    yield* joined(flagged, (t) => this.timeline(t, byStage, true));
    yield '\n';
    if (quiet.length > 0) {
      yield `<h3 class="quiet">${escapeHtml(w.quietInquiries(quiet.length))}</h3>\n`;
      yield* joined(quiet, (t) => this.timeline(t, byStage, false));
    }
    yield `
${
  left === undefined || left.withFindings + left.withoutFindings === 0
    ? ''
    : `<p class="left-out">${escapeHtml(w.timelinesLeftOut(left.withFindings, left.withoutFindings))}</p>`
}
</section>
`;
    if (report.problems.length > 0) {
      yield `<section id="problems">
<h2>${escapeHtml(w.problemsInLog)} <span class="count">${report.problems.length}</span></h2>
<ul>`;
      for (const p of report.problems) yield `<li><code>${rec(problemLine(file, p, this.locale))}</code></li>`;
      yield `</ul>
</section>`;
    }
    yield `
</main>
</body>
</html>
`;
  }

  private *findingsList(findings: readonly Finding[], withCard: ReadonlySet<string>): Generator<string> {
    if (findings.length === 0) {
      yield `<p>${escapeHtml(this.w.noFindings)}</p>`;
      return;
    }
    yield '<ol class="findings">\n';
    yield* joined(
      findings,
      (f) =>
        `<li class="finding-row" data-code="${escapeHtml(f.code)}"><div class="head">${this.time(f.arisenAt)} · ${this.inquiryLink(f.inquiryId, withCard)} ${escapeHtml(stageLabel(f.stage, this.locale))} · <span class="code">${escapeHtml(f.code)}</span> ${this.ruleLabel(f.rule)}${f.settled ? '' : ` · <em>${escapeHtml(this.w.stillOpen)}</em>`}</div><div class="message">${this.message(f)}</div><div class="who">${escapeHtml(this.w.accountable)}: ${this.person(f.accountable)}</div></li>`,
    );
    yield '\n</ol>';
  }

  private inquiryLink(inquiryId: string, withCard: ReadonlySet<string>): string {
    return withCard.has(inquiryId) ? `<a href="#${escapeHtml(cardId(inquiryId))}">${rec(inquiryId)}</a>` : rec(inquiryId);
  }

  private ruleLabel(rule: RuleId): string {
    let label = this.ruleLabels.get(rule);
    if (label === undefined) {
      const words = ruleWords(rule, this.locale);
      label = `<span class="rule" title="${escapeHtml(words.statement)}">${escapeHtml(rule)} ${escapeHtml(words.title)}</span>`;
      this.ruleLabels.set(rule, label);
    }
    return label;
  }

  private message(f: Finding): string {
    let shown = this.messages.get(f);
    if (shown === undefined) {
      shown = this.renderMessage(f);
      // Only findings that will be shown again, on a card, are kept.
      if (this.carded?.has(f.inquiryId) === true) this.messages.set(f, shown);
    }
    return shown;
  }

  private renderMessage(f: Finding): string {
    if (f.params === undefined) return rec(f.message);
    const values: string[] = [];
    const token = (value: string): string => `\uE000${values.push(value) - 1}\uE001`;
    const given = f.params as unknown as Readonly<Record<string, unknown>>;
    const params: Record<string, unknown> = {};
    for (const key of Object.keys(given)) {
      const value = given[key];
      params[key] = !RECORDED_PARAMS.has(key)
        ? value
        : typeof value === 'string'
          ? token(value)
          : Array.isArray(value)
            ? value.map((v: string) => token(v))
            : value;
    }
    const text = renderFindingMessage(f.code, params as never, this.locale, this.zone);
    // Recorded values are still placeholders when the text is escaped and its instants found, so
    // only the catalogue's own instants are marked; each placeholder then becomes its value, isolated.
    const recorded = (_: string, i: string): string => rec(values[Number(i)] ?? '');
    return escapeHtml(visible(text)).replace(INSTANT_OR_TOKEN, (match: string, instant: string | undefined, i: string | undefined) =>
      instant !== undefined ? `<span class="instant">${instant.replace(TOKEN, recorded)}</span>` : recorded(match, i ?? ''),
    );
  }

  private timeline(t: InquiryTimeline, byStage: ReadonlyMap<string, readonly Finding[]>, open: boolean): string {
    const { w } = this;
    const count = t.stages.reduce((n, s) => n + (byStage.get(`${t.inquiryId}\u0000${s.index}`)?.length ?? 0), 0);
    return `<article class="inquiry${count > 0 ? ' has-findings' : ''}" id="${escapeHtml(cardId(t.inquiryId))}"><details${open ? ' open' : ''}>
<summary><h3>${rec(t.inquiryId)} <span class="category">${rec(t.category)}</span> <span class="status status-${t.status}">${escapeHtml(w.status[t.status])}</span>${count > 0 ? ` <span class="badge">${escapeHtml(w.findingCount(count))}</span>` : ''}</h3></summary>
<ol class="timeline">
${t.stages
  .map((s) =>
    this.stage(
      s,
      t.escalations.filter((e) => e.stage === s.index),
      byStage.get(`${t.inquiryId}\u0000${s.index}`) ?? [],
    ),
  )
  .join('\n')}
</ol>
</details></article>`;
  }

  private stage(s: TimelineStage, escalations: readonly TimelineEscalation[], findings: readonly Finding[]): string {
    const { w } = this;
    const [open, close] = this.locale === 'en' ? [' (', ')'] : ['（', '）'];
    const started = `${escapeHtml(w.started[s.startedBy])}${s.movedBy === undefined ? '' : `${open}${escapeHtml(w.movedBy)} ${this.person(s.movedBy)}${close}`}`;
    const ended = s.endedBy === undefined ? escapeHtml(w.holdsItNow) : `${escapeHtml(w.ended[s.endedBy])} ${this.time(s.to ?? '')}`;
    return `<li class="stage${findings.length > 0 ? ' flagged' : ''}">
<div class="who"><span class="stage-no">${escapeHtml(stageLabel(s.index, this.locale))}</span> <strong>${rec(s.holder.name)}</strong> <span class="dept">${rec(s.holder.department)} · ${rec(s.holder.id)}</span></div>
<div class="when">${started} ${this.time(s.from)} → ${ended}</div>
${escalations.map((e) => this.escalation(e)).join('\n')}
${findings.map((f) => this.finding(f)).join('\n')}
</li>`;
  }

  private escalation(e: TimelineEscalation): string {
    const { w } = this;
    const [open, close, colon] = this.locale === 'en' ? [' (', ')', ': '] : ['（', '）', '：'];
    const absent = e.absentHandler === undefined ? '' : `${open}${rec(e.absentHandler.name)} ${escapeHtml(w.notAtPost)}${close}`;
    const named =
      e.named === undefined
        ? ` — ${escapeHtml(w.noHandlerNamed)}`
        : ` — ${escapeHtml(w.named)} ${this.person(e.named.handler)} ${escapeHtml(w.at)} ${this.time(e.named.at)}`;
    return `<div class="escalation">⇡ ${escapeHtml(w.escalatedTo)} ${this.person(e.leader)}${absent} ${escapeHtml(w.at)} ${this.time(e.at)}${colon}“${rec(e.question)}”${named}</div>`;
  }

  private finding(f: Finding): string {
    return `<div class="finding" data-code="${escapeHtml(f.code)}"><span class="code">${escapeHtml(f.code)}</span> ${this.ruleLabel(f.rule)} · ${escapeHtml(this.w.accountable)}: ${this.person(f.accountable)} · ${escapeHtml(this.w.arisen)} ${this.time(f.arisenAt)}${f.settled ? '' : ` · <em>${escapeHtml(this.w.stillOpen)}</em>`}<div class="message">${this.message(f)}</div></div>`;
  }

  private peopleTable(report: AuditLogReport): string {
    const { w } = this;
    const c = w.columns;
    const rules = [...new Set(report.people.flatMap((p) => Object.keys(p.byRule)))].sort() as RuleId[];
    return `<div class="scroll"><table>
<thead><tr><th>${escapeHtml(c.person)}</th><th>${escapeHtml(c.department)}</th><th>${escapeHtml(c.stagesHeld)}</th><th>${escapeHtml(c.holdingNow)}</th><th>${escapeHtml(c.findings)}</th>${rules.map((r) => `<th class="rule-col" title="${escapeHtml(ruleWords(r, this.locale).statement)}">${escapeHtml(r)}<span class="rule-title">${escapeHtml(ruleWords(r, this.locale).title)}</span></th>`).join('')}</tr></thead>
<tbody>
${report.people.map((p) => `<tr${p.findings > 0 ? ' class="flagged"' : ''}><td>${rec(p.staff.name)} <span class="dept">${rec(p.staff.id)}</span></td><td>${rec(p.staff.department)}</td><td>${p.stagesHeld}</td><td>${p.holdingNow}</td><td>${p.findings}</td>${rules.map((r) => `<td>${(p.byRule as Record<string, number | undefined>)[r] ?? ''}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table></div>`;
  }

  private *holdingsTable(report: AuditLogReport, withCard: ReadonlySet<string>): Generator<string> {
    const { w } = this;
    const c = w.columns;
    if (report.holdings.length === 0) {
      yield `<p>${escapeHtml(w.nothingOpen)}</p>`;
      return;
    }
    yield `<div class="scroll"><table>
<thead><tr><th>${escapeHtml(c.holder)}</th><th>${escapeHtml(c.inquiry)}</th><th>${escapeHtml(c.category)}</th><th>${escapeHtml(c.stage)}</th><th>${escapeHtml(c.since)}</th></tr></thead>
<tbody>
`;
    yield* joined(
      report.holdings,
      (h) =>
        `<tr><td>${this.person(h.holder)}</td><td>${this.inquiryLink(h.inquiryId, withCard)}</td><td>${rec(h.category)}</td><td>${escapeHtml(stageLabel(h.stage, this.locale))}</td><td>${this.time(h.since)}</td></tr>`,
    );
    yield `
</tbody>
</table></div>`;
  }

  private *deadlinesTable(report: AuditLogReport, withCard: ReadonlySet<string>): Generator<string> {
    const { w } = this;
    const c = w.columns;
    const rows = [
      ...report.deadlines.overdue.map((d) => ['overdue', d] as const),
      ...report.deadlines.atRisk.map((d) => ['at-risk', d] as const),
    ];
    if (rows.length === 0) {
      yield `<p>${escapeHtml(w.nothingAtRisk)}</p>`;
      return;
    }
    yield `<div class="scroll"><table>
<thead><tr><th>${escapeHtml(c.state)}</th><th>${escapeHtml(c.inquiry)}</th><th>${escapeHtml(c.category)}</th><th>${escapeHtml(c.due)}</th><th>${escapeHtml(c.used)}</th><th>${escapeHtml(c.holder)}</th></tr></thead>
<tbody>
`;
    yield* joined(
      rows,
      ([state, d]) =>
        `<tr class="${state}"><td>${escapeHtml(state === 'overdue' ? w.overdue : w.atRisk)}</td><td>${this.inquiryLink(d.inquiryId, withCard)}</td><td>${rec(d.category)}</td><td>${this.time(d.deadline)}</td><td>${Math.round(d.used * 100)}%</td><td>${this.person(d.holder)}</td></tr>`,
    );
    yield `
</tbody>
</table></div>`;
  }

  private person(staff: StaffRef): string {
    let shown = this.people.get(staff);
    if (shown === undefined) {
      shown = `<strong>${rec(staff.name)}</strong> <span class="dept">${rec(staff.department)}</span>`;
      // Bounded: a log that never repeats a reference renders each anew rather than keeping them all.
      if (this.people.size < 65_536) this.people.set(staff, shown);
    }
    return shown;
  }

  private time(instant: string, element = true): string {
    const shown = formatInstant(instant, this.locale, this.zone);
    return element ? `<time datetime="${escapeHtml(visible(instant))}">${escapeHtml(visible(shown))}</time>` : shown;
  }
}

// Items rendered one by one, separated by line breaks, as `items.map(render).join('\n')` would be.
function* joined<T>(items: readonly T[], render: (item: T) => string): Generator<string> {
  for (let i = 0; i < items.length; i += 1) yield i === 0 ? render(items[i] as T) : `\n${render(items[i] as T)}`;
}

function cardId(inquiryId: string): string {
  return `inq-${inquiryId}`;
}

const CSS = `
:root{--ink:#1d2430;--muted:#5b6472;--line:#d5dae1;--bad:#b42318;--badbg:#fef3f2;--ok:#067647;--accent:#1f4f99}
*{box-sizing:border-box}
html:lang(zh-CN){--cjk:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei"}
html:lang(zh-TW){--cjk:"Noto Sans CJK TC","Source Han Sans TC","PingFang TC","Microsoft JhengHei"}
body{margin:0;font:15px/1.6 system-ui,-apple-system,"Segoe UI",var(--cjk,"Noto Sans CJK SC"),"Noto Sans",sans-serif;color:var(--ink);background:#f6f7f9;overflow-wrap:anywhere}
bdi{unicode-bidi:isolate}
header{padding:20px 32px;background:#fff;border-bottom:1px solid var(--line)}
h1{margin:0 0 4px;font-size:22px}.sub{color:var(--muted);font-weight:normal;font-size:16px}
.summary{margin:4px 0;font-weight:600}.source{margin:0;color:var(--muted)}
main{padding:16px 32px;max-width:1200px}
h2{font-size:18px;margin:24px 0 8px}.count{color:var(--muted);font-weight:normal;font-size:14px}
.scroll{overflow-x:auto}
table{border-collapse:collapse;background:#fff;font-size:14px;width:100%}
th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top;overflow-wrap:normal}
td bdi{display:inline-block;max-width:16em;overflow-wrap:break-word}
th{background:#eef1f5}th.rule-col{font-weight:600;max-width:9em;white-space:normal}.rule-title{display:block;font-weight:normal;font-size:12px;color:var(--muted)}
tr.overdue td:first-child{color:var(--bad);font-weight:700}tr.at-risk td:first-child{color:#93370d;font-weight:700}tr.flagged td:nth-child(5){color:var(--bad);font-weight:700}
.dept{color:var(--muted);font-size:13px}
ol.findings{list-style:none;margin:0;padding:0}
.finding-row{background:#fff;border:1px solid var(--line);border-left:4px solid var(--bad);border-radius:6px;padding:8px 12px;margin:8px 0;font-size:14px}
.finding-row .head{color:var(--muted);font-size:13px}.finding-row .who{color:var(--muted);font-size:13px}
.inquiry{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 16px;margin:12px 0}
.inquiry.has-findings{border-left:4px solid var(--bad)}
.inquiry summary{cursor:pointer;list-style-position:outside}
.inquiry h3{display:inline;margin:0;font-size:16px}
.inquiry[open] summary{margin-bottom:8px}
h3.quiet{font-size:15px;color:var(--muted);margin:20px 0 4px}.left-out{color:var(--muted);font-style:italic}
.category{font-weight:normal;color:var(--muted)}
.status{font-size:12px;padding:2px 8px;border-radius:10px;background:#eef1f5;font-weight:600;white-space:nowrap}
.status-open{background:#fff4e5;color:#93370d}.status-resolved{background:#ecfdf3;color:var(--ok)}.status-declined{background:#f2f4f7}
.badge{font-size:12px;padding:2px 8px;border-radius:10px;background:var(--bad);color:#fff;white-space:nowrap}
.timeline{list-style:none;margin:0;padding:0 0 0 18px;border-left:3px solid var(--accent)}
.stage{position:relative;padding:6px 0 10px 12px}
.stage::before{content:"";position:absolute;left:-27px;top:11px;width:13px;height:13px;border-radius:50%;background:#fff;border:3px solid var(--accent)}
.stage.flagged::before{border-color:var(--bad);background:var(--badbg)}
.stage-no{font-weight:600;color:var(--accent)}
.when{color:var(--muted);font-size:13px}
time,.instant{white-space:nowrap}
.escalation{margin:4px 0;padding:4px 8px;background:#eef4ff;border-radius:4px;font-size:13px}
.finding{margin:6px 0;padding:6px 10px;background:var(--badbg);border:1px solid #fecdca;border-radius:4px;font-size:13px}
.code{font-weight:700;color:var(--bad)}.rule{font-weight:600}
.message{margin-top:2px}
code{font-size:13px}
@media (max-width:600px){header{padding:14px 16px}main{padding:8px 12px}h1{font-size:19px}.inquiry{padding:8px 10px}th,td{padding:4px 6px}}
`;
