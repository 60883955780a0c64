// The root action: wiring only. Reads inputs (secrets masked first), loads the config, guards the account, runs the
// pipeline (shared/pipeline, built from the stage actions' own logic), writes one summary, and fails when the
// pipeline failed — after the summary, so that a failed run still says what happened and what was rolled back.
import { randomUUID } from 'node:crypto'
import { tmpdir } from 'node:os'
import { runAction } from '../shared/action/run-action.js'
import { assertAccount } from '../shared/aws/account.js'
import { loadConfig, selectEnvironment, selectRuntime, workspaceConfigPath } from '../shared/config/index.js'
import { BUILDER_KINDS } from '../shared/container/builder.js'
import { processRunner } from '../shared/container/command.js'
import { binfmtHandlers } from '../shared/container/platform.js'
import { InputError, OperationError } from '../shared/errors/index.js'
import { readRunContext } from '../shared/github/run-context.js'
import { resolvePayload } from '../shared/invoke/payload.js'
import { runPipeline } from '../shared/pipeline/run-pipeline.js'
import { renderPipelineSummary } from '../shared/render/pipeline.js'

export async function run(): Promise<void> {
  await runAction('agentcore', async (ctx) => {
    const { inputs, log } = ctx
    // Secrets first: nothing below may print them.
    const secretValues = inputs.keyValues('secrets')
    const buildSecrets = inputs.keyValues('build-secrets')
    const bearerToken = inputs.optional('bearer-token')
    for (const value of [...Object.values(secretValues), ...Object.values(buildSecrets), bearerToken]) ctx.secret(value)

    const run = readRunContext(process.env)
    const workspace = run.workspace ?? process.cwd()
    const configInput = inputs.string('config', 'agentcore.yaml')
    const environmentName = inputs.required('environment')
    const tag = inputs.optional('tag') ?? run.sha
    if (!tag) throw new InputError('tag', 'is required when GITHUB_SHA is not set (outside GitHub Actions)')
    const builder = inputs.choice('builder', BUILDER_KINDS, 'buildx')
    const waitTimeoutMs = inputs.duration('wait-timeout', '15m')
    const attempts = inputs.int('attempts', 3, { min: 1, max: 20 }) ?? 3
    const retryBudgetMs = inputs.duration('retry-budget', '2m')
    const canaryEndpoint = inputs.optional('canary-endpoint')

    const config = await loadConfig(workspaceConfigPath(workspace, configInput), { environment: environmentName })
    const environment = selectEnvironment(config, environmentName)
    const runtime = selectRuntime(environment, inputs.optional('runtime'))
    const payload = await resolvePayload(inputs.optional('payload'), runtime.smokeTest?.payload, workspace)

    const aws = ctx.aws(environment.region)
    await assertAccount(aws, environment.account, environment.name)
    const result = await runPipeline(
      {
        environment,
        runtime,
        configPath: configInput,
        workspace,
        tempDir: process.env.RUNNER_TEMP || tmpdir(),
        image: {
          ...(inputs.optional('source-image') ? { sourceImage: inputs.required('source-image') } : {}),
          tag,
          buildArgs: inputs.keyValues('build-args'),
          buildSecrets,
          builder,
          cache: inputs.bool('cache', true),
        },
        secretValues,
        ...(canaryEndpoint ? { canaryEndpoint } : {}),
        waitTimeoutMs,
        ...(inputs.optional('permissions-boundary')
          ? { permissionsBoundary: inputs.required('permissions-boundary') }
          : {}),
        smoke: {
          ...(payload !== undefined ? { payload } : {}),
          expect: {},
          attempts,
          retryBudgetMs,
          sessionId: `agentcore-pipeline-${randomUUID()}`,
          ...(bearerToken ? { bearerToken } : {}),
        },
        origin: { commit: run.sha, runUrl: run.runUrl },
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
      'image-uri': result.image?.imageUri,
      digest: result.image?.digest,
      built: result.image?.built,
      'role-arn': result.role?.roleArn,
      'runtime-id': result.deploy?.runtimeId,
      'runtime-arn': result.deploy?.runtimeArn,
      version: result.deploy?.version,
      'previous-version': result.deploy ? (result.deploy.previousVersion ?? '') : undefined,
      changed: result.deploy?.changed,
      endpoints: result.promotions.map((p) => ({
        endpoint: p.endpoint,
        fromVersion: p.fromVersion ?? null,
        toVersion: p.toVersion,
        changed: p.changed,
      })),
      'smoke-test-passed': result.smoke?.passed ?? false,
      'latency-ms': result.smoke ? Math.round(result.smoke.latencyMs) : undefined,
      'rolled-back': result.rollbacks.some((r) => r.ok),
    })
    await ctx.summary(renderPipelineSummary(result, { environment, runtimeName: runtime.agentRuntimeName }))
    if (result.failure)
      throw new OperationError(
        'run the pipeline for',
        `${runtime.agentRuntimeName} in ${environment.name}`,
        result.failure,
      )
  })
}
