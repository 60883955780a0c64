/**
 * The fixture every per-action benchmark shares: one emulator (with its real registry when docker-registry is
 * installed), a first-request probe in front of it, a workspace holding `agentcore.yaml` and the sample agent, and
 * one pass through the stage actions in pipeline order (build, role, deploy, promote, smoke test, drift) so that
 * every later run of any action is a valid, successful run on existing resources: a rebuild of the same source,
 * an unchanged role, an unchanged runtime, an endpoint already on its version, a smoke test, a drift check.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { runAction, expectSuccess, type ActionResult } from './action-process.js'
import { REPO_ROOT, type ActionName } from './bundles.js'
import { startFirstRequestProbe, type FirstRequestProbe } from './first-request-probe.js'

export const ACCOUNT = '111111111111'
export const REGION = 'us-east-1'

/** The benchmark's config: one runtime with a managed role, a named endpoint and a smoke test. */
export const PIPELINE_CONFIG = `version: 1
runtimes:
  support_bot:
    description: Benchmark agent
    image: { repository: support-bot, context: agent, dockerfile: Dockerfile }
    protocol: HTTP
    environment: { LOG_LEVEL: info }
    role: { models: ['anthropic.claude-sonnet-4-5*'] }
    endpoints: { live: latest }
    smokeTest: { payload: { prompt: ping } }
environments:
  dev: { account: '${ACCOUNT}', region: ${REGION}, runtimes: { support_bot: {} } }
`

/**
 * Points this process's own SDK clients (set-up and read-back calls) at an emulator, with the fixture's account.
 */
export function useEmulatorCredentials(endpoint: string): void {
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: `AKIA${ACCOUNT}`,
    AWS_SECRET_ACCESS_KEY: 'emulator-secret',
    AWS_REGION: REGION,
  })
}

/** The running fixture. */
export interface PipelineFixture {
  emulator: Emulator
  probe: FirstRequestProbe
  workspace: string
  /** Bundle path per action (committed dist, or a fresh build when it is missing). */
  bundles: Record<ActionName, { path: string; dir: string; committed: boolean }>
  /** Valid inputs for a repeat run of each action. */
  inputs: Record<ActionName, Record<string, string>>
  /** Runner environment pointing the SDK at `endpoint` (the probe by default). */
  env(endpoint?: string): Record<string, string>
  /** Runs an action with its inputs. */
  run(action: ActionName, options?: { memory?: boolean; endpoint?: string }): Promise<ActionResult>
  stop(): Promise<void>
}

/** Starts everything and runs the pipeline once. */
export async function startPipelineFixture(bundles: PipelineFixture['bundles']): Promise<PipelineFixture> {
  const emulator = await startEmulator({ transitionDelayMs: 20 })
  const probe = await startFirstRequestProbe(emulator.awsEndpointUrl)
  useEmulatorCredentials(emulator.awsEndpointUrl)
  const workspace = mkdtempSync(join(tmpdir(), 'bench-workspace-'))
  const storage = mkdtempSync(join(tmpdir(), 'bench-buildah-'))
  mkdirSync(join(workspace, 'agent'))
  cpSync(join(REPO_ROOT, 'workflows-examples', 'agent', 'server.mjs'), join(workspace, 'agent', 'server.mjs'))
  cpSync(join(REPO_ROOT, 'workflows-examples', 'agent', 'Dockerfile.offline'), join(workspace, 'agent', 'Dockerfile'))
  writeFileSync(join(workspace, 'agentcore.yaml'), PIPELINE_CONFIG)
  // buildah's settings as a runner without Docker would set them: a private vfs store, chroot isolation.
  writeFileSync(
    join(storage, 'storage.conf'),
    `[storage]\ndriver = "vfs"\ngraphroot = "${storage}/root"\nrunroot = "${storage}/runroot"\n`,
  )
  const env = (endpoint = probe.url): Record<string, string> => ({
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: `AKIA${ACCOUNT}`,
    AWS_SECRET_ACCESS_KEY: 'emulator-secret',
    AWS_REGION: REGION,
    GITHUB_API_URL: emulator.githubApiUrl,
    CONTAINERS_STORAGE_CONF: join(storage, 'storage.conf'),
    BUILDAH_ISOLATION: 'chroot',
  })
  const inputs: PipelineFixture['inputs'] = {
    'build-push': { environment: 'dev', builder: 'buildah' },
    'ensure-role': { environment: 'dev' },
    'deploy-runtime': { environment: 'dev' },
    'promote-endpoint': { environment: 'dev', endpoint: 'live' },
    'invoke-smoke-test': { environment: 'dev', endpoint: 'live' },
    'drift-check': { comment: 'false' },
  }
  const fixture: PipelineFixture = {
    emulator,
    probe,
    workspace,
    bundles,
    inputs,
    env,
    run: (action, options = {}) =>
      runAction({
        bundle: bundles[action].path,
        inputs: inputs[action],
        env: env(options.endpoint),
        cwd: workspace,
        memory: options.memory,
      }),
    async stop() {
      await probe.stop()
      await emulator.stop()
      rmSync(workspace, { recursive: true, force: true })
      rmSync(storage, { recursive: true, force: true })
    },
  }
  try {
    const built = expectSuccess('build-push (first build)', await fixture.run('build-push'))
    const role = expectSuccess('ensure-role (first run)', await fixture.run('ensure-role'))
    inputs['deploy-runtime'] = { ...inputs['deploy-runtime'], image: built.outputs['image-uri'] }
    inputs['deploy-runtime']['role-arn'] = role.outputs['role-arn']
    expectSuccess('deploy-runtime (first deploy)', await fixture.run('deploy-runtime'))
    expectSuccess('promote-endpoint (first promotion)', await fixture.run('promote-endpoint'))
    expectSuccess('invoke-smoke-test (first, cold)', await fixture.run('invoke-smoke-test'))
    expectSuccess('drift-check (first)', await fixture.run('drift-check'))
  } catch (error) {
    await fixture.stop()
    throw error
  }
  return fixture
}
