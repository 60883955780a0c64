/**
 * ensure-role end to end: the bundled action against the emulator's CloudFormation and IAM (executing a change
 * set really creates the role in IAM). Checks what a user sees: outputs, the change set in the log and summary,
 * the role and its documents in IAM, and the exact errors.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CloudFormationClient, GetTemplateCommand, ListChangeSetsCommand } from '@aws-sdk/client-cloudformation'
import {
  CreateRoleCommand,
  DeleteRoleCommand,
  DeleteRolePolicyCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
} from '@aws-sdk/client-iam'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { runBundle } from '../helpers/run-bundle.js'

const ACCOUNT = '111111111111'
const KEY = `AKIA${ACCOUNT}`
const STACK = 'agentcore-dev-support-bot-role'
const ROLE = 'AgentCore-dev-support_bot'

const config = (role: string, runtime = 'support_bot') => `version: 1
runtimes:
  ${runtime}:
    image: { repository: support-bot }
    role: ${role}
environments:
  dev: { account: '${ACCOUNT}', region: us-west-2, runtimes: { ${runtime}: {} } }
`

describe('ensure-role (bundle against the emulator)', () => {
  let emulator: Emulator
  let workspace: string
  let env: Record<string, string>
  const clientConfig = () => ({
    region: 'us-west-2',
    endpoint: emulator.awsEndpointUrl,
    credentials: { accessKeyId: KEY, secretAccessKey: 'x' },
  })

  beforeAll(async () => {
    emulator = await startEmulator({ transitionDelayMs: 50 })
    workspace = mkdtempSync(join(tmpdir(), 'ensure-role-e2e-'))
    env = { AWS_ENDPOINT_URL: emulator.awsEndpointUrl, AWS_ACCESS_KEY_ID: KEY, AWS_REGION: 'us-west-2' }
  })
  afterAll(async () => {
    await emulator?.stop()
    rmSync(workspace, { recursive: true, force: true })
  })

  const run = (yaml: string, inputs: Record<string, string> = {}) => {
    writeFileSync(join(workspace, 'agentcore.yaml'), yaml)
    return runBundle('ensure-role', { inputs: { environment: 'dev', ...inputs }, env, cwd: workspace })
  }
  /** Change sets left on the stack that were never executed (executed ones may stay listed, as in AWS). */
  const pendingChangeSets = async () => {
    const cfn = new CloudFormationClient(clientConfig())
    const listed = await cfn.send(new ListChangeSetsCommand({ StackName: STACK }))
    return (listed.Summaries ?? []).filter((c) => c.ExecutionStatus !== 'EXECUTE_COMPLETE').map((c) => c.ChangeSetName)
  }
  const deployedPolicy = async () => {
    const iam = new IAMClient(clientConfig())
    const got = await iam.send(new GetRolePolicyCommand({ RoleName: ROLE, PolicyName: 'agentcore-runtime' }))
    return JSON.parse(decodeURIComponent(got.PolicyDocument ?? '')) as {
      Statement: { Action: string | string[]; Resource: string | string[]; Condition?: unknown }[]
    }
  }

  it('creates the stack and the role on the first run', async () => {
    const result = await run(config('{ models: [anthropic.claude-sonnet-4-5-20250929-v1:0] }'))
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toEqual({
      'role-arn': `arn:aws:iam::${ACCOUNT}:role/${ROLE}`,
      'role-name': ROLE,
      'stack-name': STACK,
      changed: 'true',
    })
    expect(result.stdout).toContain('Add ExecutionRole (AWS::IAM::Role)')
    expect(result.stdout).toMatch(/ExecutionRole \(AWS::IAM::Role\) CREATE_COMPLETE/)
    expect(result.summary).toContain('| Add | `ExecutionRole` | `AWS::IAM::Role`')
    const role = (await new IAMClient(clientConfig()).send(new GetRoleCommand({ RoleName: ROLE }))).Role
    const trust = JSON.parse(decodeURIComponent(role?.AssumeRolePolicyDocument ?? ''))
    expect(trust.Statement).toEqual([
      {
        Sid: 'AgentCoreAssumeRole',
        Effect: 'Allow',
        Principal: { Service: 'bedrock-agentcore.amazonaws.com' },
        Action: 'sts:AssumeRole',
        Condition: {
          StringEquals: { 'aws:SourceAccount': ACCOUNT },
          ArnLike: { 'aws:SourceArn': `arn:aws:bedrock-agentcore:us-west-2:${ACCOUNT}:*` },
        },
      },
    ])
  }, 60_000)

  it('grants no "*" resource except where AWS requires one', async () => {
    const policy = await deployedPolicy()
    const star = policy.Statement.filter((s) => ([] as string[]).concat(s.Resource).includes('*'))
    expect(star.flatMap((s) => ([] as string[]).concat(s.Action)).sort()).toEqual([
      'cloudwatch:PutMetricData',
      'ecr:GetAuthorizationToken',
      'xray:GetSamplingRules',
      'xray:GetSamplingTargets',
      'xray:PutTelemetryRecords',
      'xray:PutTraceSegments',
    ])
    const metrics = policy.Statement.find((s) => s.Action === 'cloudwatch:PutMetricData')
    expect(metrics?.Condition).toEqual({ StringEquals: { 'cloudwatch:namespace': 'bedrock-agentcore' } })
    const models = policy.Statement.find((s) => ([] as string[]).concat(s.Action).includes('bedrock:InvokeModel'))
    expect(models?.Resource).toEqual([
      'arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0',
    ])
    const pull = policy.Statement.find((s) => ([] as string[]).concat(s.Action).includes('ecr:BatchGetImage'))
    expect(pull?.Resource).toBe(`arn:aws:ecr:us-west-2:${ACCOUNT}:repository/support-bot`)
  })

  it('reports no change on the second run and leaves no change set behind', async () => {
    emulator.clearRequests()
    const result = await run(config('{ models: [anthropic.claude-sonnet-4-5-20250929-v1:0] }'))
    expect(result.exitCode).toBe(0)
    expect(result.outputs.changed).toBe('false')
    expect(result.outputs['role-arn']).toBe(`arn:aws:iam::${ACCOUNT}:role/${ROLE}`)
    expect(result.stdout).toContain('is up to date')
    expect(result.summary).toContain('is up to date')
    // Read-only apart from the empty change set it creates and deletes; the role is re-read through IAM.
    const calls = emulator.requests().map((r) => `${r.service}:${r.operation}`)
    expect(calls.filter((c) => c !== 'cloudformation:DescribeChangeSet')).toEqual([
      'sts:GetCallerIdentity',
      'cloudformation:DescribeStacks',
      'cloudformation:GetTemplate',
      'cloudformation:CreateChangeSet',
      'cloudformation:DeleteChangeSet',
      'iam:GetRole',
    ])
    expect(await pendingChangeSets()).toEqual([])
  }, 60_000)

  it('shows exactly a changed model list in a dry run, changing nothing', async () => {
    const result = await run(config('{ models: [amazon.nova-pro-v1:0] }'), { 'dry-run': 'true' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.changed).toBe('true')
    expect(result.stdout).toContain('Modify ExecutionRole (AWS::IAM::Role) replacement: False [Policies]')
    const diff = result.stdout.split('\n').filter((l) => /^ {2}[+-] /.test(l))
    expect(diff).toEqual([
      '  + Allow bedrock:InvokeModel on arn:aws:bedrock:us-west-2::foundation-model/amazon.nova-pro-v1:0',
      '  + Allow bedrock:InvokeModelWithResponseStream on arn:aws:bedrock:us-west-2::foundation-model/amazon.nova-pro-v1:0',
      '  - Allow bedrock:InvokeModel on arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0',
      '  - Allow bedrock:InvokeModelWithResponseStream on arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0',
    ])
    expect(result.summary).toContain('#### Change set, not executed')
    expect(result.summary).toContain(
      '+ Allow bedrock:InvokeModel on arn:aws:bedrock:us-west-2::foundation-model/amazon.nova-pro-v1:0',
    )
    // Nothing changed: the live role still has the old model, and the change set is gone.
    expect(JSON.stringify(await deployedPolicy())).toContain('anthropic.claude-sonnet-4-5-20250929-v1:0')
    expect(await pendingChangeSets()).toEqual([])
  }, 60_000)

  it('applies the changed model list', async () => {
    const result = await run(config('{ models: [amazon.nova-pro-v1:0] }'))
    expect(result.exitCode).toBe(0)
    expect(result.outputs.changed).toBe('true')
    const text = JSON.stringify(await deployedPolicy())
    expect(text).toContain('foundation-model/amazon.nova-pro-v1:0')
    expect(text).not.toContain('anthropic')
    const template = await new CloudFormationClient(clientConfig()).send(new GetTemplateCommand({ StackName: STACK }))
    expect(template.TemplateBody).toContain('amazon.nova-pro-v1:0')
  }, 60_000)

  it('refuses a bring-your-own role whose trust policy does not let AgentCore assume it, with the fix', async () => {
    const iam = new IAMClient(clientConfig())
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'byo-ec2',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
        }),
      }),
    )
    const result = await run(config(`{ arn: 'arn:aws:iam::${ACCOUNT}:role/byo-ec2' }`))
    expect(result.exitCode).toBe(1)
    const error = result.errors.join('\n')
    expect(error).toContain("The trust policy of role 'byo-ec2' does not let bedrock-agentcore.amazonaws.com assume it")
    expect(error).toContain('aws iam update-assume-role-policy --role-name byo-ec2')
    expect(error).toContain('"Service": "bedrock-agentcore.amazonaws.com"')
  }, 60_000)

  it('accepts a bring-your-own role AgentCore can assume, and outputs its ARN', async () => {
    const iam = new IAMClient(clientConfig())
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'byo-agentcore',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { Service: ['bedrock-agentcore.amazonaws.com'] }, Action: 'sts:AssumeRole' },
          ],
        }),
      }),
    )
    const result = await run(config(`{ arn: 'arn:aws:iam::${ACCOUNT}:role/byo-agentcore' }`))
    expect(result.errors).toEqual([])
    expect(result.outputs).toEqual({
      'role-arn': `arn:aws:iam::${ACCOUNT}:role/byo-agentcore`,
      'role-name': 'byo-agentcore',
      'stack-name': '',
      changed: 'false',
    })
  }, 60_000)

  it('names the failing resource, then recovers a stack left in ROLLBACK_COMPLETE', async () => {
    const yaml = config('{ models: [amazon.nova-pro-v1:0] }', 'other_bot')
    emulator.addFault({
      service: 'cloudformation',
      operation: 'ExecuteChangeSet',
      failureReason: 'Encountered a permissions error performing a tag operation',
      pathIncludes: 'agentcore-dev-other-bot-role/ExecutionRole',
      count: 1,
    })
    const failed = await run(yaml)
    expect(failed.exitCode).toBe(1)
    expect(failed.errors.join('\n')).toBe(
      "Failed to deploy stack 'agentcore-dev-other-bot-role': ExecutionRole (AWS::IAM::Role) CREATE_FAILED: Encountered a permissions error performing a tag operation (stack status ROLLBACK_COMPLETE)",
    )
    const recovered = await run(yaml)
    expect(recovered.errors).toEqual([])
    expect(recovered.exitCode).toBe(0)
    expect(recovered.warnings.join('\n')).toContain('is in ROLLBACK_COMPLETE after an earlier failed create')
    expect(recovered.outputs['role-arn']).toBe(`arn:aws:iam::${ACCOUNT}:role/AgentCore-dev-other_bot`)
    expect(recovered.summary).toContain('deleted and recreated')
  }, 90_000)

  it('notices a managed role deleted outside CloudFormation, and says how to recover', async () => {
    const iam = new IAMClient(clientConfig())
    await iam.send(new DeleteRolePolicyCommand({ RoleName: ROLE, PolicyName: 'agentcore-runtime' }))
    await iam.send(new DeleteRoleCommand({ RoleName: ROLE }))
    const result = await run(config('{ models: [amazon.nova-pro-v1:0] }'))
    expect(result.exitCode).toBe(1)
    expect(result.errors.join('\n')).toContain(
      `Failed to verify the execution role 'arn:aws:iam::${ACCOUNT}:role/${ROLE}': stack ${STACK} is UPDATE_COMPLETE, but the role does not serve AgentCore`,
    )
    expect(result.errors.join('\n')).toContain(`delete stack ${STACK} and rerun to recreate it`)
  }, 60_000)

  it('adds the config statements, managed policies and the permissions boundary input', async () => {
    const role = `{ models: [], managedPolicies: ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'], statements: [{ Effect: Allow, Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs-bucket/*' }] }`
    const result = await run(config(role, 'bounded_bot'), {
      'permissions-boundary': 'AgentCoreBoundary',
      'stack-name': 'team-bounded-bot-role',
    })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs['stack-name']).toBe('team-bounded-bot-role')
    const iam = new IAMClient(clientConfig())
    const got = (await iam.send(new GetRoleCommand({ RoleName: 'AgentCore-dev-bounded_bot' }))).Role
    expect(got?.PermissionsBoundary?.PermissionsBoundaryArn).toBe(`arn:aws:iam::${ACCOUNT}:policy/AgentCoreBoundary`)
    const attached = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'AgentCore-dev-bounded_bot' }))
    expect(attached.AttachedPolicies?.map((p) => p.PolicyArn)).toEqual([
      'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
    ])
    const inline = await iam.send(
      new GetRolePolicyCommand({ RoleName: 'AgentCore-dev-bounded_bot', PolicyName: 'agentcore-runtime' }),
    )
    const statements = JSON.parse(decodeURIComponent(inline.PolicyDocument ?? '')).Statement as { Sid: string }[]
    expect(statements.at(-1)).toEqual({
      Sid: 'Config1',
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::docs-bucket/*',
    })
    expect(statements.some((s) => s.Sid === 'InvokeConfiguredModels')).toBe(false)
  }, 60_000)

  it('refuses credentials of another account before changing anything', async () => {
    const result = await runBundle('ensure-role', {
      inputs: { environment: 'dev' },
      env: { ...env, AWS_ACCESS_KEY_ID: 'AKIA999999999999' },
      cwd: workspace,
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors.join('\n')).toContain(
      "Refusing to touch environment 'dev': it belongs to account 111111111111, but the AWS credentials are for account 999999999999",
    )
  }, 60_000)
})
