/**
 * The root action (the whole pipeline for one environment) with an image that already exists: its wall time minus
 * the transition delays the emulator was told to use is what the suite adds on top of AWS.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from '../lib/bundles.js'
import type { Recorder } from '../lib/results.js'

/** Measures the root action, or records why it cannot. */
export async function measurePipeline(record: Recorder, runs: number, log: (line: string) => void): Promise<void> {
  if (!existsSync(join(REPO_ROOT, 'dist', 'index.js'))) {
    record.note('pipeline_overhead_ms', 'not measured: the root action has no bundle (dist/index.js) yet')
    log('pipeline: no root action bundle (dist/index.js); not measured')
    return
  }
  record.note('pipeline_overhead_ms', `not measured: root action found but its scenario is not written (${runs} runs)`)
}
