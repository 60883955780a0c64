/**
 * `npm run emulator [-- --port N --latency-ms N --transition-delay-ms N --agent-cold-start-ms N
 * --agent <image|repository|runtime name>=<script.mjs> ...]`: starts the emulator and prints, once ready, the two
 * variables a client needs, each on its own line. Runs until interrupted.
 */
import { parseArgs } from 'node:util'
import { startEmulator } from './index.js'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'latency-ms': { type: 'string', default: '0' },
    'transition-delay-ms': { type: 'string', default: '200' },
    'agent-cold-start-ms': { type: 'string', default: '0' },
    agent: { type: 'string', multiple: true, default: [] },
  },
})
const emulator = await startEmulator({
  port: Number(values.port),
  latencyMs: Number(values['latency-ms']),
  transitionDelayMs: Number(values['transition-delay-ms']),
  agentColdStartMs: Number(values['agent-cold-start-ms']),
  // `match=script`: which agent program serves which image or runtime (see emulator/README.md, AgentCore).
  agents: Object.fromEntries(
    values.agent.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  ),
})
console.log(`AWS_ENDPOINT_URL=${emulator.awsEndpointUrl}`)
console.log(`GITHUB_API_URL=${emulator.githubApiUrl}`)
const shutdown = () => {
  void emulator.stop().then(() => process.exit(0))
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
