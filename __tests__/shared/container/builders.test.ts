/**
 * The argument arrays each builder runs: every value is its own argv item (no shell, no option injection),
 * secrets never appear in argv, credentials go to private files or stdin.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  buildahBuildArgs,
  buildahLoginArgs,
  buildahPushArgs,
  createBuildahBuilder,
} from '../../../shared/container/buildah.js'
import {
  dockerBuildArgs,
  dockerLoginArgs,
  dockerPushArgs,
  createDockerBuilder,
} from '../../../shared/container/docker.js'
import { buildxBuildArgs, buildxEnvironment, cacheFlags, secretVariable } from '../../../shared/container/buildx.js'
import { loadBuilder, type BuildSpec } from '../../../shared/container/builder.js'
import type { Command, CommandRunner } from '../../../shared/container/command.js'
import { MemoryLogger } from '../../../shared/action/logger.js'

const spec: BuildSpec = {
  context: '/work/agent',
  dockerfile: '/work/agent/Dockerfile',
  platform: 'linux/arm64',
  buildArgs: { VERSION: '1.2 --push', A: 'x=y' },
  secrets: { NPM_TOKEN: 'very-secret' },
  labels: { 'io.agentcore-actions.source': 'src-0123456789ab' },
  image: '127.0.0.1:5000/support-bot:src-0123456789ab',
  insecure: true,
  push: true,
}
const login = { host: '127.0.0.1:5000', username: 'AWS', password: 'pw', insecure: true }

/** Records commands instead of running them; `buildah push` gets a digest file like the real one writes. */
function recorder(): CommandRunner & { commands: Command[] } {
  const commands: Command[] = []
  return {
    commands,
    async run(command) {
      commands.push(command)
      const i = command.args.indexOf('--digestfile')
      if (i >= 0) (await import('node:fs')).writeFileSync(command.args[i + 1], 'sha256:abc')
      return { exitCode: 0, stdout: '', stderr: '' }
    },
  }
}

describe('buildah', () => {
  it('logs in with the password on stdin and a private auth file', () => {
    expect(buildahLoginArgs('/tmp/w/auth.json', login)).toEqual([
      'login',
      '--authfile',
      '/tmp/w/auth.json',
      '--username',
      'AWS',
      '--password-stdin',
      '--tls-verify=false',
      '127.0.0.1:5000',
    ])
    expect(buildahLoginArgs('/a', { ...login, insecure: false })).not.toContain('--tls-verify=false')
  })

  it('builds with build args as separate items and secrets as files', () => {
    expect(buildahBuildArgs(spec, { NPM_TOKEN: '/tmp/w/secret-NPM_TOKEN' })).toEqual([
      'bud',
      '--platform',
      'linux/arm64',
      '--file',
      '/work/agent/Dockerfile',
      '--tag',
      '127.0.0.1:5000/support-bot:src-0123456789ab',
      '--layers',
      '--build-arg',
      'A=x=y',
      '--build-arg',
      'VERSION=1.2 --push',
      '--secret',
      'id=NPM_TOKEN,src=/tmp/w/secret-NPM_TOKEN',
      '--label',
      'io.agentcore-actions.source=src-0123456789ab',
      '/work/agent',
    ])
  })

  it('pushes with a digest file', () => {
    expect(buildahPushArgs('/a.json', spec, '/d')).toEqual([
      'push',
      '--authfile',
      '/a.json',
      '--digestfile',
      '/d',
      '--tls-verify=false',
      '127.0.0.1:5000/support-bot:src-0123456789ab',
      'docker://127.0.0.1:5000/support-bot:src-0123456789ab',
    ])
  })

  it('writes each secret to a 0600 file for the build only, and never puts the value in argv', async () => {
    const workDir = mkdtempSync(join(tmpdir(), 'buildah-test-'))
    const runner = recorder()
    let seen: { mode: number; text: string } | undefined
    const spying: CommandRunner = {
      async run(command, options) {
        const secret = command.args.find((a) => a.startsWith('id=NPM_TOKEN,src='))
        if (secret) {
          const file = secret.slice('id=NPM_TOKEN,src='.length)
          const { statSync } = await import('node:fs')
          seen = { mode: statSync(file).mode & 0o777, text: readFileSync(file, 'utf8') }
        }
        return runner.run(command, options)
      },
    }
    const builder = createBuildahBuilder({ runner: spying, log: new MemoryLogger(), workDir })
    await builder.login(login)
    await builder.buildAndPush(spec)
    expect(seen).toEqual({ mode: 0o600, text: 'very-secret' })
    expect(existsSync(join(workDir, 'secret-NPM_TOKEN'))).toBe(false)
    expect(runner.commands.map((c) => c.args[0])).toEqual(['login', 'bud', 'push'])
    expect(runner.commands[0].stdin).toBe('pw')
    for (const c of runner.commands) expect(c.args.join(' ')).not.toContain('very-secret')
    expect(runner.commands.every((c) => c.program === 'buildah')).toBe(true)
    rmSync(workDir, { recursive: true, force: true })
  })

  it('does not push when push is false', async () => {
    const workDir = mkdtempSync(join(tmpdir(), 'buildah-test-'))
    const runner = recorder()
    await createBuildahBuilder({ runner, log: new MemoryLogger(), workDir }).buildAndPush({
      ...spec,
      push: false,
      secrets: {},
    })
    expect(runner.commands.map((c) => c.args[0])).toEqual(['bud'])
    rmSync(workDir, { recursive: true, force: true })
  })
})

describe('docker (classic builder)', () => {
  it('logs in, builds and pushes with argument arrays', () => {
    expect(dockerLoginArgs(login)).toEqual(['login', '--username', 'AWS', '--password-stdin', '127.0.0.1:5000'])
    expect(dockerBuildArgs(spec)).toEqual([
      'build',
      '--platform',
      'linux/arm64',
      '--file',
      '/work/agent/Dockerfile',
      '--tag',
      '127.0.0.1:5000/support-bot:src-0123456789ab',
      '--build-arg',
      'A=x=y',
      '--build-arg',
      'VERSION=1.2 --push',
      '--label',
      'io.agentcore-actions.source=src-0123456789ab',
      '/work/agent',
    ])
    expect(dockerPushArgs(spec)).toEqual(['push', '127.0.0.1:5000/support-bot:src-0123456789ab'])
  })

  it('runs with a private DOCKER_CONFIG and refuses build secrets it cannot keep secret', async () => {
    const workDir = mkdtempSync(join(tmpdir(), 'docker-test-'))
    const runner = recorder()
    const builder = createDockerBuilder({ runner, log: new MemoryLogger(), workDir })
    await builder.login(login)
    expect(runner.commands[0].env).toEqual({ DOCKER_CONFIG: join(workDir, 'docker-config'), DOCKER_BUILDKIT: '0' })
    await expect(builder.buildAndPush(spec)).rejects.toThrow('Build secrets need BuildKit')
    await builder.buildAndPush({ ...spec, secrets: {} })
    expect(runner.commands.map((c) => c.args[0])).toEqual(['login', 'build', 'push'])
    rmSync(workDir, { recursive: true, force: true })
  })
})

describe('buildx', () => {
  it('builds and pushes in one step, secrets by environment variable name only', () => {
    expect(
      buildxBuildArgs({ ...spec, cache: { kind: 'gha', scope: 'agentcore-support_bot' } }, '/w/meta.json'),
    ).toEqual([
      'buildx',
      'build',
      '--platform',
      'linux/arm64',
      '--file',
      '/work/agent/Dockerfile',
      '--tag',
      '127.0.0.1:5000/support-bot:src-0123456789ab',
      '--provenance=false',
      '--build-arg',
      'A=x=y',
      '--build-arg',
      'VERSION=1.2 --push',
      '--secret',
      'id=NPM_TOKEN,env=AGENTCORE_BUILD_SECRET_NPM_TOKEN',
      '--label',
      'io.agentcore-actions.source=src-0123456789ab',
      '--cache-from',
      'type=gha,scope=agentcore-support_bot',
      '--cache-to',
      'type=gha,scope=agentcore-support_bot,mode=max',
      '--metadata-file',
      '/w/meta.json',
      '--push',
      '/work/agent',
    ])
  })

  it('uses an OCI image-manifest registry cache (what ECR accepts)', () => {
    expect(cacheFlags({ kind: 'registry', ref: 'r/x:buildcache' })).toEqual([
      '--cache-from',
      'type=registry,ref=r/x:buildcache',
      '--cache-to',
      'type=registry,ref=r/x:buildcache,mode=max,image-manifest=true,oci-mediatypes=true',
    ])
    expect(cacheFlags(undefined)).toEqual([])
  })

  it('passes secret values in the environment and keeps the user buildx builders', () => {
    expect(buildxEnvironment('/w/cfg', '/home/u/.docker', { NPM_TOKEN: 'very-secret' }, {})).toEqual({
      DOCKER_CONFIG: '/w/cfg',
      BUILDX_CONFIG: '/home/u/.docker/buildx',
      [secretVariable('NPM_TOKEN')]: 'very-secret',
    })
    expect(buildxEnvironment('/w/cfg', '/h', {}, { BUILDX_CONFIG: '/custom' }).BUILDX_CONFIG).toBe('/custom')
  })
})

describe('loadBuilder', () => {
  it.each(['buildah', 'docker', 'buildx'] as const)('loads the %s builder', async (kind) => {
    const workDir = mkdtempSync(join(tmpdir(), 'load-test-'))
    const builder = await loadBuilder(kind, { runner: recorder(), log: new MemoryLogger(), workDir })
    expect(builder.kind).toBe(kind)
    rmSync(workDir, { recursive: true, force: true })
  })
})
