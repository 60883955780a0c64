/**
 * `agentcore-actions validate` on a large config (200 runtimes, 10 environments each running all of them): the
 * whole command, spawn to exit, as a developer runs it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction } from '../lib/action-process.js'
import { REPO_ROOT } from '../lib/bundles.js'
import type { Recorder } from '../lib/results.js'

/** A config of `runtimes` runtimes and `environments` environments (each overriding one variable per runtime). */
export function largeConfig(runtimes: number, environments: number): string {
  const names = Array.from({ length: runtimes }, (_, i) => `agent_${String(i).padStart(3, '0')}`)
  const lines = ['version: 1', 'runtimes:']
  for (const name of names)
    lines.push(
      `  ${name}:`,
      `    description: Agent ${name}`,
      `    image: { repository: ${name.replace(/_/g, '-')}, context: agents/${name}, platform: linux/arm64 }`,
      '    protocol: HTTP',
      '    environment: { LOG_LEVEL: info, MODEL_ID: anthropic.claude-sonnet-4-5 }',
      '    secrets: [VENDOR_API_KEY]',
      '    lifecycle: { idleTimeoutSeconds: 900, maxLifetimeSeconds: 28800 }',
      "    role: { models: ['anthropic.claude-sonnet-4-5*'] }",
      '    endpoints: { live: latest }',
      '    smokeTest: { payload: { prompt: ping }, expect: { contains: pong, maxLatencyMs: 15000 } }',
    )
  lines.push('environments:')
  for (let e = 0; e < environments; e++) {
    lines.push(
      `  env_${e}:`,
      `    account: '${String(100000000000 + e)}'`,
      `    region: ${['us-east-1', 'us-west-2', 'eu-west-1'][e % 3]}`,
      '    runtimes:',
    )
    for (const name of names) lines.push(`      ${name}: { environment: { LOG_LEVEL: debug } }`)
  }
  return `${lines.join('\n')}\n`
}

/** Runs `node bin/agentcore-actions.js validate --config <file>` `runs` times. */
export async function measureValidate(record: Recorder, runs: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-validate-'))
  try {
    writeFileSync(join(dir, 'agentcore.yaml'), largeConfig(200, 10))
    const times: number[] = []
    for (let i = 0; i < runs; i++) {
      const result = await runAction({
        bundle: join(REPO_ROOT, 'bin', 'agentcore-actions.js'),
        args: ['validate', '--config', 'agentcore.yaml'],
        cwd: dir,
      })
      if (result.exitCode !== 0) throw new Error(`validate failed:\n${result.stdout}\n${result.stderr}`)
      if (i === 0) record.note('validate_ms', result.stdout.trim().split('\n')[0])
      times.push(result.wallMs)
    }
    record.series('validate_ms', times)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
