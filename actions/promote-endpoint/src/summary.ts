// The promote-endpoint job summary: pure, from the promotion result to markdown in the suite's one layout, with
// the exact inputs that roll the move back.
import type { EndpointPromotion, PromoteEndpointsResult } from '../../../shared/agentcore/index.js'
import type { EnvironmentSettings } from '../../../shared/config/types.js'
import { formatDuration } from '../../../shared/errors/index.js'
import type { RunContext } from '../../../shared/github/run-context.js'
import { code, codeBlock, escapeMarkdown, table } from '../../../shared/render/markdown.js'
import { renderSummary } from '../../../shared/render/summary.js'

/** Renders the job summary of one promote-endpoint run. */
export function renderPromoteSummary(
  result: PromoteEndpointsResult,
  context: {
    environment: Pick<EnvironmentSettings, 'name' | 'account' | 'region'>
    runtimeKey: string
    run?: RunContext
    configPath?: string
  },
): string {
  const { environment } = context
  const moved = result.promotions.filter((p) => p.changed)
  const names = result.promotions.map((p) => p.endpoint).join(', ')
  const headline = result.dryRun
    ? moved.length
      ? `dry run: would move ${moved.map(move).join(', ')} of ${result.runtimeName} in ${environment.name}`
      : `dry run: ${names} of ${result.runtimeName} already serve the wanted version in ${environment.name}`
    : moved.length
      ? `${moved.map(move).join(', ')} of ${result.runtimeName} in ${environment.name}`
      : `${names} of ${result.runtimeName} already serve${result.promotions.length === 1 ? 's' : ''} the wanted version in ${environment.name}`

  const facts: [string, string][] = [
    ['Runtime', `${code(result.runtimeName)} (${code(result.runtimeId)})`],
    ['Environment', escapeMarkdown(environment.name)],
    ['Account / region', `${code(environment.account)} / ${code(environment.region)}`],
  ]
  const waited = result.promotions.reduce((sum, p) => sum + p.waitedMs, 0)
  if (waited > 0) facts.push(['Waited for AgentCore', escapeMarkdown(formatDuration(waited))])

  const commit = (sha: string | undefined) => {
    if (!sha) return '*(unknown)*'
    const short = code(sha.slice(0, 7))
    return context.run?.repository
      ? `[${short}](${context.run.serverUrl}/${context.run.repository}/commit/${sha})`
      : short
  }
  const rows = result.promotions.map((p) => [
    code(p.endpoint),
    p.fromVersion ? escapeMarkdown(p.fromVersion) : '*(new)*',
    escapeMarkdown(p.toVersion),
    p.fromVersion ? commit(p.fromCommit) : '',
    commit(p.toCommit),
    escapeMarkdown(p.changed ? p.status : 'unchanged'),
  ])
  const sections = [
    {
      title: 'Endpoints',
      body: table(['Endpoint', 'From', 'To', 'From commit', 'To commit', 'Status'], rows),
    },
  ]
  const rollback = result.promotions.filter((p) => p.changed && p.fromVersion)
  if (rollback.length && !result.dryRun)
    sections.push({ title: 'How to roll back', body: rollbackHint(rollback, context) })
  const outcome = result.dryRun ? 'dryRun' : moved.length ? 'success' : 'unchanged'
  return renderSummary({ action: 'promote-endpoint', outcome, headline, facts, sections })
}

function move(p: EndpointPromotion): string {
  return `${p.endpoint} ${p.fromVersion ?? '(new)'} → ${p.toVersion}`
}

/** The exact `workflow_dispatch` inputs (and `gh` command) that put each endpoint back where it was. */
export function rollbackHint(
  promotions: EndpointPromotion[],
  context: { environment: Pick<EnvironmentSettings, 'name'>; runtimeKey: string; configPath?: string },
): string {
  const parts = promotions.map((p) => {
    const inputs: [string, string][] = [
      ['environment', context.environment.name],
      ['runtime', context.runtimeKey],
      ['endpoint', p.endpoint],
      ['version', p.fromVersion as string],
      ['expected-current-version', p.toVersion],
    ]
    if (context.configPath && context.configPath !== 'agentcore.yaml') inputs.unshift(['config', context.configPath])
    const yaml = inputs.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')
    const gh = `gh workflow run rollback.yml ${inputs
      .filter(([k]) => k !== 'expected-current-version' && k !== 'config')
      .map(([k, v]) => `-f ${k}=${v}`)
      .join(' ')}`
    return `Endpoint ${code(p.endpoint)} back to version ${escapeMarkdown(p.fromVersion as string)} (\`version: previous\` does the same): promote-endpoint with\n\n${codeBlock(yaml, 'yaml')}\n\nor ${code(gh)}`
  })
  return parts.join('\n\n')
}
