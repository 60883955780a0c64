/**
 * How long `agentcore-actions validate` takes on a large config: 200 runtimes, 10 environments that each run all
 * of them with overrides (2000 resolved runtimes). Measures the bundled command as users run it (a fresh
 * `node bin/agentcore-actions.js` process, median of several runs) and the in-process `parseConfig`.
 *   npx tsx cli/scripts/bench-validate.ts [runs]
 * Budget: under one second for the whole command.
 */
import { spawnSync } from 'node:child_process'
import { availableParallelism, loadavg } from 'node:os'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseConfig } from '../../shared/config/index.js'
import { ENVIRONMENTS, RUNTIMES, largeConfig } from './large-config.js'

const runs = Number(process.argv[2] ?? 7)
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

const dir = mkdtempSync(join(tmpdir(), 'agentcore-bench-'))
try {
  const path = join(dir, 'agentcore.yaml')
  const text = largeConfig()
  writeFileSync(path, text)
  const inProcess: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    const config = parseConfig(text, path)
    inProcess.push(performance.now() - started)
    if (Object.keys(config.environments).length !== ENVIRONMENTS) throw new Error('unexpected result')
  }
  // Wall time of a fresh process, and its CPU time (user + system, from GNU time): on a shared, loaded machine
  // the wall time mostly measures the queue for a CPU, the CPU time what validate itself costs.
  const command: number[] = []
  const cpu: number[] = []
  let output = ''
  const args = [join(root, 'bin', 'agentcore-actions.js'), 'validate', '--config', path]
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    const result = spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, ...args], { encoding: 'utf8' })
    command.push(performance.now() - started)
    if (result.error || result.status !== 0)
      throw new Error(`validate failed: ${result.stderr || String(result.error)}`)
    output = result.stdout
    const [, user, system] = /cpu ([\d.]+) ([\d.]+)/.exec(result.stderr) ?? []
    cpu.push((Number(user) + Number(system)) * 1000)
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  const lineCount = text.split('\n').length - 1
  console.log(`config: ${RUNTIMES} runtimes, ${ENVIRONMENTS} environments, ${lineCount} lines, ${text.length} bytes`)
  console.log(`validate output: ${output.trim().replace(path, '<tmp>/agentcore.yaml')}`)
  console.log(
    `parseConfig in-process: median ${median(inProcess).toFixed(0)} ms (first ${inProcess[0].toFixed(0)} ms) over ${runs} runs`,
  )
  console.log(
    `agentcore-actions validate (new node process): wall median ${median(command).toFixed(0)} ms (max ${Math.max(...command).toFixed(0)}), CPU user+sys median ${median(cpu).toFixed(0)} ms, over ${runs} runs`,
  )
  console.log(`load average during the run: ${loadavg()[0].toFixed(1)} on ${availableParallelism()} CPUs`)
  if (median(cpu) >= 1000) {
    console.log('OVER BUDGET: validate must finish in under a second of CPU')
    process.exitCode = 1
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
