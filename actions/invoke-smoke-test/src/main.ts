// invoke-smoke-test: wiring only. Reads inputs, loads the config, guards the account, resolves the runtime and
// endpoint, runs the smoke test (shared/invoke) and reports outputs and the job summary.
import { randomUUID } from 'node:crypto'
import { runAction } from '../../../shared/action/run-action.js'
import { assertAccount } from '../../../shared/aws/account.js'
import { loadConfig, selectEnvironment, selectRuntime, workspaceConfigPath } from '../../../shared/config/index.js'
import { InputError, OperationError } from '../../../shared/errors/index.js'
import { compileRegex } from '../../../shared/invoke/assertions.js'
import { smokeExpectations } from '../../../shared/invoke/expectations.js'
import { resolvePayload } from '../../../shared/invoke/payload.js'
import { describeFailures, renderSmokeSummary } from '../../../shared/render/smoke.js'

export async function run(): Promise<void> {
  await runAction('invoke-smoke-test', async (ctx) => {
    const { inputs, log } = ctx
    const bearerToken = inputs.optional('bearer-token')
    ctx.secret(bearerToken)
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
    const configPath = workspaceConfigPath(workspace, inputs.string('config', 'agentcore.yaml'))
    const sessionId = inputs.optional('session-id') ?? `smoke-test-${randomUUID()}`
    if (sessionId.length < 33 || sessionId.length > 256)
      throw new InputError(
        'session-id',
        `must be 33 to 256 characters long (AgentCore's rule); got ${sessionId.length}`,
      )
    const regex = inputs.optional('expect-regex')
    if (regex !== undefined) {
      try {
        compileRegex(regex)
      } catch (error) {
        throw new InputError('expect-regex', `is not a valid regular expression (${(error as Error).message})`)
      }
    }
    const attempts = inputs.int('attempts', 3, { min: 1, max: 20 }) ?? 3
    const retryBudgetMs = inputs.duration('retry-budget', '2m')
    const maxLatencyInput = inputs.optional('max-latency')
    const expectJson = inputs.json('expect-json')
    const expectTools = inputs.list('expect-tools')

    const environmentName = inputs.required('environment')
    const config = await loadConfig(configPath, { environment: environmentName })
    const environment = selectEnvironment(config, environmentName)
    const runtime = selectRuntime(environment, inputs.optional('runtime'))
    const smoke = runtime.smokeTest
    const endpoint = inputs.optional('endpoint') ?? Object.keys(runtime.endpoints)[0] ?? 'DEFAULT'
    if (endpoint === 'DEFAULT')
      log.warning(
        `Smoke-testing the DEFAULT endpoint of '${runtime.agentRuntimeName}': it always follows the newest version, so this does not test what a named endpoint serves. Name an endpoint in the config's 'endpoints' or the 'endpoint' input.`,
      )
    const payload =
      (await resolvePayload(inputs.optional('payload'), smoke?.payload, workspace)) ??
      (runtime.protocol === 'MCP' ? '' : undefined)
    if (payload === undefined)
      throw new InputError(
        'payload',
        `is required: runtime '${runtime.key}' has no smokeTest.payload in the config; give JSON, text or @path`,
      )
    const expect = smokeExpectations(runtime, {
      status: inputs.int('expect-status', undefined, { min: 100, max: 599 }),
      contains: inputs.optional('expect-contains'),
      regex,
      json: expectJson,
      maxLatencyMs: maxLatencyInput !== undefined ? inputs.duration('max-latency', '0') : undefined,
      tools: expectTools.length ? expectTools : undefined,
    })

    const aws = ctx.aws(environment.region)
    await assertAccount(aws, environment.account, environment.name)
    // Loaded only now: the AgentCore control and data plane SDK clients cost tens of ms of CPU to load, which would
    // otherwise delay the first AWS call (the account guard) and every run that stops at a bad input (bench/README.md).
    const [{ resolveInvocationTarget }, { runSmokeTest }] = await Promise.all([
      import('../../../shared/invoke/target.js'),
      import('../../../shared/invoke/smoke-test.js'),
    ])
    const target = await resolveInvocationTarget(
      { runtimeName: runtime.agentRuntimeName, endpoint, environment: environment.name },
      await aws.control(),
    )
    if (target.endpointStatus !== 'READY')
      log.warning(
        `Endpoint '${endpoint}' is ${target.endpointStatus}${target.targetVersion && target.targetVersion !== target.liveVersion ? ` (moving to version ${target.targetVersion})` : ''}: the answer may come from either version.`,
      )
    if (runtime.authorizer && !bearerToken)
      log.warning(
        `Runtime '${runtime.agentRuntimeName}' has a JWT authorizer in the config: AgentCore refuses SigV4 calls to it. Pass a token in 'bearer-token'.`,
      )
    log.info(
      `Invoking ${runtime.agentRuntimeName} through endpoint '${endpoint}' (version ${target.liveVersion ?? 'unknown'}, ${target.endpointStatus})${bearerToken ? ' with a bearer token' : ''}`,
    )
    const result = await runSmokeTest(
      {
        runtimeArn: target.runtimeArn,
        endpoint,
        protocol: runtime.protocol,
        payload,
        sessionId,
        ...(bearerToken ? { bearerToken } : {}),
        expect,
        attempts,
        retryBudgetMs,
      },
      { data: () => aws.data(), clock: ctx.clock, log },
    )
    ctx.outputs({
      response: result.answer.raw,
      'status-code': result.statusCode,
      'latency-ms': Math.round(result.latencyMs),
      passed: result.passed,
      attempts: result.attempts,
      version: target.liveVersion,
    })
    await ctx.summary(
      renderSmokeSummary(
        {
          environment: environment.name,
          runtimeName: runtime.agentRuntimeName,
          endpoint,
          ...(target.liveVersion ? { liveVersion: target.liveVersion } : {}),
          sessionId,
          auth: bearerToken ? 'bearer token' : 'SigV4',
        },
        result,
      ),
    )
    if (!result.passed) {
      const failures = describeFailures(result)
      throw new OperationError(
        'smoke-test',
        `${runtime.agentRuntimeName}/${endpoint}`,
        `${failures.length} assertion(s) failed after ${result.attempts} attempt(s):\n${failures.map((f) => `  ${f}`).join('\n')}`,
      )
    }
    log.info(`Smoke test passed: ${result.assertions.length} assertion(s) in ${Math.round(result.latencyMs)} ms`)
  })
}
