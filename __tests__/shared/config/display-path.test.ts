import { describe, expect, it } from '@jest/globals'
import { displayPath } from '../../../shared/config/display-path.js'

describe('displayPath', () => {
  it.each([
    ['/work/repo/agentcore.yaml', '/work/repo', 'agentcore.yaml'],
    ['/work/repo/config/agentcore.yaml', '/work/repo', 'config/agentcore.yaml'],
    ['/elsewhere/agentcore.yaml', '/work/repo', '/elsewhere/agentcore.yaml'],
    ['/work/repo', '/work/repo', '/work/repo'],
    ['agentcore.yaml', '/work/repo', 'agentcore.yaml'],
  ])('%s from %s is shown as %s', (path, cwd, shown) => {
    expect(displayPath(path, cwd)).toBe(shown)
  })
})
