// The deploy-runtime job summary: pure, from the deploy result to markdown in the suite's one layout.
import { runtimeConsoleUrl, type DeployRuntimeResult } from '../../../shared/agentcore/index.js'
import type { EnvironmentSettings } from '../../../shared/config/types.js'
import type { RuntimeFieldChange } from '../../../shared/diff/runtime-config.js'
import { formatDuration } from '../../../shared/errors/index.js'
import type { RunContext } from '../../../shared/github/run-context.js'
import { code, escapeMarkdown, table, truncate } from '../../../shared/render/markdown.js'
import { renderSummary } from '../../../shared/render/summary.js'

/** Renders the job summary of one deploy. */
export function renderDeploySummary(
  result: DeployRuntimeResult,
  context: { environment: Pick<EnvironmentSettings, 'name' | 'account' | 'region'>; run?: RunContext },
): string {
  const { environment } = context
  const name = result.runtimeName
  const where = environment.name
  let headline: string
  if (result.dryRun) {
    headline = result.changed
      ? `dry run: ${name} would ${result.created ? 'be created' : `get a new version (${result.changes.length} change${result.changes.length === 1 ? '' : 's'})`} in ${where}`
      : `dry run: ${name} already matches the config in ${where}`
  } else if (result.created) headline = `${name} created, version ${result.version} is READY in ${where}`
  else if (result.changed) headline = `${name} version ${result.version} is READY in ${where}`
  else headline = `${name} unchanged at version ${result.version} in ${where}`

  const version = result.changed
    ? result.dryRun
      ? `${result.version ?? '(none yet)'} → a new version (dry run)`
      : `${result.version}${result.previousVersion ? ` (new; was ${result.previousVersion})` : ' (new)'}`
    : `${result.version} (unchanged)`
  const facts: [string, string][] = [
    ['Runtime', `${code(name)}${result.runtimeId ? ` (${code(result.runtimeId)})` : ''}`],
    ['Environment', escapeMarkdown(environment.name)],
    ['Account / region', `${code(environment.account)} / ${code(environment.region)}`],
    ['Version', escapeMarkdown(version)],
    ['Image', code(result.containerUri)],
  ]
  if (result.imageDigest) facts.push(['Image digest', code(result.imageDigest)])
  if (result.waitedMs > 0) facts.push(['Waited for AgentCore', escapeMarkdown(formatDuration(result.waitedMs))])
  if (context.run?.sha) facts.push(['Commit', code(context.run.sha.slice(0, 12))])
  if (result.runtimeId)
    facts.push([
      'Console',
      `[open in the AgentCore console](${runtimeConsoleUrl(environment.region, result.runtimeId)})`,
    ])

  const sections: { title: string; body: string }[] = []
  if (result.changes.length) {
    sections.push({
      title: result.created ? 'Configuration' : result.dryRun ? 'What would change' : 'What changed',
      body: changesTable(result.changes, result.created),
    })
  } else {
    sections.push({
      title: 'What changed',
      body: 'Nothing: the live configuration already equals the config, so no version was minted.',
    })
  }
  if (result.taggedKeys.length)
    sections.push({
      title: 'Tags',
      body: `${result.dryRun ? 'Would set' : 'Set'}: ${result.taggedKeys.map(code).join(', ')}`,
    })
  const outcome = result.dryRun ? 'dryRun' : result.changed ? 'success' : 'unchanged'
  return renderSummary({ action: 'deploy-runtime', outcome, headline, facts, sections })
}

/** Field | from | to, with secret values replaced by what happened to them. */
export function changesTable(changes: RuntimeFieldChange[], created = false): string {
  const cell = (value: string | undefined) => (value === undefined ? '*(not set)*' : code(truncate(value, 200)))
  const rows = changes.map((c) =>
    c.secret
      ? [
          code(c.field),
          created || c.added ? '*(not set)*' : '*(secret)*',
          `*${c.added ? 'added' : 'changed'} (secret)*`,
        ]
      : [code(c.field), cell(c.from), cell(c.to)],
  )
  return table(created ? ['Field', '', 'Value'] : ['Field', 'From', 'To'], rows)
}
