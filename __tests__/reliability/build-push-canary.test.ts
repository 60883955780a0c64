/**
 * The secret canary through build-push, with a real buildah build and the emulator's real registry: a build secret,
 * the AWS secret key and session token carry the canary, and the ECR password (the registry's random password the
 * action gets from GetAuthorizationToken) is a second canary. Neither may appear in stdout (bar `::add-mask::`),
 * stderr, GITHUB_OUTPUT, the job summary or the emulator's stored state, on the success path and on a failing build,
 * with step debug on.
 */
import { afterAll, beforeAll, expect } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import type { EcrService } from '../../emulator/services/ecr.js'
import { requireContainerTools } from '../helpers/containers.js'
import { REPO_ROOT, runBundle, type BundleRun } from '../helpers/run-bundle.js'

const gate = requireContainerTools(['buildah', 'docker-registry'])
const ACCOUNT = '111111111111'
const REGION = 'us-west-2'
const CANARY = `CANARY-7f3a9c-${randomBytes(6).toString('hex')}`

const CONFIG = `version: 1
runtimes:
  support_bot:
    image: { repository: support-bot, context: agent, dockerfile: Dockerfile }
environments:
  dev: { account: '${ACCOUNT}', region: ${REGION}, runtimes: { support_bot: {} } }
`

/** Where a secret value was seen, outside the runner's own `::add-mask::` command. */
function leaks(run: BundleRun, emulator: Emulator, secret: string): string[] {
  const found: string[] = []
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  if (stdout.includes(secret)) found.push('stdout')
  if (run.stderr.includes(secret)) found.push('stderr')
  if (JSON.stringify(run.outputs).includes(secret)) found.push('GITHUB_OUTPUT')
  if (run.summary.includes(secret)) found.push('job summary')
  if (JSON.stringify(emulator.snapshot().ecr ?? {}).includes(secret)) found.push('ECR state')
  return found
}

gate.describeIf('secret canary through build-push (buildah, real registry)', () => {
  let emulator: Emulator
  let workspace: string
  let storage: string
  let env: Record<string, string>

  beforeAll(async () => {
    emulator = await startEmulator()
    workspace = mkdtempSync(join(tmpdir(), 'build-push-canary-'))
    mkdirSync(join(workspace, 'agent'))
    cpSync(join(REPO_ROOT, 'workflows-examples', 'agent', 'server.mjs'), join(workspace, 'agent', 'server.mjs'))
    cpSync(join(REPO_ROOT, 'workflows-examples', 'agent', 'Dockerfile.offline'), join(workspace, 'agent', 'Dockerfile'))
    writeFileSync(join(workspace, 'agentcore.yaml'), CONFIG)
    storage = mkdtempSync(join(tmpdir(), 'build-push-canary-storage-'))
    writeFileSync(
      join(storage, 'storage.conf'),
      `[storage]\ndriver = "vfs"\ngraphroot = "${storage}/root"\nrunroot = "${storage}/runroot"\n`,
    )
    env = {
      AWS_ENDPOINT_URL: emulator.awsEndpointUrl,
      AWS_ACCESS_KEY_ID: `AKIA${ACCOUNT}`,
      AWS_SECRET_ACCESS_KEY: CANARY,
      AWS_SESSION_TOKEN: CANARY,
      AWS_REGION: REGION,
      CONTAINERS_STORAGE_CONF: join(storage, 'storage.conf'),
      BUILDAH_ISOLATION: 'chroot',
      ACTIONS_STEP_DEBUG: 'true',
      RUNNER_DEBUG: '1',
    }
  }, 60_000)

  afterAll(async () => {
    await emulator?.stop()
    rmSync(workspace, { recursive: true, force: true })
    rmSync(storage, { recursive: true, force: true })
  })

  const build = () =>
    runBundle('build-push', {
      inputs: { environment: 'dev', builder: 'buildah', secrets: `NPM_TOKEN=${CANARY}` },
      env,
      cwd: workspace,
      timeoutMs: 180_000,
    })

  gate.itIf(
    'a build that pushes: neither the build secret nor the ECR password appears anywhere',
    async () => {
      const run = await build()
      expect(run.errors).toEqual([])
      expect(run.exitCode).toBe(0)
      expect(run.outputs.digest).toMatch(/^sha256:/)
      expect(run.outputs.built).toBe('true')
      const { password } = await emulator.service<EcrService>('ecr').ensureRegistry(ACCOUNT, REGION)
      expect(password.length).toBeGreaterThan(8)
      expect(leaks(run, emulator, CANARY)).toEqual([])
      expect(leaks(run, emulator, password)).toEqual([])
      // The registry's base64 token (AWS:<password>) is the same secret in another form.
      expect(leaks(run, emulator, Buffer.from(`AWS:${password}`).toString('base64'))).toEqual([])
    },
    240_000,
  )

  gate.itIf(
    'a failing build (missing file): the canary still appears nowhere',
    async () => {
      writeFileSync(join(workspace, 'agent', 'Dockerfile'), 'FROM scratch\nCOPY missing-file /app/missing\n')
      try {
        const run = await build()
        expect(run.exitCode).toBe(1)
        expect(run.errors).toHaveLength(1)
        expect(run.errors[0]).toMatch(/missing-file/)
        expect(leaks(run, emulator, CANARY)).toEqual([])
      } finally {
        cpSync(
          join(REPO_ROOT, 'workflows-examples', 'agent', 'Dockerfile.offline'),
          join(workspace, 'agent', 'Dockerfile'),
        )
      }
    },
    240_000,
  )
})
