/**
 * `npm run emulator [-- --port N --latency-ms N --transition-delay-ms N]`: starts the emulator and prints, once
 * ready, the two variables a client needs, each on its own line. Runs until interrupted.
 */
import { parseArgs } from 'node:util'
import { startEmulator } from './index.js'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'latency-ms': { type: 'string', default: '0' },
    'transition-delay-ms': { type: 'string', default: '200' },
  },
})
const emulator = await startEmulator({
  port: Number(values.port),
  latencyMs: Number(values['latency-ms']),
  transitionDelayMs: Number(values['transition-delay-ms']),
})
console.log(`AWS_ENDPOINT_URL=${emulator.awsEndpointUrl}`)
console.log(`GITHUB_API_URL=${emulator.githubApiUrl}`)
const shutdown = () => {
  void emulator.stop().then(() => process.exit(0))
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
