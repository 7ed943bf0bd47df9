import type { Finding } from '../../supervision/finding';
import type { AuditLogReport, InquiryTimeline, TimelineEscalation, TimelineStage } from '../../log/audit-log';
import { ruleById } from '../../rules/catalogue';
import type { StaffRef } from '../../inquiry/staff';
import { findingsByStage, problemLine } from './shared';
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
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * The audit report as ONE self-contained HTML page (inline CSS, no scripts, no external requests):
 * a summary, per inquiry a timeline of its stages (who held it, from when to when, handovers,
 * reassignments, escalations) with each finding marked in the stage where it arose, who holds what
 * now, what is overdue or at risk, a per-person accountability table, and the problems with their lines. All text is escaped.
 *
 * @example
 * import { readFileSync, writeFileSync } from 'node:fs';
 * import { auditEventLog } from 'first-inquiry';
 * import { auditHtml } from './cli/report/html'; // internal to the bin
 * const lines = readFileSync('events.jsonl', 'utf8').split('\n');
 * writeFileSync('audit.html', auditHtml(await auditEventLog(lines, { timelines: true }), 'events.jsonl'));
 *
 * @category cli
 * @since 0.1.0
 */
export function auditHtml(report: AuditLogReport, file: string): string {
  const byStage = findingsByStage(report.findings);
  const timelines = report.timelines ?? [];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>First-inquiry audit as of ${escapeHtml(report.asOf)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>First-inquiry audit <span class="sub">首问责任制</span></h1>
<p class="summary">${escapeHtml(summaryLine(report))}</p>
<p class="source">Log: <code>${escapeHtml(file)}</code></p>
</header>
<main>
<section id="people">
<h2>Accountability by person</h2>
${peopleTable(report)}
</section>
<section id="holdings">
<h2>Who holds what now <span class="count">${report.holdings.length} open</span></h2>
${holdingsTable(report)}
</section>
<section id="deadlines">
<h2>Overdue and at risk <span class="count">${report.deadlines.overdue.length} overdue, ${report.deadlines.atRisk.length} at risk</span></h2>
${deadlinesTable(report)}
</section>
<section id="timelines">
<h2>Inquiries <span class="count">${timelines.length}</span></h2>
${timelines.map((t) => timeline(t, byStage)).join('\n')}
</section>
${report.problems.length === 0 ? '' : `<section id="problems">
<h2>Problems in the log <span class="count">${report.problems.length}</span></h2>
<ul>${report.problems.map((p) => `<li><code>${escapeHtml(problemLine(file, p))}</code></li>`).join('')}</ul>
</section>`}
</main>
</body>
</html>
`;
}

function timeline(t: InquiryTimeline, byStage: ReadonlyMap<string, readonly Finding[]>): string {
  const count = t.stages.reduce((n, s) => n + (byStage.get(`${t.inquiryId}\u0000${s.index}`)?.length ?? 0), 0);
  return `<article class="inquiry${count > 0 ? ' has-findings' : ''}" id="${escapeHtml(`inq-${t.inquiryId}`)}">
<h3>${escapeHtml(t.inquiryId)} <span class="category">${escapeHtml(t.category)}</span> <span class="status status-${t.status}">${t.status}</span>${count > 0 ? ` <span class="badge">${count} finding${count === 1 ? '' : 's'}</span>` : ''}</h3>
<ol class="timeline">
${t.stages.map((s) => stage(s, t.escalations.filter((e) => e.stage === s.index), byStage.get(`${t.inquiryId}\u0000${s.index}`) ?? [])).join('\n')}
</ol>
</article>`;
}

function stage(s: TimelineStage, escalations: readonly TimelineEscalation[], findings: readonly Finding[]): string {
  const started = s.movedBy === undefined ? STARTED[s.startedBy] : `${STARTED[s.startedBy]} by ${person(s.movedBy)}`;
  const ended = s.endedBy === undefined ? 'holds it now' : `${ENDED[s.endedBy]} ${time(s.to ?? '')}`;
  return `<li class="stage${findings.length > 0 ? ' flagged' : ''}">
<div class="who">Stage ${s.index}: <strong>${escapeHtml(s.holder.name)}</strong> <span class="dept">${escapeHtml(s.holder.department)} · ${escapeHtml(s.holder.id)}</span></div>
<div class="when">${escapeHtml(started)} ${time(s.from)} → ${ended}</div>
${escalations.map(escalation).join('\n')}
${findings.map(finding).join('\n')}
</li>`;
}

function escalation(e: TimelineEscalation): string {
  const absent = e.absentHandler === undefined ? '' : ` (${escapeHtml(e.absentHandler.name)} not at post)`;
  const named = e.named === undefined ? ' — no handler named yet' : ` — named ${person(e.named.handler)} at ${time(e.named.at)}`;
  return `<div class="escalation">⇡ Escalated to ${person(e.leader)}${absent} at ${time(e.at)}: “${escapeHtml(e.question)}”${named}</div>`;
}

function finding(f: Finding): string {
  const rule = ruleById(f.rule);
  return `<div class="finding" data-code="${escapeHtml(f.code)}"><span class="code">${escapeHtml(f.code)}</span> <span class="rule" title="${escapeHtml(rule.statement)}">${escapeHtml(f.rule)} ${escapeHtml(rule.title)}</span> · accountable: ${person(f.accountable)} · arisen ${time(f.arisenAt)}${f.settled ? '' : ' · <em>still open</em>'}<div class="message">${escapeHtml(f.message)}</div></div>`;
}

function peopleTable(report: AuditLogReport): string {
  const rules = [...new Set(report.people.flatMap((p) => Object.keys(p.byRule)))].sort();
  return `<table>
<thead><tr><th>Person</th><th>Department</th><th>Stages held</th><th>Holding now</th><th>Findings</th>${rules.map((r) => `<th>${escapeHtml(r)}</th>`).join('')}</tr></thead>
<tbody>
${report.people.map((p) => `<tr${p.findings > 0 ? ' class="flagged"' : ''}><td>${escapeHtml(p.staff.name)} <span class="dept">${escapeHtml(p.staff.id)}</span></td><td>${escapeHtml(p.staff.department)}</td><td>${p.stagesHeld}</td><td>${p.holdingNow}</td><td>${p.findings}</td>${rules.map((r) => `<td>${(p.byRule as Record<string, number | undefined>)[r] ?? ''}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table>`;
}

function holdingsTable(report: AuditLogReport): string {
  if (report.holdings.length === 0) return '<p>Nothing is open.</p>';
  return `<table>
<thead><tr><th>Holder</th><th>Inquiry</th><th>Category</th><th>Stage</th><th>Since</th></tr></thead>
<tbody>
${report.holdings.map((h) => `<tr><td>${person(h.holder)}</td><td><a href="#${escapeHtml(`inq-${h.inquiryId}`)}">${escapeHtml(h.inquiryId)}</a></td><td>${escapeHtml(h.category)}</td><td>${h.stage}</td><td>${time(h.since)}</td></tr>`).join('\n')}
</tbody>
</table>`;
}

function deadlinesTable(report: AuditLogReport): string {
  const rows = [
    ...report.deadlines.overdue.map((d) => ['overdue', d] as const),
    ...report.deadlines.atRisk.map((d) => ['at risk', d] as const),
  ];
  if (rows.length === 0) return '<p>Nothing open is overdue or at risk.</p>';
  return `<table>
<thead><tr><th>State</th><th>Inquiry</th><th>Category</th><th>Due</th><th>Used</th><th>Holder</th></tr></thead>
<tbody>
${rows.map(([label, d]) => `<tr class="${label === 'overdue' ? 'overdue' : 'at-risk'}"><td>${label}</td><td><a href="#${escapeHtml(`inq-${d.inquiryId}`)}">${escapeHtml(d.inquiryId)}</a></td><td>${escapeHtml(d.category)}</td><td>${time(d.deadline)}</td><td>${Math.round(d.used * 100)}%</td><td>${person(d.holder)}</td></tr>`).join('\n')}
</tbody>
</table>`;
}

function person(staff: StaffRef): string {
  return `<strong>${escapeHtml(staff.name)}</strong> <span class="dept">${escapeHtml(staff.department)}</span>`;
}

function time(instant: string): string {
  return `<time datetime="${escapeHtml(instant)}">${escapeHtml(instant.replace('T', ' '))}</time>`;
}

const STARTED: Readonly<Record<TimelineStage['startedBy'], string>> = {
  received: 'received',
  handover: 'taken over by handover',
  reassignment: 'reassigned',
  reopened: 'reopened',
};

const ENDED: Readonly<Record<NonNullable<TimelineStage['endedBy']>, string>> = {
  handover: 'handed over',
  reassignment: 'reassigned away',
  resolved: 'resolved',
  declined: 'declined',
};

const CSS = `
:root{--ink:#1d2430;--muted:#5b6472;--line:#d5dae1;--bad:#b42318;--badbg:#fef3f2;--ok:#067647;--accent:#1f4f99}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK SC",sans-serif;color:var(--ink);background:#f6f7f9}
header{padding:20px 32px;background:#fff;border-bottom:1px solid var(--line)}
h1{margin:0 0 4px;font-size:22px}.sub{color:var(--muted);font-weight:normal;font-size:16px}
.summary{margin:4px 0;font-weight:600}.source{margin:0;color:var(--muted)}
main{padding:16px 32px;max-width:1200px}
h2{font-size:18px;margin:24px 0 8px}.count{color:var(--muted);font-weight:normal;font-size:14px}
table{border-collapse:collapse;background:#fff;width:100%;font-size:14px}
th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:#eef1f5}tr.overdue td:first-child{color:var(--bad);font-weight:700}tr.at-risk td:first-child{color:#93370d;font-weight:700}tr.flagged td:nth-child(5){color:var(--bad);font-weight:700}
.dept{color:var(--muted);font-size:13px}
.inquiry{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 16px;margin:12px 0}
.inquiry.has-findings{border-left:4px solid var(--bad)}
.inquiry h3{margin:0 0 8px;font-size:16px}
.category{font-weight:normal;color:var(--muted)}
.status{font-size:12px;padding:2px 8px;border-radius:10px;background:#eef1f5;font-weight:600}
.status-open{background:#fff4e5;color:#93370d}.status-resolved{background:#ecfdf3;color:var(--ok)}.status-declined{background:#f2f4f7}
.badge{font-size:12px;padding:2px 8px;border-radius:10px;background:var(--bad);color:#fff}
.timeline{list-style:none;margin:0;padding:0 0 0 18px;border-left:3px solid var(--accent)}
.stage{position:relative;padding:6px 0 10px 12px}
.stage::before{content:"";position:absolute;left:-27px;top:11px;width:13px;height:13px;border-radius:50%;background:#fff;border:3px solid var(--accent)}
.stage.flagged::before{border-color:var(--bad);background:var(--badbg)}
.when{color:var(--muted);font-size:13px}
.escalation{margin:4px 0;padding:4px 8px;background:#eef4ff;border-radius:4px;font-size:13px}
.finding{margin:6px 0;padding:6px 10px;background:var(--badbg);border:1px solid #fecdca;border-radius:4px;font-size:13px}
.finding .code{font-weight:700;color:var(--bad)}.finding .rule{font-weight:600}
.message{margin-top:2px}
code{font-size:13px}
`;
