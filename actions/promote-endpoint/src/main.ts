// promote-endpoint: wiring only. Reads inputs, loads the config, guards the account, runs shared/agentcore's
// promoteEndpoints, and reports outputs and the job summary.
import { runAction } from '../../../shared/action/run-action.js'
import { assertAccount } from '../../../shared/aws/account.js'
import { loadConfig, selectEnvironment, selectRuntime, workspaceConfigPath } from '../../../shared/config/index.js'
import { readRunContext } from '../../../shared/github/run-context.js'

export async function run(): Promise<void> {
  await runAction('promote-endpoint', async (ctx) => {
    const { inputs, log, clock } = ctx
    const configInput = inputs.string('config', 'agentcore.yaml')
    const environmentName = inputs.required('environment')
    const endpoints = inputs.list('endpoint')
    const version = inputs.optional('version')
    const expectedCurrentVersion = inputs.optional('expected-current-version')
    const waitTimeoutMs = inputs.duration('wait-timeout', '15m')
    const dryRun = inputs.bool('dry-run', false)
    const run = readRunContext(process.env)

    const config = await loadConfig(workspaceConfigPath(run.workspace ?? process.cwd(), configInput), {
      environment: environmentName,
    })
    const environment = selectEnvironment(config, environmentName)
    const runtime = selectRuntime(environment, inputs.optional('runtime'))
    const aws = ctx.aws(environment.region)
    await assertAccount(aws, environment.account, environment.name)
    // Loaded only now: the AgentCore SDK client costs tens of ms of CPU to load, which would otherwise delay the
    // first AWS call (the account guard) and every run that stops at a bad input (bench/README.md).
    const [{ defaultEndpointWarning, promoteEndpoints }, { renderPromoteSummary }] = await Promise.all([
      import('../../../shared/agentcore/endpoint-promote.js'),
      import('./summary.js'),
    ])
    const warning = defaultEndpointWarning(environment, runtime)
    if (warning) log.warning(warning)
    const result = await log.group(`Promote endpoints of ${runtime.agentRuntimeName} in ${environment.name}`, () =>
      promoteEndpoints(
        { environment, runtime, endpoints, version, expectedCurrentVersion, waitTimeoutMs, dryRun },
        { aws, log, clock },
      ),
    )

    const first = result.promotions[0]
    ctx.outputs({
      'endpoint-arn': first.endpointArn ?? '',
      version: first.toVersion,
      'previous-version': first.fromVersion ?? '',
      changed: result.promotions.some((p) => p.changed),
      endpoints: result.promotions.map((p) => ({
        endpoint: p.endpoint,
        endpointArn: p.endpointArn ?? null,
        fromVersion: p.fromVersion ?? null,
        toVersion: p.toVersion,
        changed: p.changed,
        created: p.created,
        status: p.status,
      })),
    })
    await ctx.summary(
      renderPromoteSummary(result, { environment, runtimeKey: runtime.key, run, configPath: configInput }),
    )
  })
}
