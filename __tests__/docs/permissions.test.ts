/**
 * docs/permissions.md against what the actions really call. Each bundle runs against one emulator (happy paths plus
 * cheap failure paths), the emulator's request log is mapped to IAM actions (`bedrock-agentcore:CreateAgentRuntime`,
 * ...), and every one of them must be allowed by the policy documented for that action. The other way round, every
 * documented IAM action must be seen in some run unless the doc lists it as not observable in the emulator, so the
 * policies stay least-privilege. drift-check's policy must be read-only.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  BedrockAgentCoreControlClient,
  CreateAgentRuntimeCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-bedrock-agentcore-control'
import { IAMClient, ListRolePoliciesCommand, PutRolePolicyCommand } from '@aws-sdk/client-iam'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import type { EcrService } from '../../emulator/services/ecr.js'
import { REPO_ROOT, runBundle, type BundleRun } from '../helpers/run-bundle.js'
import { requireContainerTools } from '../helpers/containers.js'

const gate = requireContainerTools(['buildah', 'docker-registry', 'skopeo'])

const ACCOUNT = '555555555555'
const REGION = 'us-east-1'
/** The root action runs in its own environment and region, so it creates everything itself (repository, stack, runtime). */
const ROOT_REGION = 'us-west-2'
const SECRET = 'sk-permissions-secret-value'
const GITHUB_TOKEN = 'ghs_permissionsWriteToken'
const ACTIONS = [
  'build-push',
  'ensure-role',
  'deploy-runtime',
  'promote-endpoint',
  'invoke-smoke-test',
  'drift-check',
  'root',
] as const
type ActionName = (typeof ACTIONS)[number]
/** Actions whose scenarios need buildah and a registry. */
const CONTAINER_ACTIONS: ActionName[] = ['build-push', 'root']

/** The config; `stagingLogLevel` changes the staging runtime, so that the root action has something to update. */
const config = (stagingLogLevel = 'info') => `version: 1
runtimes:
  support_bot:
    description: Customer support agent
    image: { repository: support-bot, context: agent, dockerfile: Dockerfile }
    protocol: HTTP
    environment: { LOG_LEVEL: info }
    secrets: [VENDOR_API_KEY]
    role: { models: [anthropic.claude-sonnet-4-5*] }
    endpoints: { live: latest }
    smokeTest: { payload: { prompt: ping }, expect: { contains: pong } }
environments:
  prod: { account: '${ACCOUNT}', region: ${REGION}, runtimes: { support_bot: {} } }
  qa: { account: '${ACCOUNT}', region: eu-west-1, runtimes: { support_bot: {} } }
  staging:
    account: '${ACCOUNT}'
    region: ${ROOT_REGION}
    runtimes: { support_bot: { environment: { LOG_LEVEL: ${stagingLogLevel} } } }
`

// ---------------------------------------------------------------------------------------------------------------
// Reading the doc
// ---------------------------------------------------------------------------------------------------------------

interface Statement {
  Sid?: string
  Effect: string
  Action?: string | string[]
  NotAction?: unknown
  Resource?: string | string[]
  NotResource?: unknown
  Condition?: unknown
}
interface PolicyDocument {
  Version: string
  Statement: Statement[]
}

const DOC = readFileSync(join(REPO_ROOT, 'docs', 'permissions.md'), 'utf8')

/** The text of a `## <title>` section (up to the next `## `). */
function section(doc: string, title: string, file = 'docs/permissions.md'): string {
  const start = doc.indexOf(`\n## ${title}\n`)
  if (start < 0) throw new Error(`${file} has no section '## ${title}'`)
  const rest = doc.slice(start + 1)
  const end = rest.indexOf('\n## ', 1)
  return end < 0 ? rest : rest.slice(0, end)
}

/** The fenced json block right under `### <heading>` (only blank lines or prose before it, no other heading). */
function policyUnder(doc: string, heading: string): PolicyDocument {
  const match = new RegExp(`\\n### ${heading}\\n((?:(?!\\n#)[\\s\\S])*?)\`\`\`json\\n([\\s\\S]*?)\\n\`\`\``).exec(doc)
  if (!match) throw new Error(`docs/permissions.md has no \`\`\`json block under '### ${heading}'`)
  return JSON.parse(match[2]) as PolicyDocument
}

/** Rows `| action | \`iam:Action\` | why |` of the "Not observable in the emulator" table. */
function notObservable(doc: string): Map<string, Set<string>> {
  const byAction = new Map<string, Set<string>>()
  for (const line of section(doc, 'Not observable in the emulator').split('\n')) {
    const cells = line.split('|').map((c) => c.trim())
    if (cells.length < 4 || !/^`[\w-]+:[\w*]+`$/.test(cells[2])) continue
    for (const action of cells[1].split(',').map((a) => a.trim().replace(/`/g, ''))) {
      const set = byAction.get(action) ?? new Set<string>()
      set.add(cells[2].replace(/`/g, ''))
      byAction.set(action, set)
    }
  }
  return byAction
}

/** The IAM actions AWS authorizes without any policy (listed in the doc's "Needs no permission" section). */
function needsNoPermission(doc: string): string[] {
  return [...section(doc, 'Needs no permission').matchAll(/^- `([\w-]+:\w+)`/gm)].map((m) => m[1])
}

// ---------------------------------------------------------------------------------------------------------------
// The matcher: IAM action names are case-insensitive; `*` matches any run of characters, `?` one character.
// ---------------------------------------------------------------------------------------------------------------

function actionMatches(pattern: string, action: string): boolean {
  const regex = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${regex}$`, 'i').test(action)
}

const actionsOf = (s: Statement): string[] => (s.Action === undefined ? [] : [s.Action].flat())

/** Whether an Allow statement of the policy names the action (Deny statements are not used by the doc). */
function allows(policy: PolicyDocument, action: string): boolean {
  return policy.Statement.some((s) => s.Effect === 'Allow' && actionsOf(s).some((p) => actionMatches(p, action)))
}

/**
 * The AgentCore runtime a request is about, as the ARN IAM authorizes (`/runtimes/<id>/...` on the control plane,
 * `/runtimes/<url-encoded runtime ARN>/invocations` on the data plane, `/tags/<url-encoded ARN>`); undefined for
 * calls on no particular runtime (ListAgentRuntimes, CreateAgentRuntime) and for the other services, whose
 * requests carry the resource in the body, which the request log does not keep.
 */
function runtimeArnOf(request: { service: string; path: string; account: string; region: string }) {
  if (!request.service.startsWith('bedrock-agentcore')) return undefined
  const [, kind, label] = /^\/(runtimes|tags)\/([^/]+)/.exec(request.path) ?? []
  if (!label) return undefined
  const decoded = decodeURIComponent(label)
  if (decoded.startsWith('arn:')) return /^(arn:aws:bedrock-agentcore:[^:]+:\d{12}:runtime\/[^/]+)/.exec(decoded)?.[1]
  return kind === 'runtimes'
    ? `arn:aws:bedrock-agentcore:${request.region}:${request.account}:runtime/${decoded}`
    : undefined
}

/** An IAM ARN pattern (after placeholders are replaced): `*` any run of characters, `?` one character. */
function resourceMatches(pattern: string, arn: string): boolean {
  return new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  ).test(arn)
}

/** Whether an Allow statement naming the action also names the resource (placeholders filled in). */
function allowsOn(policy: PolicyDocument, action: string, arn: string, values: Record<string, string>): boolean {
  const fill = (pattern: string) => pattern.replace(/<([a-z-]+)>/g, (whole, name: string) => values[name] ?? whole)
  return policy.Statement.some(
    (s) =>
      s.Effect === 'Allow' &&
      actionsOf(s).some((p) => actionMatches(p, action)) &&
      [s.Resource ?? []].flat().some((r) => resourceMatches(fill(r), arn)),
  )
}

/** Emulator service name → IAM prefix (both AgentCore planes sign and authorize as `bedrock-agentcore`). */
const IAM_PREFIX: Record<string, string> = {
  'bedrock-agentcore-control': 'bedrock-agentcore',
  'bedrock-agentcore': 'bedrock-agentcore',
  ecr: 'ecr',
  iam: 'iam',
  cloudformation: 'cloudformation',
  sts: 'sts',
}

// ---------------------------------------------------------------------------------------------------------------

describe('the matcher', () => {
  it.each([
    ['ecr:Describe*', 'ecr:DescribeImages', true],
    ['ecr:Describe*', 'ecr:DescribeRepositories', true],
    ['ecr:Describe*', 'ecr:BatchGetImage', false],
    ['ecr:*', 'ecr:PutImage', true],
    ['ecr:*', 'iam:PassRole', false],
    ['bedrock-agentcore:GetAgentRuntime', 'bedrock-agentcore:GetAgentRuntimeEndpoint', false],
    ['bedrock-agentcore:getagentruntime', 'bedrock-agentcore:GetAgentRuntime', true],
    ['bedrock-agentcore:Get?gentRuntime', 'bedrock-agentcore:GetAgentRuntime', true],
    ['*', 'sts:AssumeRole', true],
    ['cloudformation:Describe.*', 'cloudformation:DescribeStacks', false],
  ])('%s matches %s: %s', (pattern, action, expected) => {
    expect(actionMatches(pattern, action)).toBe(expected)
  })

  it('reads Action as a string or a list, and only from Allow statements', () => {
    const policy: PolicyDocument = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' },
        { Effect: 'Deny', Action: ['iam:*'], Resource: '*' },
      ],
    }
    expect(allows(policy, 'ecr:GetAuthorizationToken')).toBe(true)
    expect(allows(policy, 'iam:PassRole')).toBe(false)
  })
})

describe('docs/permissions.md', () => {
  it.each(ACTIONS)('documents a valid least-privilege policy for %s', (action) => {
    const policy = policyUnder(DOC, action)
    expect(policy.Version).toBe('2012-10-17')
    expect(policy.Statement.length).toBeGreaterThan(0)
    for (const s of policy.Statement) {
      expect(s.Effect).toBe('Allow')
      // Allow + NotAction / NotResource grant everything else: never least-privilege.
      expect(s.NotAction).toBeUndefined()
      expect(s.NotResource).toBeUndefined()
      expect(actionsOf(s).length).toBeGreaterThan(0)
      expect(actionsOf(s).filter((a) => a === '*' || a.endsWith(':*'))).toEqual([])
      for (const resource of [s.Resource ?? []].flat()) {
        // `*` or a real ARN pattern; `${AWS::AccountId}` and the like are CloudFormation, not IAM.
        expect(resource).toMatch(/^(\*|arn:aws:[a-z0-9-]+:(<[a-z-]+>)?:(<[a-z-]+>|\*)?:.+)$/)
        expect(resource).not.toContain('${')
      }
      expect(s.Resource).toBeDefined()
    }
  })

  it("drift-check's policy is read-only", () => {
    const writes = policyUnder(DOC, 'drift-check')
      .Statement.flatMap(actionsOf)
      .filter((a) => /:(Create|Update|Delete|Put|Tag|Untag|Execute|Attach|Detach|Pass|Invoke)/i.test(a))
    expect(writes).toEqual([])
  })

  it('has an OIDC trust policy limited to one repository and environment', () => {
    const trust = policyUnder(DOC, 'Trust policy')
    expect(trust.Statement).toEqual([
      expect.objectContaining({
        Effect: 'Allow',
        Action: 'sts:AssumeRoleWithWebIdentity',
        Principal: { Federated: 'arn:aws:iam::<account>:oidc-provider/token.actions.githubusercontent.com' },
        Condition: {
          StringEquals: {
            'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
            'token.actions.githubusercontent.com:sub': 'repo:<owner>/<repo>:environment:<environment>',
          },
        },
      }),
    ])
  })

  it.each(ACTIONS.filter((a) => a !== 'root'))(
    "actions/%s/README.md links its policy and names exactly the policy's IAM actions",
    (action) => {
      const file = `actions/${action}/README.md`
      const iamSection = section(readFileSync(join(REPO_ROOT, file), 'utf8'), 'IAM permissions', file)
      expect(iamSection).toContain(`(../../docs/permissions.md#${action})`)
      const named = new Set([...iamSection.matchAll(/`([\w-]+:\w+)`/g)].map((m) => m[1]))
      const policy = policyUnder(DOC, action)
      expect(policy.Statement.flatMap(actionsOf).filter((a) => !named.has(a))).toEqual([])
      const free = needsNoPermission(DOC)
      expect([...named].filter((a) => !free.includes(a) && !allows(policy, a))).toEqual([])
    },
  )

  it('lists only documented actions as not observable', () => {
    for (const [action, iamActions] of notObservable(DOC)) {
      expect(ACTIONS).toContain(action)
      for (const iamAction of iamActions) expect(allows(policyUnder(DOC, action), iamAction)).toBe(true)
    }
  })
})

// ---------------------------------------------------------------------------------------------------------------
// The runs
// ---------------------------------------------------------------------------------------------------------------

describe('every AWS call of every action is allowed by its documented policy', () => {
  let emulator: Emulator
  let workspace: string
  let storage: string
  let env: Record<string, string>
  const images = { v1: '', v2: '' }
  /** IAM actions seen per action, over every run. */
  const seen = new Map<ActionName, Set<string>>(ACTIONS.map((a) => [a, new Set<string>()]))
  /** `<iam action> <runtime ARN>` per action, for the calls on one runtime. */
  const seenOn = new Map<ActionName, { action: string; arn: string; account: string; region: string }[]>(
    ACTIONS.map((a) => [a, []]),
  )
  /** Actions whose every scenario ran (the unused-permission check needs all of them). */
  const complete = new Set<ActionName>()

  beforeAll(async () => {
    emulator = await startEmulator({ transitionDelayMs: 50 })
    workspace = mkdtempSync(join(tmpdir(), 'permissions-'))
    writeFileSync(join(workspace, 'agentcore.yaml'), config())
    mkdirSync(join(workspace, 'agent'))
    cpSync(join(REPO_ROOT, 'workflows-examples', 'agent', 'server.mjs'), join(workspace, 'agent', 'server.mjs'))
    cpSync(join(REPO_ROOT, 'workflows-examples', 'agent', 'Dockerfile.offline'), join(workspace, 'agent', 'Dockerfile'))
    storage = mkdtempSync(join(tmpdir(), 'permissions-storage-'))
    writeFileSync(
      join(storage, 'storage.conf'),
      `[storage]\ndriver = "vfs"\ngraphroot = "${storage}/root"\nrunroot = "${storage}/runroot"\n`,
    )
    env = {
      AWS_ENDPOINT_URL: emulator.awsEndpointUrl,
      AWS_ACCESS_KEY_ID: `AKIA${ACCOUNT}`,
      AWS_SECRET_ACCESS_KEY: 'emulator-secret',
      AWS_REGION: REGION,
      AWS_MAX_ATTEMPTS: '1',
      GITHUB_API_URL: emulator.githubApiUrl,
      CONTAINERS_STORAGE_CONF: join(storage, 'storage.conf'),
      BUILDAH_ISOLATION: 'chroot',
    }
  }, 60_000)

  /** Seeds two images; after build-push, so that build-push is the one creating the repository. */
  function seedImages() {
    const ecr = emulator.service<EcrService>('ecr')
    const uri = (tag: string) =>
      `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/support-bot@${ecr.seedImage(ACCOUNT, REGION, 'support-bot', { tag, content: tag })}`
    images.v1 = uri('v1')
    images.v2 = uri('v2')
  }
  /** The test's own clients (explicit endpoint: test code only), to change AWS behind the actions' back. */
  const clientConfig = () => ({
    region: REGION,
    endpoint: emulator.awsEndpointUrl,
    credentials: { accessKeyId: `AKIA${ACCOUNT}`, secretAccessKey: 'emulator-secret' },
  })
  const control = () => new BedrockAgentCoreControlClient(clientConfig())
  const iam = () => new IAMClient(clientConfig())

  afterAll(async () => {
    await emulator?.stop()
    rmSync(workspace, { recursive: true, force: true })
    rmSync(storage, { recursive: true, force: true })
  })

  /** Runs one bundle and records the IAM actions of the AWS calls it made. */
  async function run(
    action: ActionName,
    inputs: Record<string, string>,
    options: { eventName?: string; event?: unknown } = {},
  ): Promise<BundleRun> {
    emulator.clearRequests()
    const result = await runBundle(action, {
      inputs,
      env,
      cwd: workspace,
      timeoutMs: 240_000,
      ...options,
    })
    for (const request of emulator.requests()) {
      const prefix = IAM_PREFIX[request.service]
      if (prefix === undefined) continue // github, admin
      seen.get(action)?.add(`${prefix}:${request.operation}`)
      const arn = runtimeArnOf(request)
      if (arn) seenOn.get(action)?.push({ action: `${prefix}:${request.operation}`, arn, ...request })
    }
    return result
  }
  /** Success, or the run's errors and the end of its stderr (a crash has no `::error::` line). */
  const ok = (result: BundleRun) =>
    expect({
      exitCode: result.exitCode,
      errors: result.errors,
      stderr: result.exitCode === 0 ? '' : result.stderr.slice(-2000),
    }).toEqual({ exitCode: 0, errors: [], stderr: '' })
  const deployInputs = (image: string) => ({
    environment: 'prod',
    image,
    secrets: `VENDOR_API_KEY=${SECRET}`,
    'wait-timeout': '30s',
  })

  gate.itIf(
    'build-push: builds, pushes, finds the same source already pushed, copies the image to another region',
    async () => {
      const first = await run('build-push', { environment: 'prod', builder: 'buildah' })
      ok(first)
      expect(first.outputs.built).toBe('true')
      const again = await run('build-push', { environment: 'prod', builder: 'buildah' })
      ok(again)
      expect(again.outputs['image-uri']).toBe(first.outputs['image-uri'])
      // Promotion without a rebuild: the same digest copied into another environment's registry.
      const copied = await run('build-push', { environment: 'qa', 'source-image': first.outputs['image-uri'] })
      ok(copied)
      expect(copied.outputs).toMatchObject({ built: 'false', digest: first.outputs.digest })
      complete.add('build-push')
    },
    300_000,
  )

  it('ensure-role: a failed create, its recovery from ROLLBACK_COMPLETE, then nothing to change', async () => {
    emulator.addFault({ service: 'cloudformation', operation: 'ExecuteChangeSet', failureReason: 'Policy is invalid' })
    const failed = await run('ensure-role', { environment: 'prod', timeout: '30s' })
    emulator.clearFaults()
    expect(failed.exitCode).toBe(1)
    expect(failed.errors.join('\n')).toContain('Policy is invalid')
    const first = await run('ensure-role', { environment: 'prod', timeout: '30s' })
    ok(first)
    expect(first.outputs.changed).toBe('true')
    const again = await run('ensure-role', { environment: 'prod', timeout: '30s' })
    ok(again)
    expect(again.outputs.changed).toBe('false')
    complete.add('ensure-role')
  }, 120_000)

  it('deploy-runtime and promote-endpoint: create, promote, update, promote, previous, no-op, re-tag, failed update', async () => {
    seedImages()
    const created = await run('deploy-runtime', deployInputs(images.v1))
    ok(created)
    expect(created.outputs).toMatchObject({ version: '1', changed: 'true' })
    const promoted = await run('promote-endpoint', { environment: 'prod', 'wait-timeout': '30s' })
    ok(promoted)
    expect(promoted.outputs.version).toBe('1')

    const updated = await run('deploy-runtime', deployInputs(images.v2))
    ok(updated)
    expect(updated.outputs).toMatchObject({ version: '2', changed: 'true' })
    const moved = await run('promote-endpoint', { environment: 'prod', 'wait-timeout': '30s' })
    ok(moved)
    expect(moved.outputs).toMatchObject({ version: '2', 'previous-version': '1' })
    const back = await run('promote-endpoint', { environment: 'prod', version: 'previous', 'wait-timeout': '30s' })
    ok(back)
    expect(back.outputs.version).toBe('1')

    const same = await run('deploy-runtime', deployInputs(images.v2))
    ok(same)
    expect(same.outputs.changed).toBe('false')
    // Someone removed a management tag: the next deploy puts it back.
    await control().send(
      new UntagResourceCommand({ resourceArn: created.outputs['runtime-arn'], tagKeys: ['managed-by'] }),
    )
    const retagged = await run('deploy-runtime', deployInputs(images.v2))
    ok(retagged)
    expect(retagged.outputs.changed).toBe('false')
    expect(emulator.requests({ operation: 'TagResource' })).toHaveLength(1)

    // A failed update reads the failure reason back: those calls must be allowed too.
    emulator.addFault({
      service: 'bedrock-agentcore-control',
      operation: 'UpdateAgentRuntime',
      failureReason: 'Image pull failed',
    })
    const failed = await run('deploy-runtime', deployInputs(images.v1))
    emulator.clearFaults()
    expect(failed.exitCode).toBe(1)
    expect(failed.errors.join('\n')).toContain('Image pull failed')
    complete.add('deploy-runtime')
    complete.add('promote-endpoint')
  }, 180_000)

  it('invoke-smoke-test: passes on the live endpoint, fails an assertion', async () => {
    const passed = await run('invoke-smoke-test', { environment: 'prod', endpoint: 'live' })
    ok(passed)
    expect(passed.outputs.passed).toBe('true')
    const failed = await run('invoke-smoke-test', {
      environment: 'prod',
      endpoint: 'live',
      'expect-contains': 'no such text',
      attempts: '1',
    })
    expect(failed.exitCode).toBe(1)
    expect(failed.outputs.passed).toBe('false')
    complete.add('invoke-smoke-test')
  }, 120_000)

  it('drift-check: reports on a pull request with its sticky comment, an unknown runtime included', async () => {
    // A runtime the config does not name: drift-check reads its tags to tell whether it was deployed from here.
    await control().send(
      new CreateAgentRuntimeCommand({
        agentRuntimeName: 'old_bot',
        agentRuntimeArtifact: { containerConfiguration: { containerUri: images.v1 } },
        roleArn: `arn:aws:iam::${ACCOUNT}:role/old-bot`,
        networkConfiguration: { networkMode: 'PUBLIC' },
      }),
    )
    // The execution role edited in IAM behind its stack's back: drift-check reads the drifted resources.
    const roleName = 'AgentCore-prod-support_bot'
    const [policyName] = (await iam().send(new ListRolePoliciesCommand({ RoleName: roleName }))).PolicyNames ?? []
    await iam().send(
      new PutRolePolicyCommand({
        RoleName: roleName,
        PolicyName: policyName,
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
        }),
      }),
    )
    const result = await run(
      'drift-check',
      { environments: 'prod', comment: 'true', 'github-token': GITHUB_TOKEN },
      { eventName: 'pull_request', event: { pull_request: { number: 7 } } },
    )
    ok(result)
    expect(result.outputs['has-drift']).toBe('true')
    expect(result.outputs['comment-id']).toMatch(/^\d+$/)
    complete.add('drift-check')
  }, 120_000)

  gate.itIf(
    'root: a failed role stack, the whole pipeline (recovering the stack), then a failing smoke test',
    async () => {
      const inputs = {
        environment: 'staging',
        builder: 'buildah',
        secrets: `VENDOR_API_KEY=${SECRET}`,
        'wait-timeout': '1m',
        'retry-budget': '10s',
      }
      emulator.addFault({
        service: 'cloudformation',
        operation: 'ExecuteChangeSet',
        failureReason: 'Policy is invalid',
      })
      const stackFailed = await run('root', inputs)
      emulator.clearFaults()
      expect(stackFailed.exitCode).toBe(1)
      expect(stackFailed.errors.join('\n')).toContain('Policy is invalid')
      const first = await run('root', inputs)
      ok(first)
      expect(first.outputs).toMatchObject({ version: '1', 'smoke-test-passed': 'true' })
      // A new version whose smoke test fails on the canary: the live endpoint stays where it was.
      writeFileSync(join(workspace, 'agentcore.yaml'), config('debug'))
      const failed = await run('root', { ...inputs, payload: '{"prompt":"hello"}', attempts: '1' })
      expect(failed.exitCode).toBe(1)
      expect(failed.outputs['smoke-test-passed']).toBe('false')
      // A new version that passes: the live endpoint moves to it.
      writeFileSync(join(workspace, 'agentcore.yaml'), config('warn'))
      const moved = await run('root', inputs)
      ok(moved)
      expect(moved.outputs).toMatchObject({ version: '3', 'smoke-test-passed': 'true' })
      complete.add('root')
    },
    400_000,
  )

  describe.each(ACTIONS)('%s', (action) => {
    it('calls nothing its documented policy does not allow', () => {
      const policy = policyUnder(DOC, action)
      const free = needsNoPermission(DOC)
      const denied = [...(seen.get(action) ?? [])].filter((a) => !free.includes(a) && !allows(policy, a)).sort()
      expect(denied).toEqual([])
    })

    it('calls AgentCore only on runtimes its documented Resource patterns match', () => {
      const policy = policyUnder(DOC, action)
      const denied = (seenOn.get(action) ?? [])
        .filter(
          ({ action: iamAction, arn, account, region }) =>
            !allowsOn(policy, iamAction, arn, { account, region, runtime: 'support_bot' }),
        )
        .map(({ action: iamAction, arn }) => `${iamAction} on ${arn}`)
      expect([...new Set(denied)]).toEqual([])
    })

    it('documents no action that no run used, except those the emulator cannot observe', () => {
      if (!complete.has(action)) {
        if (CONTAINER_ACTIONS.includes(action) && !gate.available) return // skipped loudly by the gate
        throw new Error(`the scenarios of ${action} did not all run`)
      }
      const exempt = notObservable(DOC).get(action) ?? new Set<string>()
      const used = [...(seen.get(action) ?? [])]
      const unused = policyUnder(DOC, action)
        .Statement.flatMap(actionsOf)
        .filter((pattern) => !exempt.has(pattern) && !used.some((a) => actionMatches(pattern, a)))
      expect(unused).toEqual([])
    })
  })

  it('prints what each action called (for the doc)', () => {
    const table = ACTIONS.map((a) => `${a}: ${[...(seen.get(a) ?? [])].sort().join(' ')}`).join('\n')
    // One line per action: what to compare docs/permissions.md with after a change.
    console.log(table)
    expect(seen.get('deploy-runtime')?.has('bedrock-agentcore:CreateAgentRuntime')).toBe(true)
    // The resource check is not vacuous: invocations were seen with the runtime ARN they targeted.
    expect(seenOn.get('invoke-smoke-test')?.map((c) => c.action)).toContain('bedrock-agentcore:InvokeAgentRuntime')
    expect(seenOn.get('drift-check')?.map((c) => c.arn)).toContainEqual(
      expect.stringMatching(/:runtime\/old_bot-\w{10}$/),
    )
  })
})
