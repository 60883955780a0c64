/**
 * Start-up cost per action, side by side with its floor: spawn → first request reaching the emulator, alternating
 * action and floor runs so that the machine's noise hits both alike; peak memory of successful runs; bundle size;
 * and the no-op deploy (control-plane calls and wall time at zero emulator latency).
 */
import { runAction } from '../lib/action-process.js'
import { ACTIONS, emptyScript, floorBundle, folderKiB, type ActionName } from '../lib/bundles.js'
import type { PipelineFixture } from '../lib/pipeline-fixture.js'
import { round } from '../lib/stats.js'
import { loadHook, loadedServices } from '../lib/loaded-modules.js'
import { join } from 'node:path'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import type { Recorder } from '../lib/results.js'

/** Options: timed runs per action (≥ 10 for the target), memory runs per action. */
export interface StartupOptions {
  runs: number
  memoryRuns: number
  /** Only these actions (default: all six). */
  actions?: readonly ActionName[]
  log: (line: string) => void
}

/** Measures every action of the fixture. */
export async function measureStartup(
  fixture: PipelineFixture,
  record: Recorder,
  options: StartupOptions,
): Promise<void> {
  const empty = emptyScript()
  const emptyRuns: number[] = []
  for (const action of options.actions ?? ACTIONS) {
    // Which request comes first is read from the emulator, not assumed: the floor sends that one.
    fixture.emulator.clearRequests()
    const probeRun = await fixture.run(action)
    if (probeRun.exitCode !== 0) throw new Error(`${action} failed before measuring:\n${probeRun.stdout.slice(-1500)}`)
    const first = fixture.emulator.requests()[0]
    const floor = floorBundle(first.service, first.operation)
    const actionTimes: number[] = []
    const floorTimes: number[] = []
    for (let i = 0; i < options.runs; i++) {
      // Alternate which goes first, so a drift in the machine's load does not favour one side.
      const order = i % 2 ? (['floor', 'action'] as const) : (['action', 'floor'] as const)
      for (const which of order) {
        fixture.probe.arm()
        const result =
          which === 'action'
            ? await fixture.run(action)
            : await runAction({ bundle: floor, env: fixture.env(), cwd: fixture.workspace })
        const at = await fixture.probe.firstAt()
        if (which === 'action' && result.exitCode !== 0)
          throw new Error(`${action} failed during timing:\n${result.stdout.slice(-1500)}`)
        if (at === undefined) throw new Error(`${which} of ${action} sent no request`)
        ;(which === 'action' ? actionTimes : floorTimes).push(at - (performance.timeOrigin + result.spawnedAt))
        // Let the emulator finish what the run started (transitions of 20 ms, agent output) before the next spawn.
        await new Promise((settled) => setTimeout(settled, 100))
      }
      const nothing = await runAction({ bundle: empty, cwd: fixture.workspace })
      emptyRuns.push(nothing.wallMs)
    }
    const a = record.series(`first_request_ms.${action}`, actionTimes)
    const f = record.series(`floor_ms.${action}`, floorTimes)
    record.value(`first_request_ratio.${action}`, round(a.median / f.median, 2))
    record.note(`first_request_ms.${action}`, `first request: ${first.service} ${first.operation}`)

    const peaks: number[] = []
    for (let i = 0; i < options.memoryRuns; i++) {
      const result = await fixture.run(action, { memory: true })
      if (result.exitCode !== 0 || result.peakMiB === undefined)
        throw new Error(`${action} memory run failed (exit ${result.exitCode})`)
      peaks.push(result.peakMiB)
    }
    // Peak: the largest of the runs (a peak, not a typical value).
    record.value(`peak_mib.${action}`, round(Math.max(...peaks)))
    // What the run loads but never calls (a client, @actions/github): start-up time for nothing.
    const logDir = mkdtempSync(join(tmpdir(), 'bench-loaded-'))
    const logFile = join(logDir, 'loaded')
    fixture.emulator.clearRequests()
    const traced = await runAction({
      bundle: fixture.bundles[action].path,
      inputs: fixture.inputs[action],
      env: { ...fixture.env(), NODE_OPTIONS: loadHook().nodeOption, BENCH_LOADED_FILE: logFile },
      cwd: fixture.workspace,
    })
    const called = new Set(fixture.emulator.requests().map((r) => r.service))
    const unused = traced.exitCode === 0 ? loadedServices(logFile).filter((s) => !called.has(s)) : ['(run failed)']
    rmSync(logDir, { recursive: true, force: true })
    record.value(`unused_clients.${action}`, unused.length)
    if (unused.length) record.note(`unused_clients.${action}`, `loaded, never called: ${unused.join(', ')}`)
    record.value(`bundle_kib.${action}`, round(folderKiB(fixture.bundles[action].dir), 0))
    if (!fixture.bundles[action].committed) record.note(`bundle_kib.${action}`, 'dist/ missing: built from source')
    options.log(
      `${action}: first request ${a.median} ms (floor ${f.median} ms, ×${round(a.median / f.median, 2)}), peak ${round(Math.max(...peaks))} MiB`,
    )
  }
  const e = record.series('empty_node_ms', emptyRuns)
  for (const action of ACTIONS as readonly ActionName[]) {
    const floor = record.get(`floor_ms.${action}`)
    if (floor !== undefined) record.value(`floor_over_empty.${action}`, round(floor / e.median, 2))
  }
  const floorPeak = await runAction({
    bundle: floorBundle('sts', 'GetCallerIdentity'),
    env: fixture.env(),
    cwd: fixture.workspace,
    memory: true,
  })
  if (floorPeak.peakMiB !== undefined) record.value('floor_peak_mib', round(floorPeak.peakMiB))
}

/** deploy-runtime when nothing changed: control-plane calls and wall time, straight to the emulator (no probe). */
export async function measureNoopDeploy(fixture: PipelineFixture, record: Recorder, runs: number): Promise<void> {
  fixture.emulator.settings.latencyMs = 0
  const times: number[] = []
  let calls = 0
  for (let i = 0; i < runs; i++) {
    fixture.emulator.clearRequests()
    const result = await fixture.run('deploy-runtime', { endpoint: fixture.emulator.awsEndpointUrl })
    if (result.exitCode !== 0 || result.outputs.changed !== 'false')
      throw new Error(`no-op deploy did not report changed=false (exit ${result.exitCode})`)
    const control = fixture.emulator.requests({ service: 'bedrock-agentcore-control' })
    calls = Math.max(calls, control.length)
    if (i === 0)
      record.note(
        'noop_deploy_calls',
        fixture.emulator
          .requests()
          .map((r) => `${r.service}:${r.operation}`)
          .join(', '),
      )
    times.push(result.wallMs)
  }
  record.value('noop_deploy_calls', calls)
  record.series('noop_deploy_ms', times)
}
