import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { resolvePayload } from '../../../shared/invoke/payload.js'

describe('resolvePayload', () => {
  const dir = mkdtempSync(join(tmpdir(), 'payload-'))
  writeFileSync(join(dir, 'ping.json'), '{"prompt":"ping"}')

  it('takes the input as given, a file after @, else the config payload as JSON', async () => {
    expect(await resolvePayload('hello', { prompt: 'x' }, dir)).toBe('hello')
    expect(await resolvePayload('@ping.json', undefined, dir)).toBe('{"prompt":"ping"}')
    expect(await resolvePayload(undefined, { prompt: 'ping' }, dir)).toBe('{"prompt":"ping"}')
    expect(await resolvePayload(undefined, 'plain', dir)).toBe('plain')
    expect(await resolvePayload(undefined, undefined, dir)).toBeUndefined()
  })

  it('says which file is missing', async () => {
    await expect(resolvePayload('@nope.json', undefined, dir)).rejects.toThrow(
      "Input 'payload': file 'nope.json' does not exist (paths after '@' are relative to the workspace)",
    )
  })
})
