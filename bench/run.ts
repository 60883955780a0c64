/**
 * `npm run bench`: measures the suite on this machine against the emulator and writes bench/results/latest.json
 * and the table in bench/README.md. Options:
 *   --quick            3 timed runs instead of 10, ready lag at 5 s only, drift at n = 10 and 50 (a smoke run)
 *   --only a,b         only these groups: startup, noop, ready, drift, validate, pipeline
 *   --runs N           timed runs per action (default 10)
 *   --actions a,b      start-up measurements for these actions only
 *   --from-source      bundle each action from the working tree's source instead of its committed dist/
 * Nothing here asserts: it measures and records; the verdicts in the table compare with the issue's targets.
 */
import { loadavg } from 'node:os'
import { ACTIONS, actionBundle, REPO_ROOT, type ActionName } from './lib/bundles.js'
import { startPipelineFixture, type PipelineFixture } from './lib/pipeline-fixture.js'
import { commit, machine, Recorder, writeResults, type Target } from './lib/results.js'
import { measureDrift } from './scenarios/drift.js'
import { measurePipeline } from './scenarios/pipeline.js'
import { measureReadyLag } from './scenarios/ready-lag.js'
import { measureNoopDeploy, measureStartup } from './scenarios/startup.js'
import { measureValidate } from './scenarios/validate.js'

/** The issue's targets, by metric (or family `name.*`). */
export const TARGETS: Record<string, Target> = {
  'first_request_ratio.*': { max: 1.15, text: '≤ 1.15 × floor' },
  'first_request_ms.*': { text: 'see ratio' },
  'floor_ms.*': { text: 'reported' },
  'unused_clients.*': { max: 0, text: 'none loaded but not called' },
  'peak_mib.*': { max: 64, text: '≤ 64 MiB' },
  'bundle_kib.*': { max: 2048, text: '≤ 2,048 KiB' },
  noop_deploy_calls: { max: 3, text: '≤ 3' },
  noop_deploy_ms: { max: 400, text: '≤ 400 ms' },
  'ready_lag_ms.5s': { max: 1000, text: '≤ 1,000 ms' },
  'ready_lag_ms.60s': { max: 3000, text: '≤ 3,000 ms' },
  'ready_gets_per_s.*': { max: 1, text: '≤ 1 Get/s' },
  pipeline_overhead_ms: { max: 2000, text: '≤ 2,000 ms' },
  'drift_ms.50': { max: 5000, text: '≤ 5,000 ms' },
  'drift_ms.10': { text: 'grows ≤ n / concurrency' },
  'drift_ms.200': { text: 'grows ≤ n / concurrency' },
  'drift_calls.10': { max: 10 * 3 * 4 + 3, text: '≤ 4/runtime + 1/env (123)' },
  'drift_calls.50': { max: 50 * 3 * 4 + 3, text: '≤ 4/runtime + 1/env (603)' },
  'drift_calls.200': { max: 200 * 3 * 4 + 3, text: '≤ 4/runtime + 1/env (2,403)' },
  validate_ms: { max: 1000, text: '≤ 1,000 ms' },
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

const quick = process.argv.includes('--quick')
const only = option('only')?.split(',')
const wants = (group: string) => !only || only.includes(group)
const runs = Number(option('runs') ?? (quick ? 3 : 10))
const log = (line: string) => process.stdout.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`)

const loadBefore = loadavg()
const started = Date.now()
const record = new Recorder()
// Snapshots of every bundle, taken once: an owner rebuilding a dist/ mid-run cannot break a measurement.
const fromSource = process.argv.includes('--from-source')
const bundles = Object.fromEntries(ACTIONS.map((a) => [a, actionBundle(a, fromSource)])) as Record<
  ActionName,
  ReturnType<typeof actionBundle>
>
for (const [action, b] of Object.entries(bundles)) if (!b.committed) log(`${action}: built from source`)

let fixture: PipelineFixture | undefined
try {
  if (wants('startup') || wants('noop') || wants('ready')) {
    log('setting up: emulator, registry, one pass through the pipeline')
    fixture = await startPipelineFixture(bundles)
  }
  if (fixture && wants('startup'))
    await measureStartup(fixture, record, {
      runs,
      memoryRuns: quick ? 1 : 3,
      log,
      actions: option('actions')?.split(',') as ActionName[] | undefined,
    })
  if (fixture && wants('noop')) {
    await measureNoopDeploy(fixture, record, quick ? 3 : 10)
    log(`no-op deploy: ${record.get('noop_deploy_calls')} control-plane calls, ${record.get('noop_deploy_ms')} ms`)
  }
  if (fixture && wants('ready')) {
    await measureReadyLag(fixture, record, 5000, quick ? 1 : 3)
    log(`ready lag at 5 s: ${record.get('ready_lag_ms.5s')} ms`)
    if (!quick) {
      await measureReadyLag(fixture, record, 60_000, 1)
      log(`ready lag at 60 s: ${record.get('ready_lag_ms.60s')} ms`)
    }
  }
  if (fixture) await fixture.stop()
  fixture = undefined
  if (wants('pipeline')) await measurePipeline(record, quick ? 1 : 3, log)
  if (wants('drift'))
    for (const n of quick ? [10, 50] : [10, 50, 200]) {
      await measureDrift(bundles['drift-check'].path, record, n, n >= 200 ? 2 : 3)
      log(`drift ×${n}: ${record.get(`drift_ms.${n}`)} ms, ${record.get(`drift_calls.${n}`)} calls`)
    }
  if (wants('validate')) {
    await measureValidate(record, quick ? 3 : 7)
    log(`validate: ${record.get('validate_ms')} ms`)
  }
} finally {
  await fixture?.stop()
}

const table = writeResults(REPO_ROOT, record, TARGETS, {
  measured_at: new Date().toISOString(),
  duration_s: Math.round((Date.now() - started) / 1000),
  options: { quick, runs, only: only ?? 'all', from_source: fromSource },
  machine: machine(loadBefore),
  commit: commit(REPO_ROOT),
})
process.stdout.write(`\n${table}\n\nWritten: bench/results/latest.json, bench/README.md\n`)
