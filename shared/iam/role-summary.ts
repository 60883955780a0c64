/**
 * ensure-role's job summary in the suite's one layout: the role, the stack, and what the change set changes
 * (resources, then the permissions it adds and removes). Pure.
 */
import { code, codeBlock, escapeMarkdown, table } from '../render/markdown.js'
import { renderSummary } from '../render/summary.js'
import type { EnsureRoleResult } from './ensure-role.js'

/** Renders the summary of an ensure-role run. */
export function renderRoleSummary(result: EnsureRoleResult, where: { environment: string; runtime: string }): string {
  const facts: [string, string][] = [
    ['Environment', code(where.environment)],
    ['Runtime', code(where.runtime)],
    ['Role', code(result.roleArn)],
  ]
  if (result.kind === 'existing') {
    return renderSummary({
      action: 'ensure-role',
      outcome: 'success',
      headline: `bring-your-own role ${result.roleName} can be assumed by AgentCore`,
      facts,
    })
  }
  facts.push(['Stack', code(result.stackName)], ['Changed', result.changed ? 'yes' : 'no'])
  if (result.recreated) facts.push(['Recovered', 'the stack was in ROLLBACK_COMPLETE; deleted and recreated'])
  const sections: { title: string; body: string }[] = []
  if (result.changes.length)
    sections.push({
      title: result.dryRun ? 'Change set, not executed' : 'Changes',
      body: table(
        ['Action', 'Resource', 'Type', 'Replacement', 'Properties'],
        result.changes.map((c) => [
          escapeMarkdown(c.action),
          code(c.logicalId),
          code(c.resourceType),
          escapeMarkdown(c.replacement || '-'),
          escapeMarkdown(c.properties.join(', ') || '-'),
        ]),
      ),
    })
  const diff = [...result.permissions.added.map((l) => `+ ${l}`), ...result.permissions.removed.map((l) => `- ${l}`)]
  if (diff.length) sections.push({ title: 'Permissions', body: codeBlock(diff.join('\n'), 'diff') })
  const headline = result.dryRun
    ? result.changed
      ? `dry run: ${result.changes.length} change(s) to stack ${result.stackName}`
      : `dry run: stack ${result.stackName} is up to date`
    : result.changed
      ? `role ${result.roleName} deployed (${result.changes.length} change(s))`
      : `role ${result.roleName} is up to date`
  return renderSummary({
    action: 'ensure-role',
    outcome: result.dryRun ? 'dryRun' : result.changed ? 'success' : 'unchanged',
    headline,
    facts,
    sections,
  })
}
