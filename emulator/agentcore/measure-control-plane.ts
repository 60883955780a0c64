/**
 * Measures the emulated control plane's time per call at zero configured latency, through the real SDK client
 * (signing, serialization, HTTP on 127.0.0.1, parsing included): `npx tsx emulator/agentcore/measure-control-plane.ts`.
 * Prints p50 / p95 / max per operation. The target is under 50 ms per call.
 */
import {
  BedrockAgentCoreControlClient,
  CreateAgentRuntimeCommand,
  CreateAgentRuntimeEndpointCommand,
  GetAgentRuntimeCommand,
  GetAgentRuntimeEndpointCommand,
  ListAgentRuntimesCommand,
  ListAgentRuntimeVersionsCommand,
  ListTagsForResourceCommand,
  TagResourceCommand,
  UpdateAgentRuntimeCommand,
} from '@aws-sdk/client-bedrock-agentcore-control'
import { BedrockAgentCoreClient, InvokeAgentRuntimeCommand } from '@aws-sdk/client-bedrock-agentcore'
import { startEmulator } from '../index.js'

const ROUNDS = Number(process.argv[2] ?? 100)
const emulator = await startEmulator({ transitionDelayMs: 0, latencyMs: 0 })
const client = new BedrockAgentCoreControlClient({
  endpoint: emulator.awsEndpointUrl,
  region: 'us-east-1',
  credentials: { accessKeyId: 'AKIA111111111111', secretAccessKey: 'x' },
})
const artifact = { containerConfiguration: { containerUri: '111111111111.dkr.ecr.us-east-1.amazonaws.com/bench:v1' } }
const roleArn = 'arn:aws:iam::111111111111:role/bench'
const timings = new Map<string, number[]>()

async function timed<T>(operation: string, call: () => Promise<T>): Promise<T> {
  const started = performance.now()
  const result = await call()
  const list = timings.get(operation) ?? []
  list.push(performance.now() - started)
  timings.set(operation, list)
  return result
}

let firstRuntimeArn = ''
const settle = () => new Promise((resolve) => setTimeout(resolve, 2))

// Warm up the client (credentials, endpoint resolution) so the first call's setup is not counted.
await client.send(new ListAgentRuntimesCommand({}))
for (let i = 0; i < ROUNDS; i++) {
  const created = await timed('CreateAgentRuntime', () =>
    client.send(
      new CreateAgentRuntimeCommand({ agentRuntimeName: `bench_${i}`, agentRuntimeArtifact: artifact, roleArn }),
    ),
  )
  const agentRuntimeId = created.agentRuntimeId
  firstRuntimeArn ||= created.agentRuntimeArn ?? ''
  await settle()
  await timed('GetAgentRuntime', () => client.send(new GetAgentRuntimeCommand({ agentRuntimeId })))
  await timed('UpdateAgentRuntime', () =>
    client.send(new UpdateAgentRuntimeCommand({ agentRuntimeId, agentRuntimeArtifact: artifact, roleArn })),
  )
  await settle()
  await timed('ListAgentRuntimeVersions', () => client.send(new ListAgentRuntimeVersionsCommand({ agentRuntimeId })))
  await timed('CreateAgentRuntimeEndpoint', () =>
    client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId, name: 'live' })),
  )
  await timed('GetAgentRuntimeEndpoint', () =>
    client.send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId, endpointName: 'live' })),
  )
  await timed('TagResource', () =>
    client.send(new TagResourceCommand({ resourceArn: created.agentRuntimeArn, tags: { round: String(i) } })),
  )
  await timed('ListTagsForResource', () =>
    client.send(new ListTagsForResourceCommand({ resourceArn: created.agentRuntimeArn })),
  )
  await timed('ListAgentRuntimes', () => client.send(new ListAgentRuntimesCommand({ maxResults: 100 })))
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]
console.log(`control-plane calls through the real SDK, ${ROUNDS} rounds, latencyMs=0 (ms)`)
console.log('operation                      p50     p95     max')
let worst = 0
for (const [operation, list] of timings) {
  const sorted = [...list].sort((a, b) => a - b)
  worst = Math.max(worst, percentile(sorted, 0.95))
  console.log(
    `${operation.padEnd(28)} ${[0.5, 0.95].map((p) => percentile(sorted, p).toFixed(2).padStart(6)).join('  ')}  ${sorted
      .at(-1)!
      .toFixed(2)
      .padStart(6)}`,
  )
}
console.log(`worst p95: ${worst.toFixed(2)} ms (${worst < 50 ? 'under' : 'OVER'} the 50 ms budget)`)

// For comparison: the data plane, which also starts a real agent process (cold start) and forwards to it.
const data = new BedrockAgentCoreClient({
  endpoint: emulator.awsEndpointUrl,
  region: 'us-east-1',
  credentials: { accessKeyId: 'AKIA111111111111', secretAccessKey: 'x' },
})
const invoke = async () => {
  const started = performance.now()
  const answer = await data.send(
    new InvokeAgentRuntimeCommand({ agentRuntimeArn: firstRuntimeArn, payload: '{"prompt":"ping"}' }),
  )
  await answer.response?.transformToString()
  return performance.now() - started
}
const cold = await invoke()
const warm = [] as number[]
for (let i = 0; i < ROUNDS; i++) warm.push(await invoke())
warm.sort((a, b) => a - b)
console.log(
  `InvokeAgentRuntime: cold start ${cold.toFixed(1)} ms; warm p50 ${percentile(warm, 0.5).toFixed(2)} ms, p95 ${percentile(
    warm,
    0.95,
  ).toFixed(2)} ms`,
)
data.destroy()
client.destroy()
await emulator.stop()
