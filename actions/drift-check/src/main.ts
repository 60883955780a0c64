// drift-check: wiring only. Loads the config, compares it with live AgentCore in each environment (shared/diff),
// writes the report (outputs, job summary) and, on a pull request, the sticky comment (shared/github). Read-only
// in AWS.
import { runAction } from '../../../shared/action/run-action.js'
import { loadConfig, workspaceConfigPath } from '../../../shared/config/index.js'
import { checkDrift, DEFAULT_DRIFT_CONCURRENCY } from '../../../shared/diff/drift-check.js'
import { environmentClients } from '../../../shared/diff/environment-credentials.js'
import { InputError, OperationError } from '../../../shared/errors/index.js'
import { driftCommentMarker, githubIssueComments, upsertComment } from '../../../shared/github/pr-comment.js'
import { isPullRequestEvent, readPullRequestNumber } from '../../../shared/github/pull-request.js'
import { readRunContext } from '../../../shared/github/run-context.js'
import { driftHeadline, renderDriftComment, renderDriftSummary } from '../../../shared/render/drift.js'

export async function run(): Promise<void> {
  await runAction('drift-check', async (ctx) => {
    const { inputs, log } = ctx
    const run = readRunContext()
    const configInput = inputs.string('config', 'agentcore.yaml')
    const workspace = run.workspace ?? process.cwd()
    const token = inputs.optional('github-token')
    ctx.secret(token)
    const comment = inputs.bool('comment', isPullRequestEvent(run.eventName))
    const failOnDrift = inputs.bool('fail-on-drift', false)
    const concurrency = inputs.int('concurrency', DEFAULT_DRIFT_CONCURRENCY, { min: 1, max: 64 })

    const config = await loadConfig(workspaceConfigPath(workspace, configInput))
    const known = Object.keys(config.environments)
    const wanted = inputs.list('environments')
    const unknown = wanted.filter((name) => !known.includes(name))
    if (unknown.length)
      throw new InputError(
        'environments',
        `${unknown.map((n) => `'${n}'`).join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not in ${configInput}; known: ${known.join(', ')}`,
      )
    const environments = wanted.length ? [...new Set(wanted)] : known

    const report = await log.group(`Comparing ${configInput} with AgentCore in ${environments.join(', ')}`, () =>
      checkDrift(
        { config, configPath: configInput, environments, concurrency },
        { clientsFor: environmentClients('drift-check'), clock: ctx.clock, log },
      ),
    )
    for (const environment of report.environments)
      for (const item of [...environment.runtimes.flatMap((r) => r.items), ...environment.unmanaged])
        log.info(`${environment.name}: ${item.message}`)

    ctx.outputs({
      'has-drift': report.hasDrift,
      'drift-count': report.counts.items,
      'drifted-runtimes': report.counts.driftedRuntimes + report.counts.unmanagedRuntimes,
      'unreadable-environments': report.counts.unreadableEnvironments,
      report: JSON.stringify(report),
    })
    await ctx.summary(renderDriftSummary(report))

    if (comment) {
      const number = await readPullRequestNumber(run.eventPath)
      if (number === undefined || !run.repository) {
        log.warning(
          `comment is on but this run (${run.eventName ?? 'no event'}) is not for a pull request; the report is in the job summary`,
        )
      } else if (!token) {
        log.warning('comment is on but no github-token was given; the report is in the job summary')
      } else {
        const marker = driftCommentMarker(configInput, environments)
        const body = ctx.redact(renderDriftComment(report, { marker, ...(run.runUrl ? { runUrl: run.runUrl } : {}) }))
        const outcome = await upsertComment(
          { repository: run.repository, number },
          marker,
          body,
          await githubIssueComments(token),
        )
        if (outcome.status === 'skipped') log.warning(outcome.reason)
        else log.info(`PR comment ${outcome.status}${outcome.url ? `: ${outcome.url}` : ''}`)
        ctx.outputs({ 'comment-id': outcome.status === 'skipped' ? undefined : outcome.id })
      }
    }

    const headline = driftHeadline(report)
    if (report.counts.unreadableEnvironments === report.counts.environments) {
      // The cause belongs in the error line itself, not only in the warnings above it.
      const reasons = report.environments
        .filter((e) => e.error)
        .map((e) => `${e.name}: ${e.error}`)
        .join('; ')
      throw new OperationError(
        'read',
        `AgentCore in ${environments.join(', ')}`,
        `no environment could be read (${reasons || 'see the warnings above'})`,
      )
    }
    if (report.hasDrift && failOnDrift) throw new OperationError('confirm no drift for', configInput, headline)
    if (report.hasDrift) log.warning(`Drift: ${headline}`)
    else log.info(`No drift: ${headline}`)
  })
}
