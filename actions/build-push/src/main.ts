// build-push: wiring only. Reads inputs, loads the config, guards the account, then builds and pushes (or copies)
// the runtime's image (shared/container) and reports outputs and the job summary.
import { tmpdir } from 'node:os'
import { runAction } from '../../../shared/action/run-action.js'
import { assertAccount } from '../../../shared/aws/account.js'
import { loadConfig, selectEnvironment, selectRuntime, workspaceConfigPath } from '../../../shared/config/index.js'
import { InputError } from '../../../shared/errors/index.js'
import { renderBuildSummary } from '../../../shared/container/build-summary.js'
import { BUILDER_KINDS } from '../../../shared/container/builder.js'
import { processRunner } from '../../../shared/container/command.js'
import { binfmtHandlers } from '../../../shared/container/platform.js'

// Docker's tag grammar.
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/

export async function run(): Promise<void> {
  await runAction('build-push', async (ctx) => {
    const { inputs, log } = ctx
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
    const configInput = inputs.string('config', 'agentcore.yaml')
    // Secrets first: nothing below may print them.
    const secrets = inputs.keyValues('secrets')
    for (const value of Object.values(secrets)) ctx.secret(value)
    const buildArgs = inputs.keyValues('build-args')
    const tag = inputs.optional('tag') ?? process.env.GITHUB_SHA
    if (!tag) throw new InputError('tag', 'is required when GITHUB_SHA is not set (outside GitHub Actions)')
    if (!TAG.test(tag))
      throw new InputError('tag', `'${tag}' is not a valid image tag (letters, digits, '_', '.', '-'; at most 128)`)
    const builder = inputs.choice('builder', BUILDER_KINDS, 'buildx')
    const cache = inputs.bool('cache', true)
    const push = inputs.bool('push', true)
    const sourceImage = inputs.optional('source-image')
    const environmentName = inputs.required('environment')

    const config = await loadConfig(workspaceConfigPath(workspace, configInput), { environment: environmentName })
    const environment = selectEnvironment(config, environmentName)
    const runtime = selectRuntime(environment, inputs.optional('runtime'))

    const aws = ctx.aws(environment.region)
    await assertAccount(aws, environment.account, environment.name)
    // Loaded only now: the ECR SDK client and the builders cost tens of ms of CPU to load, which would otherwise
    // delay the first AWS call (the account guard) and every run that stops at a bad input (bench/README.md).
    const { buildAndPushImage } = await import('../../../shared/container/build-push.js')
    const result = await buildAndPushImage(
      {
        environment,
        runtime,
        workspace,
        tag,
        buildArgs,
        secrets,
        builder,
        cache,
        push,
        ...(sourceImage ? { sourceImage } : {}),
        tempDir: process.env.RUNNER_TEMP || tmpdir(),
      },
      {
        aws,
        awsFor: (region) => (region === environment.region ? aws : ctx.aws(region)),
        log,
        clock: ctx.clock,
        runner: processRunner,
        secret: (value) => ctx.secret(value),
        hostArch: process.arch,
        binfmtHandlers: binfmtHandlers(),
        env: process.env,
      },
    )
    ctx.outputs({
      'image-uri': result.imageUri,
      digest: result.digest,
      tag: result.tag,
      'repository-uri': result.repositoryUri,
      built: result.built,
    })
    await ctx.summary(
      renderBuildSummary(result, {
        environment: environment.name,
        runtime: runtime.agentRuntimeName,
        builder,
        ...(sourceImage ? { source: sourceImage } : {}),
      }),
    )
  })
}
