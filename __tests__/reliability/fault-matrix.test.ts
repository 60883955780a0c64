/**
 * Promise 1 of the suite: a failure is never reported as success, and a rerun always finishes the job.
 *
 * For every scenario (an action from a given starting state), a clean run's request log gives the operations it
 * calls; every (operation × fault kind) cell then runs the bundle with that fault injected and judges it: the step
 * either succeeds (the SDK retried, the action waited) or fails with a message carrying the operation, the resource
 * and the cause, and its outputs claim nothing; then the same step, rerun with the fault gone, must leave exactly the
 * state a clean run leaves (no duplicate runtime, endpoint, stack or comment; no extra version).
 *
 * The matrix is printed at the end and kept in docs/reliability.md (`RELIABILITY_UPDATE_DOC=1 npm test --
 * __tests__/reliability/fault-matrix.test.ts` rewrites it); the test fails when the doc's cells differ.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { requireContainerTools } from '../helpers/containers.js'
import { REPO_ROOT } from '../helpers/run-bundle.js'
import {
  cellKey,
  cellsOf,
  KNOWN_GAPS,
  matrixTable,
  operationsOf,
  operationsTable,
  pool,
  runCell,
  type CellResult,
} from './fault-matrix.js'
import { createWorld, resetWorld, runScenario, SCENARIOS, type World } from './world.js'

/** Bundles run concurrently, one emulator each: 2 cores, and most of a run is waiting on the emulator. */
const WORKERS = 3
const DOC = join(REPO_ROOT, 'docs', 'reliability.md')
const START = '<!-- fault-matrix:start -->'
const END = '<!-- fault-matrix:end -->'

let worlds: World[] = []
const results: CellResult[] = []
const operations = new Map<string, { service: string; operation: string }[]>()

beforeAll(async () => {
  worlds = await Promise.all(Array.from({ length: WORKERS }, () => createWorld({ registry: true })))
})

afterAll(async () => {
  await Promise.all(worlds.map((w) => w.stop()))
})

describe('fault matrix: every AWS operation of every action × every fault that applies', () => {
  for (const scenario of SCENARIOS) {
    const test = scenario.containers ? requireContainerTools(['buildah', 'docker-registry']).itIf : it
    test(`${scenario.name}: each cell succeeds or fails clearly, and a rerun converges`, async () => {
      const [world] = worlds
      resetWorld(world)
      await scenario.prepare(world)
      world.emulator.clearRequests()
      const clean = await runScenario(world, scenario)
      expect(clean.errors).toEqual([])
      expect(clean.exitCode).toBe(0)
      const expected = await scenario.state(world)
      const ops = operationsOf(world.emulator.requests())
      operations.set(scenario.name, ops)
      const cells = cellsOf(scenario, ops)
      expect(cells.length).toBeGreaterThan(0)

      const done = await pool(worlds, cells, (w, cell) => runCell(w, cell, expected))
      results.push(...done)
      const bad = done
        .filter((r) => r.problems.length > 0 && !KNOWN_GAPS[cellKey(r.cell)])
        .map((r) => `${r.cell.service}:${r.cell.operation} × ${r.cell.kind.name}: ${r.problems.join('; ')}`)
      expect(bad).toEqual([])
      // A known gap that now passes was fixed: remove it from KNOWN_GAPS.
      const fixed = done
        .filter((r) => KNOWN_GAPS[cellKey(r.cell)] && r.problems.length === 0)
        .map((r) => cellKey(r.cell))
      expect(fixed).toEqual([])
    }, 900_000)
  }

  it('docs/reliability.md holds this matrix', () => {
    const table = `${operationsTable(operations)}\n\n${matrixTable(results)}`
    console.log(`Fault matrix (${results.length} cells)\n\n${table}`)
    const doc = readFileSync(DOC, 'utf8')
    const block = `${START}\n${table}\n${END}`
    if (process.env.RELIABILITY_UPDATE_DOC === '1') {
      writeFileSync(DOC, doc.replace(new RegExp(`${START}[\\s\\S]*${END}`), block))
      return
    }
    const current = doc.slice(doc.indexOf(START), doc.indexOf(END) + END.length)
    // The operations and the cell counts must match; outcomes are asserted cell by cell above.
    const counts = (text: string) =>
      text
        .split('\n')
        .filter((l) => l.startsWith('| '))
        .map((l) => l.split('|').slice(1, 4).join('|'))
    expect(counts(current)).toEqual(counts(block))
  })
})
