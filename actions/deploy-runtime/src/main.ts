// deploy-runtime: wiring only. Reads inputs (secrets masked first), loads the config, guards the account, runs
// shared/agentcore's deployRuntime, and reports outputs and the job summary.
import { resolve } from 'node:path'
import { runAction } from '../../../shared/action/run-action.js'
import { defaultEndpointWarning, deployRuntime } from '../../../shared/agentcore/index.js'
import { assertAccount } from '../../../shared/aws/account.js'
import { loadConfig, selectEnvironment, selectRuntime } from '../../../shared/config/index.js'
import { readRunContext } from '../../../shared/github/run-context.js'
import { renderDeploySummary } from './summary.js'

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

    const config = await loadConfig(resolve(run.workspace ?? process.cwd(), configInput), {
      environment: environmentName,
    })
    const environment = selectEnvironment(config, environmentName)
    const runtime = selectRuntime(environment, inputs.optional('runtime'))
    const warning = defaultEndpointWarning(environment, runtime)
    if (warning && /prod/i.test(environment.name)) log.warning(warning)

    const aws = ctx.aws(environment.region)
    await assertAccount(aws, environment.account, environment.name)
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
