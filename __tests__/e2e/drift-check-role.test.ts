/**
 * drift-check and the execution role stack: ensure-role (its bundle) creates the role through CloudFormation, the
 * role's policy is then edited in IAM behind the stack's back, and drift-check reports the stack as drifted through
 * CloudFormation drift detection.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GetRolePolicyCommand, ListRolePoliciesCommand, PutRolePolicyCommand } from '@aws-sdk/client-iam'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { createAwsClients } from '../../shared/aws/clients.js'
import type { DriftReport } from '../../shared/diff/drift-report.js'
import { executionRoleName } from '../../shared/iam/names.js'
import { runBundle } from '../helpers/run-bundle.js'
import { ACCOUNT, REGION, deploy, seedImage, useEmulator, workspace } from './drift-check-setup.js'

const CONFIG = `
version: 1
runtimes:
  support_bot:
    image: { repository: support-bot }
    role: { models: [anthropic.claude-sonnet-4-5*] }
    endpoints: { live: latest }
environments:
  dev:
    account: '${ACCOUNT}'
    region: ${REGION}
    runtimes: { support_bot: {} }
`

let emulator: Emulator
let env: Record<string, string>
let ws: ReturnType<typeof workspace>

beforeAll(async () => {
  emulator = await startEmulator({ transitionDelayMs: 20 })
  env = useEmulator(emulator)
  ws = workspace(CONFIG)
  const role = await runBundle('ensure-role', {
    inputs: { environment: 'dev', runtime: 'support_bot' },
    env,
    cwd: ws.dir,
  })
  if (role.exitCode !== 0) throw new Error(`ensure-role failed: ${role.errors.join('\n')}\n${role.stdout}`)
  await deploy(CONFIG, { environment: 'dev', runtime: 'support_bot', image: seedImage(emulator, 'support-bot') })
}, 120_000)

afterAll(async () => {
  await emulator?.stop()
  ws?.remove()
})

describe('drift-check and the role stack', () => {
  it('is in sync after ensure-role and deploy, and reports a policy edited in IAM', async () => {
    const clean = await runBundle('drift-check', { inputs: { comment: 'false' }, env, cwd: ws.dir })
    expect(clean.errors).toEqual([])
    expect(clean.outputs['has-drift']).toBe('false')

    const iam = await createAwsClients({ region: REGION, action: 'e2e' }).iam()
    const roleName = executionRoleName('dev', 'support_bot')
    const [policyName] = (await iam.send(new ListRolePoliciesCommand({ RoleName: roleName }))).PolicyNames ?? []
    const current = await iam.send(new GetRolePolicyCommand({ RoleName: roleName, PolicyName: policyName }))
    const document = JSON.parse(decodeURIComponent(current.PolicyDocument ?? '{}')) as { Statement: unknown[] }
    document.Statement.push({ Effect: 'Allow', Action: 's3:*', Resource: '*' })
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: roleName,
        PolicyName: policyName,
        PolicyDocument: JSON.stringify(document),
      }),
    )

    const drifted = await runBundle('drift-check', { inputs: { comment: 'false' }, env, cwd: ws.dir })
    expect(drifted.errors).toEqual([])
    expect(drifted.outputs['has-drift']).toBe('true')
    const report = JSON.parse(drifted.outputs.report) as DriftReport
    const items = report.environments[0].runtimes[0].items
    expect(items.map((i) => [i.kind, i.field, i.actual])).toEqual([
      ['role-stack', expect.stringMatching(/^agentcore-dev-support-bot-role\//), 'MODIFIED'],
    ])
    expect(items[0].message).toMatch(/^role stack resource \w+ \(AWS::IAM::Role\) is MODIFIED/)
    expect(drifted.summary).toContain('role stack resource')
  })
})
