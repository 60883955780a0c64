/**
 * drift-check end to end: the bundled action against the emulator, after runtimes were deployed as deploy-runtime
 * deploys them, then changed behind the config's back. Asserts on what a user sees: exit code, outputs (the JSON
 * report), the job summary and the PR comment in the emulated GitHub API.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  CreateAgentRuntimeCommand,
  DeleteAgentRuntimeCommand,
  DeleteAgentRuntimeEndpointCommand,
  GetAgentRuntimeCommand,
  UpdateAgentRuntimeCommand,
  UpdateAgentRuntimeEndpointCommand,
} from '@aws-sdk/client-bedrock-agentcore-control'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { createAwsClients } from '../../shared/aws/clients.js'
import { managedRuntimeTags } from '../../shared/agentcore/runtime-tags.js'
import type { DriftReport } from '../../shared/diff/drift-report.js'
import { runBundle } from '../helpers/run-bundle.js'
import { ACCOUNT, REGION, deploy, seedImage, useEmulator, workspace } from './drift-check-setup.js'

const SECRET = 'sk-live-7f3a9c1e5b2d4f60'
const CONFIG = `
version: 1
runtimes:
  support_bot:
    description: Customer support agent
    image: { repository: support-bot }
    environment: { LOG_LEVEL: info }
    secrets: [VENDOR_API_KEY]
    role: { arn: 'arn:aws:iam::${ACCOUNT}:role/support-agent' }
    endpoints: { live: latest }
  billing_bot:
    image: { repository: billing-bot }
    role: { arn: 'arn:aws:iam::${ACCOUNT}:role/billing-agent' }
    endpoints: { live: latest }
environments:
  dev:
    account: '${ACCOUNT}'
    region: ${REGION}
    runtimes: { support_bot: {}, billing_bot: {} }
  prod:
    account: '222222222222'
    region: ${REGION}
    runtimes: { support_bot: {} }
`

let emulator: Emulator
let env: Record<string, string>
let ws: ReturnType<typeof workspace>
const control = () => createAwsClients({ region: REGION, action: 'e2e' }).control()

const PR_EVENT = { pull_request: { number: 7 } }
const run = (inputs: Record<string, string>, extra: Record<string, string | undefined> = {}) =>
  runBundle('drift-check', {
    inputs: { 'github-token': 'ghs_writeToken123', ...inputs },
    env: { ...env, ...extra },
    cwd: ws.dir,
    eventName: 'pull_request',
    event: PR_EVENT,
  })

async function prComments(): Promise<{ id: number; body: string }[]> {
  const res = await fetch(`${emulator.githubApiUrl}/repos/octo-org/agents/issues/7/comments?per_page=100`, {
    headers: { authorization: 'token ghs_writeToken123' },
  })
  return (await res.json()) as { id: number; body: string }[]
}

beforeAll(async () => {
  emulator = await startEmulator({ transitionDelayMs: 20 })
  env = useEmulator(emulator)
  ws = workspace(CONFIG)
  await deploy(CONFIG, {
    environment: 'dev',
    runtime: 'support_bot',
    image: seedImage(emulator, 'support-bot'),
    secrets: { VENDOR_API_KEY: SECRET },
  })
  await deploy(CONFIG, { environment: 'dev', runtime: 'billing_bot', image: seedImage(emulator, 'billing-bot') })
}, 60_000)

afterAll(async () => {
  await emulator?.stop()
  ws?.remove()
})

describe('drift-check', () => {
  it('finds no drift right after a deploy, with reads only', async () => {
    emulator.clearRequests()
    const result = await run({ environments: 'dev', comment: 'false' })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs['has-drift']).toBe('false')
    expect(result.outputs['drift-count']).toBe('0')
    const report = JSON.parse(result.outputs.report) as DriftReport
    expect(report.environments[0].runtimes.map((r) => [r.name, r.status])).toEqual([
      ['support_bot', 'in-sync'],
      ['billing_bot', 'in-sync'],
    ])
    expect(result.summary).toContain('### ✅ drift-check: no drift in 1 environment\\(s\\)')
    // Read-only: every AWS call was a read; per runtime one Get and one List of endpoints.
    const operations = emulator
      .requests()
      .filter((r) => r.service !== 'github')
      .map((r) => r.operation)
    expect(operations.filter((op) => !/^(Get|List)/.test(op))).toEqual([])
    expect(operations.sort()).toEqual([
      'GetAgentRuntime',
      'GetAgentRuntime',
      'GetCallerIdentity',
      'ListAgentRuntimeEndpoints',
      'ListAgentRuntimeEndpoints',
      'ListAgentRuntimes',
    ])
  })

  it('reports changes made behind the config, in the JSON and in one sticky comment', async () => {
    const agentcore = await control()
    // 1. an environment variable edited (a new version; live stays on the old one: the endpoint is behind latest)
    const list = await agentcore.send(new GetAgentRuntimeCommand({ agentRuntimeId: await idOf('support_bot') }))
    await agentcore.send(
      new UpdateAgentRuntimeCommand({
        agentRuntimeId: list.agentRuntimeId,
        agentRuntimeArtifact: list.agentRuntimeArtifact,
        roleArn: list.roleArn,
        networkConfiguration: list.networkConfiguration,
        environmentVariables: { ...list.environmentVariables, LOG_LEVEL: 'debug' },
        description: list.description,
      }),
    )
    // 2. an endpoint added by hand, 3. a runtime deleted, 4. an unmanaged runtime left behind by an old config
    await waitSettled(list.agentRuntimeId as string)
    await agentcore.send(
      new UpdateAgentRuntimeEndpointCommand({
        agentRuntimeId: list.agentRuntimeId,
        endpointName: 'live',
        agentRuntimeVersion: '1',
      }),
    )
    const billing = await idOf('billing_bot')
    await agentcore.send(new DeleteAgentRuntimeEndpointCommand({ agentRuntimeId: billing, endpointName: 'live' }))
    await new Promise((r) => setTimeout(r, 100))
    await agentcore.send(new DeleteAgentRuntimeCommand({ agentRuntimeId: billing }))
    await agentcore.send(
      new CreateAgentRuntimeCommand({
        agentRuntimeName: 'old_bot',
        agentRuntimeArtifact: { containerConfiguration: { containerUri: seedImage(emulator, 'old-bot') } },
        roleArn: `arn:aws:iam::${ACCOUNT}:role/old`,
        networkConfiguration: { networkMode: 'PUBLIC' },
        tags: managedRuntimeTags({ configPath: 'agentcore.yaml', environment: 'dev' }),
      }),
    )
    await new Promise((r) => setTimeout(r, 150))

    const first = await run({ environments: 'dev' })
    expect(first.exitCode).toBe(0)
    expect(first.outputs['has-drift']).toBe('true')
    const report = JSON.parse(first.outputs.report) as DriftReport
    const messages = report.environments[0].runtimes.flatMap((r) => r.items.map((i) => i.message))
    expect(messages).toEqual([
      'environment.LOG_LEVEL: config info, live debug',
      "endpoint 'live' serves version 1, the config says latest (version 2)",
      "runtime 'billing_bot' is in the config but does not exist in dev",
    ])
    expect(report.environments[0].unmanaged.map((i) => i.message)).toEqual([
      "runtime 'old_bot' is tagged as deployed from agentcore.yaml to dev but is no longer in the config",
    ])
    expect(first.outputs['drift-count']).toBe('4')
    expect(first.warnings.some((w) => w.startsWith('Drift: 1 of 1 environment(s) drift'))).toBe(true)

    const comments = await prComments()
    expect(comments).toHaveLength(1)
    const body = comments[0].body
    expect(body).toContain('<!-- agentcore-actions:drift config=agentcore.yaml environments=dev -->')
    expect(body).toContain('serves version 1, the config says latest')
    expect(body).toContain("runtime 'old\\_bot' is tagged")
    expect(body).toContain('<details>')

    // Twice on the same PR: the same comment is edited.
    const second = await run({ environments: 'dev' })
    expect(second.exitCode).toBe(0)
    const after = await prComments()
    expect(after).toHaveLength(1)
    expect(after[0].id).toBe(comments[0].id)
    expect(second.outputs['comment-id']).toBe(String(comments[0].id))

    // Another set of environments (a matrix job) keeps its own comment.
    await run({ environments: 'prod' })
    expect(await prComments()).toHaveLength(2)

    // fail-on-drift fails the step with the headline.
    const failing = await run({ environments: 'dev', 'fail-on-drift': 'true', comment: 'false' })
    expect(failing.exitCode).toBe(1)
    expect(failing.errors).toEqual([
      "Failed to confirm no drift for 'agentcore.yaml': 1 of 1 environment(s) drift: 4 difference(s) in 3 runtime(s)",
    ])

    // The secret's value never appears anywhere.
    for (const text of [
      first.stdout,
      first.stderr,
      first.summary,
      JSON.stringify(first.outputs),
      ...after.map((c) => c.body),
    ])
      expect(text).not.toContain(SECRET)
  })

  it('reports an environment it cannot read and checks the others', async () => {
    const result = await run({ environments: 'dev,prod', comment: 'false' })
    expect(result.exitCode).toBe(0)
    const report = JSON.parse(result.outputs.report) as DriftReport
    expect(report.environments.map((e) => [e.name, e.status])).toEqual([
      ['dev', 'drifted'],
      ['prod', 'error'],
    ])
    expect(report.environments[1].error).toContain('the credentials are for account 111111111111, not 222222222222')
    expect(result.outputs['unreadable-environments']).toBe('1')
    expect(result.summary).toContain('not readable')
  })

  it('degrades to a warning when GitHub refuses the comment (403)', async () => {
    await fetch(`${emulator.awsEndpointUrl}/_emulator/github/tokens`, {
      method: 'POST',
      body: JSON.stringify({ token: 'ghs_readOnly456', permission: 'read' }),
    })
    await fetch(`${emulator.awsEndpointUrl}/_emulator/github/tokens`, {
      method: 'POST',
      body: JSON.stringify({ token: 'ghs_writeToken123', permission: 'write' }),
    })
    const result = await run({ environments: 'dev', 'github-token': 'ghs_readOnly456' })
    expect(result.exitCode).toBe(0)
    expect(result.warnings.some((w) => w.includes('GitHub refused the comment on octo-org/agents#7 (HTTP 403'))).toBe(
      true,
    )
    expect(result.summary).toContain('4 difference\\(s\\) in 3 runtime\\(s\\)')
    expect(result.outputs['has-drift']).toBe('true')
  })

  it('backs off on throttling and still reports the same drift', async () => {
    emulator.clearRequests()
    emulator.addFault({
      service: 'bedrock-agentcore-control',
      operation: 'GetAgentRuntime',
      count: 2,
      error: { type: 'ThrottlingException', status: 429, message: 'Rate exceeded' },
    })
    // The SDK's own retry (adaptive, 5 attempts) is what absorbs throttling: the test's 1-attempt limit is lifted.
    const result = await run({ environments: 'dev', comment: 'false' }, { AWS_MAX_ATTEMPTS: undefined })
    expect(result.errors).toEqual([])
    expect(result.outputs['drift-count']).toBe('4')
    expect(emulator.requests({ operation: 'GetAgentRuntime' }).filter((r) => r.fault)).toHaveLength(2)
  })

  it('refuses an unknown environment before any AWS call', async () => {
    emulator.clearRequests()
    const result = await run({ environments: 'dev, qa' })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual(["Input 'environments': 'qa' is not in agentcore.yaml; known: dev, prod"])
    expect(emulator.requests().filter((r) => r.service !== 'github')).toEqual([])
  })
})

async function idOf(name: string): Promise<string> {
  const { findRuntimeByName } = await import('../../shared/agentcore/runtime-lookup.js')
  const found = await findRuntimeByName(await control(), name)
  if (!found?.agentRuntimeId) throw new Error(`no runtime ${name}`)
  return found.agentRuntimeId
}

async function waitSettled(id: string): Promise<void> {
  const agentcore = await control()
  for (let i = 0; i < 300; i++) {
    const r = await agentcore.send(new GetAgentRuntimeCommand({ agentRuntimeId: id }))
    if (r.status === 'READY') return
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
