// ensure-role: wiring only. Reads inputs, loads the config, guards the account, then checks the bring-your-own
// role or brings the execution role stack to the config (shared/iam), and reports outputs and the job summary.
import { runAction } from '../../../shared/action/run-action.js'
import { assertAccount } from '../../../shared/aws/account.js'
import { loadConfig, selectEnvironment, selectRuntime, workspaceConfigPath } from '../../../shared/config/index.js'
import { InputError } from '../../../shared/errors/index.js'

const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/

export async function run(): Promise<void> {
  await runAction('ensure-role', async (ctx) => {
    const { inputs, log } = ctx
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
    const configInput = inputs.string('config', 'agentcore.yaml')
    const stackName = inputs.optional('stack-name')
    if (stackName !== undefined && !STACK_NAME.test(stackName))
      throw new InputError(
        'stack-name',
        `'${stackName}' is not a CloudFormation stack name (letters, digits and '-', starting with a letter, at most 128)`,
      )
    const permissionsBoundary = inputs.optional('permissions-boundary')
    const dryRun = inputs.bool('dry-run', false)
    const timeoutMs = inputs.duration('timeout', '15m')
    const environmentName = inputs.required('environment')

    const config = await loadConfig(workspaceConfigPath(workspace, configInput), { environment: environmentName })
    const environment = selectEnvironment(config, environmentName)
    const runtime = selectRuntime(environment, inputs.optional('runtime'))
    if (runtime.role.kind === 'existing' && (stackName || permissionsBoundary))
      log.warning(
        `Runtime '${runtime.key}' brings its own role (role.arn); 'stack-name' and 'permissions-boundary' are ignored.`,
      )

    const aws = ctx.aws(environment.region)
    await assertAccount(aws, environment.account, environment.name)
    // Loaded only now: the CloudFormation and IAM SDK clients cost tens of ms of CPU to load, which would otherwise
    // delay the first AWS call (the account guard) and every run that stops at a bad input (bench/README.md).
    const [{ ensureRole }, { renderRoleSummary }] = await Promise.all([
      import('../../../shared/iam/ensure-role.js'),
      import('../../../shared/iam/role-summary.js'),
    ])
    const result = await ensureRole(
      {
        environment,
        runtime,
        configPath: configInput,
        ...(stackName ? { stackName } : {}),
        ...(permissionsBoundary ? { permissionsBoundary } : {}),
        dryRun,
        timeoutMs,
      },
      { aws, log, clock: ctx.clock },
    )
    ctx.outputs({
      'role-arn': result.roleArn,
      'role-name': result.roleName,
      'stack-name': result.stackName,
      changed: result.changed,
    })
    await ctx.summary(renderRoleSummary(result, { environment: environment.name, runtime: runtime.agentRuntimeName }))
  })
}
