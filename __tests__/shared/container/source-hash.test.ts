import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  contextFiles,
  isIgnored,
  parseDockerignore,
  sourceTag,
  type SourceInputs,
} from '../../../shared/container/source-hash.js'

describe('source hash', () => {
  let dir: string
  let inputs: SourceInputs
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'source-hash-'))
    mkdirSync(join(dir, 'src'))
    mkdirSync(join(dir, 'node_modules'))
    writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY . /app\n')
    writeFileSync(join(dir, 'src', 'server.mjs'), 'console.log(1)\n')
    writeFileSync(join(dir, 'node_modules', 'big.js'), 'x')
    writeFileSync(join(dir, '.dockerignore'), '# deps\nnode_modules\n*.log\n!keep.log\n')
    inputs = { context: dir, dockerfile: join(dir, 'Dockerfile'), platform: 'linux/arm64', buildArgs: {}, secrets: {} }
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('is a stable src-<12 hex> tag', () => {
    expect(sourceTag(inputs)).toMatch(/^src-[0-9a-f]{12}$/)
    expect(sourceTag(inputs)).toBe(sourceTag({ ...inputs }))
  })

  it.each([
    ['a source file', () => writeFileSync(join(dir, 'src', 'server.mjs'), 'console.log(2)\n')],
    ['a new file', () => writeFileSync(join(dir, 'src', 'new.mjs'), '')],
    ['the Dockerfile', () => writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\n')],
    ['the executable bit', () => chmodSync(join(dir, 'src', 'server.mjs'), 0o755)],
  ])('changes with %s', (_what, change) => {
    const before = sourceTag(inputs)
    change()
    expect(sourceTag(inputs)).not.toBe(before)
  })

  it('changes with the platform, build args and secret values, without hashing secrets in clear', () => {
    const before = sourceTag(inputs)
    expect(sourceTag({ ...inputs, platform: 'linux/amd64' })).not.toBe(before)
    expect(sourceTag({ ...inputs, buildArgs: { A: '1' } })).not.toBe(before)
    expect(sourceTag({ ...inputs, secrets: { T: 'a' } })).not.toBe(sourceTag({ ...inputs, secrets: { T: 'b' } }))
  })

  it('ignores what .dockerignore excludes', () => {
    const before = sourceTag(inputs)
    writeFileSync(join(dir, 'node_modules', 'other.js'), 'y')
    writeFileSync(join(dir, 'debug.log'), 'noise')
    expect(sourceTag(inputs)).toBe(before)
    writeFileSync(join(dir, 'keep.log'), 'kept')
    expect(sourceTag(inputs)).not.toBe(before)
    expect(contextFiles(dir)).toEqual(['.dockerignore', 'Dockerfile', 'keep.log', 'src/server.mjs'])
  })

  it.each([
    ['node_modules', 'node_modules/a/b.js', true],
    ['**/*.test.mjs', 'src/deep/x.test.mjs', true],
    ['**/*.test.mjs', 'x.test.mjs', true],
    ['/build', 'build/out.js', true],
    ['*.md', 'docs/readme.md', false],
    ['docs/*.md', 'docs/readme.md', true],
  ])('pattern %s on %s → ignored %s', (pattern, path, ignored) => {
    expect(isIgnored(path, parseDockerignore(pattern))).toBe(ignored)
  })
})
