// deploy-runtime: wiring only. Reads inputs (secrets masked first), loads the config, guards the account, runs
// shared/agentcore's deployRuntime, and reports outputs and the job summary.
import { runAction } from '../../../shared/action/run-action.js'
import { assertAccount } from '../../../shared/aws/account.js'
import { loadConfig, selectEnvironment, selectRuntime, workspaceConfigPath } from '../../../shared/config/index.js'
import { readRunContext } from '../../../shared/github/run-context.js'

export async function run(): Promise<void> {
  await runAction('deploy-runtime', async (ctx) => {
    const { inputs, log, clock } = ctx
    // Secrets first: masked before anything could print them.
    const secretValues = inputs.keyValues('secrets')
    for (const value of Object.values(secretValues)) ctx.secret(value)

    const configInput = inputs.string('config', 'agentcore.yaml')
    const environmentName = inputs.required('environment')
    const image = inputs.optional('image')
    const roleArn = inputs.optional('role-arn')
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
    // Loaded only now: the AgentCore and ECR SDK clients cost ~50 ms of CPU to load, which would otherwise delay
    // the first AWS call (the account guard) and every run that stops at a bad input (bench/README.md).
    const [{ defaultEndpointWarning, deployRuntime }, { renderDeploySummary }] = await Promise.all([
      import('../../../shared/agentcore/index.js'),
      import('./summary.js'),
    ])
    const warning = defaultEndpointWarning(environment, runtime)
    if (warning && /prod/i.test(environment.name)) log.warning(warning)
    const result = await log.group(`Deploy ${runtime.agentRuntimeName} to ${environment.name}`, () =>
      deployRuntime(
        {
          environment,
          runtime,
          configPath: configInput,
          image,
          roleArn,
          secretValues,
          waitTimeoutMs,
          dryRun,
          origin: { commit: run.sha, runUrl: run.runUrl },
        },
        { aws, log, clock },
      ),
    )

    ctx.outputs({
      'runtime-id': result.runtimeId ?? '',
      'runtime-arn': result.runtimeArn ?? '',
      version: result.version ?? '',
      'previous-version': result.previousVersion ?? '',
      changed: result.changed,
      status: result.status,
      'image-uri': result.containerUri,
      'image-digest': result.imageDigest ?? '',
    })
    await ctx.summary(renderDeploySummary(result, { environment, run }))
  })
}
