/**
 * Measures the emulator's answer time for ECR, IAM and CloudFormation calls through the real SDK clients at zero
 * latency: `npx tsx emulator/ecr/measure-calls.ts [iterations]`. With docker-registry installed, DescribeImages and
 * BatchGetImage read a real registry holding an image pushed through the gate proxy (registry API v2 upload).
 */
import { createHash } from 'node:crypto'
import {
  BatchGetImageCommand,
  CreateRepositoryCommand,
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  PutLifecyclePolicyCommand,
} from '@aws-sdk/client-ecr'
import { GetRoleCommand, GetRolePolicyCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam'
import {
  CloudFormationClient,
  CreateChangeSetCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  GetTemplateCommand,
} from '@aws-sdk/client-cloudformation'
import { startEmulator } from '../index.js'

const iterations = Number(process.argv[2] ?? 50)
const emulator = await startEmulator({ latencyMs: 0, transitionDelayMs: 0 })
const config = {
  endpoint: emulator.awsEndpointUrl,
  region: 'us-east-1',
  credentials: { accessKeyId: 'AKIA111111111111', secretAccessKey: 'secret' },
  maxAttempts: 1,
}
const ecr = new ECRClient(config)
const iam = new IAMClient(config)
const cfn = new CloudFormationClient(config)
const results: { operation: string; p50: number; p95: number; max: number }[] = []

async function measure(operation: string, call: (i: number) => Promise<unknown>): Promise<void> {
  await call(-1) // warm-up: SDK middleware and connection set-up are not the emulator's time
  const times: number[] = []
  for (let i = 0; i < iterations; i++) {
    const started = performance.now()
    await call(i)
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] * 10) / 10
  results.push({ operation, p50: at(0.5), p95: at(0.95), max: at(1) })
}

/** Pushes a one-layer image through the proxy endpoint with the registry API v2 (what a client's push does). */
async function pushByApi(proxyEndpoint: string, password: string, repository: string, tag: string): Promise<void> {
  const authorization = `Basic ${Buffer.from(`AWS:${password}`).toString('base64')}`
  const upload = async (bytes: Buffer) => {
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`
    const started = await fetch(`${proxyEndpoint}/v2/${repository}/blobs/uploads/`, {
      method: 'POST',
      headers: { authorization },
    })
    await started.arrayBuffer()
    const location = new URL(started.headers.get('location') ?? '', proxyEndpoint)
    location.searchParams.set('digest', digest)
    const done = await fetch(location, { method: 'PUT', headers: { authorization }, body: bytes })
    await done.arrayBuffer()
    return { digest, size: bytes.length }
  }
  const layer = await upload(Buffer.from('layer bytes'))
  const config = await upload(Buffer.from(JSON.stringify({ architecture: 'arm64', os: 'linux', rootfs: {} })))
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
    layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', ...layer }],
  })
  const put = await fetch(`${proxyEndpoint}/v2/${repository}/manifests/${tag}`, {
    method: 'PUT',
    headers: { authorization, 'content-type': 'application/vnd.oci.image.manifest.v1+json' },
    body: manifest,
  })
  if (!put.ok) throw new Error(`push failed: HTTP ${put.status} ${await put.text()}`)
}

try {
  await ecr.send(new CreateRepositoryCommand({ repositoryName: 'bench' }))
  const registry = emulator.service<import('../services/ecr.js').EcrService>('ecr').registryUnavailableReason()
  let source = 'seeded image'
  if (registry === undefined) {
    const started = performance.now()
    const token = await ecr.send(new GetAuthorizationTokenCommand({}))
    const coldStart = Math.round(performance.now() - started)
    const data = token.authorizationData?.[0]
    const password = Buffer.from(data?.authorizationToken ?? '', 'base64')
      .toString()
      .split(':')[1]
    await pushByApi(data?.proxyEndpoint ?? '', password, 'bench', 'v1')
    source = `real registry (first GetAuthorizationToken, which starts it: ${coldStart} ms)`
    await measure('ecr GetAuthorizationToken', () => ecr.send(new GetAuthorizationTokenCommand({})))
  } else {
    emulator
      .service<import('../services/ecr.js').EcrService>('ecr')
      .seedImage('111111111111', 'us-east-1', 'bench', { tag: 'v1' })
  }
  await measure('ecr DescribeRepositories', () =>
    ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['bench'] })),
  )
  await measure('ecr PutLifecyclePolicy', () =>
    ecr.send(
      new PutLifecyclePolicyCommand({ repositoryName: 'bench', lifecyclePolicyText: '{"rules":[{"rulePriority":1}]}' }),
    ),
  )
  await measure('ecr DescribeImages', () => ecr.send(new DescribeImagesCommand({ repositoryName: 'bench' })))
  await measure('ecr BatchGetImage', () =>
    ecr.send(new BatchGetImageCommand({ repositoryName: 'bench', imageIds: [{ imageTag: 'v1' }] })),
  )

  const template = (action: string) =>
    JSON.stringify({
      Resources: {
        Role: {
          Type: 'AWS::IAM::Role',
          Properties: {
            RoleName: 'bench-role',
            AssumeRolePolicyDocument: {
              Statement: [
                {
                  Effect: 'Allow',
                  Principal: { Service: 'bedrock-agentcore.amazonaws.com' },
                  Action: 'sts:AssumeRole',
                },
              ],
            },
            Policies: [
              { PolicyName: 'p', PolicyDocument: { Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] } },
            ],
          },
        },
      },
    })
  const settle = async (name: string) => {
    for (;;) {
      const cs = await cfn.send(new DescribeChangeSetCommand({ StackName: 'bench', ChangeSetName: name }))
      if (cs.Status === 'CREATE_COMPLETE' || cs.Status === 'FAILED') return cs
      await new Promise((r) => setTimeout(r, 1))
    }
  }
  await cfn.send(
    new CreateChangeSetCommand({
      StackName: 'bench',
      ChangeSetName: 'c0',
      ChangeSetType: 'CREATE',
      TemplateBody: template('s3:GetObject'),
      Capabilities: ['CAPABILITY_NAMED_IAM'],
    }),
  )
  await settle('c0')
  await cfn.send(new ExecuteChangeSetCommand({ StackName: 'bench', ChangeSetName: 'c0' }))
  while (
    (await cfn.send(new DescribeStacksCommand({ StackName: 'bench' }))).Stacks?.[0].StackStatus !== 'CREATE_COMPLETE'
  ) {
    await new Promise((r) => setTimeout(r, 1))
  }
  await measure('iam GetRole', () => iam.send(new GetRoleCommand({ RoleName: 'bench-role' })))
  await measure('iam PutRolePolicy', (i) =>
    iam.send(
      new PutRolePolicyCommand({
        RoleName: 'bench-role',
        PolicyName: `extra${i}`,
        PolicyDocument: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }),
      }),
    ),
  )
  await measure('iam GetRolePolicy', () =>
    iam.send(new GetRolePolicyCommand({ RoleName: 'bench-role', PolicyName: 'p' })),
  )
  await measure('cloudformation CreateChangeSet', (i) =>
    cfn.send(
      new CreateChangeSetCommand({
        StackName: 'bench',
        ChangeSetName: `c${i + 2}`,
        TemplateBody: template(`s3:Get${i + 2}`),
        Capabilities: ['CAPABILITY_NAMED_IAM'],
      }),
    ),
  )
  await measure('cloudformation DescribeChangeSet', () =>
    cfn.send(new DescribeChangeSetCommand({ StackName: 'bench', ChangeSetName: 'c2' })),
  )
  await measure('cloudformation DescribeStacks', () => cfn.send(new DescribeStacksCommand({ StackName: 'bench' })))
  await measure('cloudformation DescribeStackEvents', () =>
    cfn.send(new DescribeStackEventsCommand({ StackName: 'bench' })),
  )
  await measure('cloudformation GetTemplate', () => cfn.send(new GetTemplateCommand({ StackName: 'bench' })))

  console.log(`${iterations} calls per operation, latencyMs 0, images from a ${source}`)
  console.table(results)
  const worst = Math.max(...results.map((r) => r.p95))
  console.log(`worst p95: ${worst} ms (budget 50 ms)`)
} finally {
  await emulator.stop()
}
