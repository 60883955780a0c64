/**
 * The drift report as markdown: one rendering for the job summary (the full report) and the PR comment (the same,
 * cut under GitHub's 65,536-character limit with a pointer to the job summary). A headline table says what
 * differs per environment; the differences are folded per environment. Pure: data in, markdown out. Secret
 * environment variables are named, never valued (the report carries no value for them in the first place).
 */
import type { DriftItem, DriftReport, EnvironmentDrift } from '../diff/drift-report.js'
import { environmentItems } from '../diff/drift-report.js'
import { code, details, escapeMarkdown, table, truncate } from './markdown.js'
import { renderSummary } from './summary.js'

/** GitHub's limit on an issue or PR comment body. */
export const GITHUB_COMMENT_LIMIT = 65_536
/** Longest config/live value shown in a cell. */
const VALUE_LIMIT = 200

/** "2 of 3 environments drift (5 differences)" / "no drift in 3 environments". */
export function driftHeadline(report: DriftReport): string {
  const c = report.counts
  const drifted = report.environments.filter((e) => e.status === 'drifted').length
  const unreadable =
    (c.unreadableEnvironments ? `; ${c.unreadableEnvironments} could not be read` : '') +
    (c.unreadableRuntimes ? `; ${c.unreadableRuntimes} runtime(s) could not be read` : '')
  if (!report.hasDrift) return `no drift in ${c.environments - c.unreadableEnvironments} environment(s)${unreadable}`
  return `${drifted} of ${c.environments} environment(s) drift: ${c.items} difference(s) in ${c.driftedRuntimes + c.unmanagedRuntimes} runtime(s)${unreadable}`
}

const STATUS_TEXT: Record<EnvironmentDrift['status'], string> = {
  'in-sync': '✅ in sync',
  drifted: '⚠️ drift',
  error: '❌ not readable',
}

/** The per-environment headline table. */
export function renderDriftOverview(report: DriftReport): string {
  return table(
    ['Environment', 'Account / region', 'Status', 'Runtimes', 'What differs'],
    report.environments.map((e) => [
      `**${escapeMarkdown(e.name)}**`,
      `${code(e.account)} ${code(e.region)}`,
      STATUS_TEXT[e.status],
      e.status === 'error'
        ? '—'
        : `${e.runtimes.filter((r) => r.status === 'drifted' || r.status === 'missing').length}/${e.runtimes.length} differ`,
      e.status === 'error' ? escapeMarkdown(truncate(e.error ?? '', 300)) : escapeMarkdown(whatDiffers(e)),
    ]),
  )
}

/** "2 missing, 1 endpoint version, 3 fields" for an environment. */
function whatDiffers(environment: EnvironmentDrift): string {
  const counts = new Map<string, number>()
  for (const item of environmentItems(environment))
    counts.set(LABEL[item.kind], (counts.get(LABEL[item.kind]) ?? 0) + 1)
  return [...counts].map(([label, n]) => `${n} ${label}`).join(', ') || 'nothing'
}

const LABEL: Record<DriftItem['kind'], string> = {
  'runtime-missing': 'runtime missing',
  'runtime-unmanaged': 'unmanaged runtime',
  'runtime-field': 'configuration field',
  'runtime-status': 'runtime status',
  'endpoint-missing': 'endpoint missing',
  'endpoint-extra': 'extra endpoint',
  'endpoint-version': 'endpoint version',
  'endpoint-status': 'endpoint status',
  'role-stack': 'role stack resource',
  'role-stack-missing': 'role stack missing',
  'read-error': 'read error',
}

function cell(value: string | undefined, item: DriftItem): string {
  if (item.secret) return '*(secret, not shown)*'
  return value === undefined ? '—' : code(truncate(value, VALUE_LIMIT))
}

/** One environment's differences as a folded table. */
export function renderEnvironmentDetails(environment: EnvironmentDrift): string {
  const items = environmentItems(environment)
  const rows = items.map((item) => [
    code(item.runtime),
    escapeMarkdown(LABEL[item.kind]),
    item.endpoint ? code(item.endpoint) : item.field ? code(item.field) : '—',
    cell(item.expected, item),
    cell(item.actual, item),
    escapeMarkdown(truncate(item.message, 400)),
  ])
  return details(
    `<b>${escapeMarkdown(environment.name)}</b>: ${items.length} difference(s)`,
    table(['Runtime', 'What', 'Where', 'Config', 'Live', 'Detail'], rows),
  )
}

/**
 * The report body: overview, then each drifted environment folded. With `maxLength`, environments that do not fit
 * are left out and named, with `pointer` (e.g. a link to the job summary) saying where the rest is.
 */
export function renderDriftBody(report: DriftReport, options: { maxLength?: number; pointer?: string } = {}): string {
  const head = [
    `**${escapeMarkdown(driftHeadline(report))}** — config ${code(report.config)}, checked ${escapeMarkdown(report.checkedAt)}`,
    renderDriftOverview(report),
  ]
  const blocks = report.environments
    .filter((e) => e.status === 'drifted')
    .map((e) => ({ name: e.name, text: renderEnvironmentDetails(e) }))
  const max = options.maxLength ?? Infinity
  const parts = [...head]
  let length = parts.join('\n\n').length
  const left: string[] = []
  // Room kept for the "cut" note, whatever the number of environments left out.
  const reserve = 600 + (options.pointer?.length ?? 0)
  for (const block of blocks) {
    if (left.length === 0 && length + block.text.length + 2 <= max - reserve) {
      parts.push(block.text)
      length += block.text.length + 2
    } else left.push(block.name)
  }
  if (left.length) {
    const note = `✂️ Cut to fit GitHub's comment limit: the differences of ${left.map((n) => `**${escapeMarkdown(n)}**`).join(', ')} are not shown here. ${options.pointer ?? 'See the job summary for the full report.'}`
    parts.push(note)
  }
  let body = parts.join('\n\n')
  // The overview alone may be too long (hundreds of environments): cut hard as a last resort.
  if (body.length > max)
    body = `${body.slice(0, max - reserve)}\n\n✂️ Cut. ${options.pointer ?? 'See the job summary for the full report.'}`
  return body
}

/** The job summary: the shared layout with the full report. */
export function renderDriftSummary(report: DriftReport): string {
  const c = report.counts
  return renderSummary({
    action: 'drift-check',
    outcome: report.hasDrift ? 'warning' : c.unreadableEnvironments ? 'failure' : 'success',
    headline: driftHeadline(report),
    facts: [
      ['Config', code(report.config)],
      ['Environments', report.environments.map((e) => code(e.name)).join(' ')],
      ['Runtimes checked', String(c.runtimes)],
      ['Differences', String(c.items)],
    ],
    sections: [{ title: 'Drift', body: renderDriftBody(report) }],
  })
}

/** The PR comment: the marker that finds it again, a title, and the body cut under the limit. */
export function renderDriftComment(
  report: DriftReport,
  options: { marker: string; runUrl?: string; limit?: number },
): string {
  const title = `### ${report.hasDrift ? '⚠️' : '✅'} AgentCore drift: ${escapeMarkdown(driftHeadline(report))}`
  const pointer = options.runUrl
    ? `The full report is in the [job summary](${options.runUrl}).`
    : 'The full report is in the job summary of this run.'
  const prefix = `${options.marker}\n${title}\n\n`
  const body = renderDriftBody(report, {
    maxLength: (options.limit ?? GITHUB_COMMENT_LIMIT) - prefix.length - 200,
    pointer,
  })
  return `${prefix}${body}\n\n<sub>Updated by drift-check on every run; read-only, nothing in AWS was changed.</sub>\n`
}

/** The report as plain text for a terminal (`agentcore-actions plan`): one line per difference, secrets by name. */
export function renderDriftText(report: DriftReport): string {
  const lines = [`${report.config}: ${driftHeadline(report)}`]
  for (const environment of report.environments) {
    const where = `${environment.account} ${environment.region}`
    if (environment.status === 'error') {
      lines.push('', `${environment.name} (${where}): not readable: ${environment.error ?? ''}`)
      continue
    }
    const items = environmentItems(environment)
    lines.push('', `${environment.name} (${where}): ${items.length ? `${items.length} difference(s)` : 'in sync'}`)
    for (const item of items) lines.push(`  ${item.runtime}: ${item.message}`)
  }
  return lines.join('\n')
}
