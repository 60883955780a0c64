import { describe, expect, it } from '@jest/globals'
import { workspaceConfigPath } from '../../../shared/config/workspace-path.js'

describe('workspaceConfigPath', () => {
  it.each([
    ['agentcore.yaml', '/work/repo/agentcore.yaml'],
    ['deploy/agentcore.yml', '/work/repo/deploy/agentcore.yml'],
    ['/work/repo/agentcore.json', '/work/repo/agentcore.json'],
    ['./a/../agentcore.yaml', '/work/repo/agentcore.yaml'],
  ])('accepts %s inside the workspace', (input, path) => {
    expect(workspaceConfigPath('/work/repo', input)).toBe(path)
  })

  it.each(['../../etc/passwd', '/etc/passwd', '..', '.', 'a/../../other/agentcore.yaml'])('refuses %s', (input) => {
    expect(() => workspaceConfigPath('/work/repo', input)).toThrow(
      `Input 'config': '${input}' is outside the workspace (/work/repo); give the config's path inside the repository checkout`,
    )
  })
})
