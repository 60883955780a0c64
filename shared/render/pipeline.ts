/**
 * The root action's job summary: one page for the whole pipeline of one environment: the stages with their
 * outcome, a mermaid diagram of environment → runtime → endpoints → versions (GitHub renders it), what was rolled
 * back, and the smoke test.
 */
import type { PipelineResult } from '../pipeline/run-pipeline.js'
import type { EnvironmentSettings } from '../config/types.js'
import { formatDuration } from '../errors/index.js'
import { code, escapeMarkdown, table } from './markdown.js'
import { renderSummary } from './summary.js'

const STATUS_ICON = { done: '✅', unchanged: '⏸️', failed: '❌', skipped: '➖' } as const

/** A label safe inside a mermaid node: quotes and angle brackets removed. */
function mermaidLabel(text: string): string {
  return text.replace(/["<>`]/g, "'").replace(/[\r\n]+/g, ' ')
}

/** The diagram: environment → runtime → each endpoint with the version it serves now. */
export function pipelineDiagram(
  result: PipelineResult,
  environment: Pick<EnvironmentSettings, 'name' | 'account' | 'region'>,
  runtimeName: string,
): string {
  const lines = ['```mermaid', 'flowchart LR']
  lines.push(`  env["${mermaidLabel(`${environment.name}: ${environment.account} / ${environment.region}`)}"]`)
  const version = result.deploy?.version
  lines.push(`  rt["${mermaidLabel(`${runtimeName}${version ? `: version ${version}` : ''}`)}"]`)
  lines.push('  env --> rt')
  const endpoints = new Map<string, string>()
  if (result.canary?.promotion && !result.canary.temporary) {
    endpoints.set(result.canary.endpoint, `serves ${result.canary.promotion.toVersion}`)
  }
  for (const p of result.promotions)
    endpoints.set(
      p.endpoint,
      `serves ${p.toVersion}${p.fromVersion && p.fromVersion !== p.toVersion ? ` (was ${p.fromVersion})` : ''}`,
    )
  for (const r of result.rollbacks) {
    endpoints.set(
      r.endpoint,
      r.ok ? (r.deleted ? 'deleted (rolled back)' : `rolled back to ${r.toVersion}`) : 'ROLLBACK FAILED',
    )
  }
  let i = 0
  for (const [endpoint, state] of endpoints) {
    i += 1
    lines.push(`  ep${i}["${mermaidLabel(`${endpoint}: ${state}`)}"]`)
    lines.push(`  rt --> ep${i}`)
  }
  lines.push('```')
  return lines.join('\n')
}

/** Renders the whole pipeline's summary. */
export function renderPipelineSummary(
  result: PipelineResult,
  context: { environment: Pick<EnvironmentSettings, 'name' | 'account' | 'region'>; runtimeName: string },
): string {
  const { environment, runtimeName } = context
  const version = result.deploy?.version
  const headline = result.failure
    ? `${runtimeName} failed in ${environment.name}${result.rollbacks.length ? ' (endpoints rolled back)' : ''}`
    : `${runtimeName} version ${version} is live in ${environment.name}`
  const facts: [string, string][] = [
    ['Environment', `${escapeMarkdown(environment.name)} (${code(environment.account)} / ${code(environment.region)})`],
    ['Runtime', code(runtimeName)],
  ]
  if (result.image?.imageUri) facts.push(['Image', code(result.image.imageUri)])
  if (result.role) facts.push(['Execution role', code(result.role.roleArn)])
  if (version)
    facts.push(['Version', escapeMarkdown(result.deploy?.changed ? `${version} (new)` : `${version} (unchanged)`)])
  if (result.failure) facts.push(['Failure', escapeMarkdown(result.failure.message)])
  const sections = [
    {
      title: 'Stages',
      body: table(
        ['', 'stage', 'what happened', 'time'],
        result.stages.map((s) => [
          STATUS_ICON[s.status],
          escapeMarkdown(s.stage),
          escapeMarkdown(s.detail),
          escapeMarkdown(formatDuration(s.ms)),
        ]),
      ),
    },
    { title: 'Endpoints', body: pipelineDiagram(result, environment, runtimeName) },
  ]
  if (result.deploy?.changes.length) {
    sections.push({
      title: 'What changed in the runtime',
      body: table(
        ['field', 'from', 'to'],
        result.deploy.changes.map((c) => [
          code(c.field),
          c.secret ? '(secret)' : code(c.from ?? '—'),
          c.secret ? (c.added ? 'set (secret)' : 'changed (secret)') : code(c.to ?? '—'),
        ]),
      ),
    })
  }
  if (result.smoke) {
    sections.push({
      title: 'Smoke test',
      body: table(
        ['', 'assertion', 'expected', 'received'],
        result.smoke.assertions.map((a) => [
          a.passed ? '✓' : '✗',
          escapeMarkdown(a.name),
          code(a.expected),
          code(a.received.slice(0, 200)),
        ]),
      ),
    })
  }
  return renderSummary({
    action: 'agentcore pipeline',
    outcome: result.failure ? 'failure' : 'success',
    headline,
    facts,
    sections,
  })
}
