/**
 * drift-check over environments in different accounts with one set of job credentials: the environment that names a
 * `roleToAssume` is read with that role's credentials (STS AssumeRole), as users do with one OIDC role per pipeline
 * and a read-only role per account. A role that does not trust the job's account leaves that environment unreadable,
 * reported as such, while the others are still checked.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CreateRoleCommand, IAMClient, UpdateAssumeRolePolicyCommand } from '@aws-sdk/client-iam'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import type { EcrService } from '../../emulator/services/ecr.js'
import { createAwsClients } from '../../shared/aws/clients.js'
import type { DriftReport } from '../../shared/diff/drift-report.js'
import { runBundle } from '../helpers/run-bundle.js'
import { ACCOUNT, REGION, deploy, seedImage, useEmulator, workspace } from './drift-check-setup.js'

const PROD = '555555555555'
const READER = `arn:aws:iam::${PROD}:role/drift-reader`
const CONFIG = `
version: 1
runtimes:
  support_bot:
    image: { repository: support-bot }
    role: { arn: 'arn:aws:iam::${ACCOUNT}:role/support-agent' }
    endpoints: { live: latest }
environments:
  dev: { account: '${ACCOUNT}', region: ${REGION}, runtimes: { support_bot: {} } }
  prod:
    account: '${PROD}'
    region: ${REGION}
    roleToAssume: ${READER}
    runtimes: { support_bot: { role: { arn: 'arn:aws:iam::${PROD}:role/support-agent' } } }
`
const trust = (account: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'sts:AssumeRole' }],
  })

let emulator: Emulator
let env: Record<string, string>
let ws: ReturnType<typeof workspace>
const prodIam = () =>
  new IAMClient({
    region: REGION,
    endpoint: emulator.awsEndpointUrl,
    credentials: { accessKeyId: `AKIA${PROD}`, secretAccessKey: 'x' },
  })
const driftCheck = () => runBundle('drift-check', { inputs: { comment: 'false' }, env, cwd: ws.dir, eventName: 'push' })

beforeAll(async () => {
  emulator = await startEmulator({ transitionDelayMs: 20 })
  env = useEmulator(emulator)
  ws = workspace(CONFIG)
  await deploy(CONFIG, { environment: 'dev', runtime: 'support_bot', image: seedImage(emulator, 'support-bot') })
  const digest = emulator.service<EcrService>('ecr').seedImage(PROD, REGION, 'support-bot', { tag: 'v1' })
  await deploy(CONFIG, {
    environment: 'prod',
    runtime: 'support_bot',
    image: `${PROD}.dkr.ecr.${REGION}.amazonaws.com/support-bot@${digest}`,
    aws: createAwsClients({
      region: REGION,
      action: 'e2e-setup',
      credentials: { accessKeyId: `AKIA${PROD}`, secretAccessKey: 'x' },
    }),
  })
  await prodIam().send(new CreateRoleCommand({ RoleName: 'drift-reader', AssumeRolePolicyDocument: trust(ACCOUNT) }))
}, 60_000)

afterAll(async () => {
  await emulator.stop()
  ws.remove()
})

describe('drift-check across accounts', () => {
  it('reads prod through its roleToAssume and finds both environments in sync', async () => {
    emulator.clearRequests()
    const run = await driftCheck()
    expect(run.errors).toEqual([])
    const report = JSON.parse(run.outputs.report) as DriftReport
    expect(report.environments.map((e) => [e.name, e.status])).toEqual([
      ['dev', 'in-sync'],
      ['prod', 'in-sync'],
    ])
    expect(run.outputs['has-drift']).toBe('false')
    // prod's runtime calls were made in prod's account, with the assumed role's credentials.
    expect(emulator.requests({ service: 'sts', operation: 'AssumeRole' })).toHaveLength(1)
    expect(emulator.requests({ service: 'bedrock-agentcore-control', account: PROD }).length).toBeGreaterThan(0)
  })

  it('reports prod as unreadable when its role no longer trusts the job, and still checks dev', async () => {
    await prodIam().send(
      new UpdateAssumeRolePolicyCommand({ RoleName: 'drift-reader', PolicyDocument: trust('999999999999') }),
    )
    const run = await driftCheck()
    const report = JSON.parse(run.outputs.report) as DriftReport
    expect(report.environments.map((e) => [e.name, e.status])).toEqual([
      ['dev', 'in-sync'],
      ['prod', 'error'],
    ])
    expect(report.environments[1].error).toContain(`sts:AssumeRole on resource: ${READER}`)
    expect(run.warnings.join('\n')).toContain('prod')
  })
})
