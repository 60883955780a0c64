/**
 * `action.yml` is the source of truth: every README's inputs and outputs tables must be exactly what
 * `node scripts/action-docs.mjs` generates from it, and every action has a README with both tables.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { actionDirectories, renderActionDocs } from '../../scripts/action-docs-lib.mjs'
import { REPO_ROOT } from '../helpers/run-bundle.js'

const dirs = actionDirectories(REPO_ROOT, { existsSync, readdirSync })
const name = (dir: string) => (dir === REPO_ROOT ? 'root' : dir.slice(REPO_ROOT.length + '/actions/'.length))

describe('action READMEs', () => {
  it('cover the root action and the six stage actions', () => {
    expect(dirs.map(name).sort()).toEqual([
      'build-push',
      'deploy-runtime',
      'drift-check',
      'ensure-role',
      'invoke-smoke-test',
      'promote-endpoint',
      'root',
    ])
  })

  it.each(dirs.map((d) => [name(d), d]))('%s: the tables match action.yml', (_name, dir) => {
    const readme = readFileSync(join(dir, 'README.md'), 'utf8')
    expect(readme).toContain('<!-- inputs:start -->')
    expect(readme).toContain('<!-- outputs:start -->')
    const expected = renderActionDocs(readFileSync(join(dir, 'action.yml'), 'utf8'), readme)
    expect(readme).toBe(expected)
  })

  it('would notice an input added to action.yml but not to the README', () => {
    const dir = dirs.find((d) => name(d) === 'deploy-runtime')!
    const readme = readFileSync(join(dir, 'README.md'), 'utf8')
    const yml = readFileSync(join(dir, 'action.yml'), 'utf8').replace(
      'inputs:\n',
      'inputs:\n  brand-new:\n    description: A new input.\n    required: false\n',
    )
    expect(renderActionDocs(yml, readme)).not.toBe(readme)
  })
})
