/**
 * Collects the figures of one benchmark run and writes them: `bench/results/latest.json` (one object: metric name →
 * value, plus `ranges` (median, min, max, runs of every timing), `notes`, `machine` and `commit`) and the results
 * table in `bench/README.md`, between its two marker comments.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { cpus, loadavg, totalmem, release } from 'node:os'
import { join } from 'node:path'
import { summarize, type Series } from './stats.js'

/** A metric's target: `max` (value must be ≤), or only reported. */
export interface Target {
  max?: number
  text: string
}

/** Records figures as they are measured. */
export class Recorder {
  readonly metrics: Record<string, number> = {}
  readonly ranges: Record<string, Series> = {}
  readonly notes: Record<string, string> = {}

  /** A timing series: its median is the metric; min, max and count are kept. */
  series(name: string, samples: number[]): Series {
    const s = summarize(samples)
    this.metrics[name] = s.median
    this.ranges[name] = s
    return s
  }

  value(name: string, value: number): void {
    this.metrics[name] = value
  }

  get(name: string): number | undefined {
    return this.metrics[name]
  }

  note(name: string, text: string): void {
    this.notes[name] = this.notes[name] ? `${this.notes[name]}; ${text}` : text
  }
}

/** The machine and its load, read at the start and at the end of the run. */
export function machine(loadBefore: number[]): Record<string, unknown> {
  return {
    cpus: cpus().length,
    cpu_model: cpus()[0]?.model ?? 'unknown',
    memory_gib: Math.round(totalmem() / 2 ** 30),
    kernel: release(),
    node: process.version,
    load_average_start: loadBefore.map((l) => Math.round(l * 100) / 100),
    load_average_end: loadavg().map((l) => Math.round(l * 100) / 100),
  }
}

/** The commit the benchmark ran on (with `+dirty` when the working tree had changes). */
export function commit(root: string): string {
  try {
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root }).toString().trim()
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root })
      .toString()
      .trim()
    return dirty ? `${sha}+dirty` : sha
  } catch {
    return 'unknown'
  }
}

/** Writes latest.json and the README table. Returns the table. */
export function writeResults(
  root: string,
  record: Recorder,
  targets: Record<string, Target>,
  meta: Record<string, unknown>,
): string {
  const dir = join(root, 'bench', 'results')
  mkdirSync(dir, { recursive: true })
  const sorted = Object.fromEntries(Object.entries(record.metrics).sort(([a], [b]) => a.localeCompare(b)))
  const json = { ...sorted, ranges: record.ranges, notes: record.notes, ...meta }
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`)
  const table = renderTable(record, targets)
  const readme = join(root, 'bench', 'README.md')
  const text = readFileSync(readme, 'utf8')
  const start = '<!-- results:start -->'
  const end = '<!-- results:end -->'
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from >= 0 && to > from) {
    const header = `Measured ${String(meta.measured_at)} on commit \`${String(meta.commit).slice(0, 12)}\`, ${(meta.machine as { cpus: number }).cpus} CPUs, load average ${((meta.machine as { load_average_start: number[] }).load_average_start ?? []).join(' / ')} at start.\n\n`
    writeFileSync(readme, `${text.slice(0, from + start.length)}\n${header}${table}\n${text.slice(to)}`)
  }
  return table
}

/** The markdown table: metric, value, min–max, target, verdict. */
export function renderTable(record: Recorder, targets: Record<string, Target>): string {
  const rows = ['| metric | value | min – max (runs) | target | met |', '|---|---:|---|---|---|']
  for (const [name, value] of Object.entries(record.metrics).sort(([a], [b]) => a.localeCompare(b))) {
    const range = record.ranges[name]
    const target = targetFor(name, targets)
    const verdict = target?.max === undefined ? '' : value <= target.max ? 'yes' : '**no**'
    rows.push(
      `| \`${name}\` | ${value} | ${range ? `${range.min} – ${range.max} (${range.runs})` : ''} | ${target?.text ?? 'reported'} | ${verdict} |`,
    )
  }
  return rows.join('\n')
}

/** The target of a metric: exact name first, then its family (`peak_mib.*`). */
function targetFor(name: string, targets: Record<string, Target>): Target | undefined {
  return targets[name] ?? targets[`${name.slice(0, name.indexOf('.'))}.*`]
}
