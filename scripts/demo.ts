/**
 * `npm run demo`: the example pipeline end to end on this machine, every action run from its bundled `dist/` exactly
 * as a GitHub runner starts it (inputs as INPUT_*, output and summary files), against the local emulator:
 *
 *   dev:  build-push → ensure-role → deploy-runtime → promote-endpoint → invoke-smoke-test   (stage by stage)
 *   prod: the root action with `source-image` = dev's image (copied by digest across accounts, never rebuilt)
 *   then: a config change deployed to prod (version 2), a rollback with `version: previous`, a smoke test,
 *         and drift-check on a pull request after an edit made behind the config's back (its sticky comment).
 *
 * With the container tools installed (scripts/setup-e2e.sh) the sample agent is built with buildah and pushed into
 * the real registry behind the emulator's ECR; without them the demo says so and seeds the images instead.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseDocument } from 'yaml'
import {
  UpdateAgentRuntimeEndpointCommand,
  BedrockAgentCoreControlClient,
} from '@aws-sdk/client-bedrock-agentcore-control'
import { startEmulator } from '../emulator/index.js'
import type { EcrService } from '../emulator/services/ecr.js'
import { REPO_ROOT, runBundle, type BundleRun } from '../__tests__/helpers/run-bundle.js'
import { containerToolsAvailable } from '../__tests__/helpers/containers.js'

const DEV = { account: '111111111111', region: 'us-west-2' }
const PROD = { account: '222222222222', region: 'us-east-1' }
const SECRET = 'VENDOR_API_KEY=demo-vendor-key-0d9f'

const bold = (s: string) => `\x1b[1m${s}\x1b[0m`
const dim = (s: string) => `\x1b[2m${s}\x1b[0m`

function show(title: string, run: BundleRun): BundleRun {
  const ok = run.exitCode === 0
  console.log(`\n${bold(`${ok ? '✔' : '✘'} ${title}`)} ${dim(`(exit ${run.exitCode})`)}`)
  for (const [k, v] of Object.entries(run.outputs))
    console.log(`  ${k} = ${v.length > 160 ? `${v.slice(0, 160)}…` : v}`)
  for (const e of run.errors) console.log(`  error: ${e}`)
  for (const w of run.warnings) console.log(`  warning: ${w.split('\n')[0]}`)
  const summary = run.summary.trim().split('\n')
  console.log(
    dim(
      summary
        .slice(0, 14)
        .map((l) => `  │ ${l}`)
        .join('\n') + (summary.length > 14 ? `\n  │ … (${summary.length - 14} more lines)` : ''),
    ),
  )
  return run
}

function must(run: BundleRun, what: string): BundleRun {
  if (run.exitCode !== 0)
    throw new Error(`demo step failed: ${what}\n${run.errors.join('\n')}\n${run.stderr.slice(-2000)}`)
  return run
}

async function main(): Promise<void> {
  const tools = containerToolsAvailable()
  const realBuild = tools.buildah && tools['docker-registry'] && tools.skopeo && tools.htpasswd
  const emulator = await startEmulator({ transitionDelayMs: 300, ...(realBuild ? {} : { registry: false }) })
  const workspace = mkdtempSync(join(tmpdir(), 'agentcore-demo-'))
  const storage = mkdtempSync(join(tmpdir(), 'agentcore-demo-storage-'))
  try {
    console.log(bold('agentcore-actions demo'))
    console.log(`emulator: AWS_ENDPOINT_URL=${emulator.awsEndpointUrl}  GITHUB_API_URL=${emulator.githubApiUrl}`)
    console.log(`workspace: ${workspace}`)

    // The example config and sample agent, as a user's repository would hold them. Two demo adjustments, said out
    // loud: the offline Dockerfile (no Docker Hub here), and prod's live endpoint following `latest` (the example
    // pins it to version 12, which a fresh account does not have).
    mkdirSync(join(workspace, 'workflows-examples'), { recursive: true })
    cpSync(join(REPO_ROOT, 'workflows-examples', 'agent'), join(workspace, 'workflows-examples', 'agent'), {
      recursive: true,
    })
    const doc = parseDocument(readFileSync(join(REPO_ROOT, 'workflows-examples', 'agentcore.yaml'), 'utf8'))
    doc.setIn(['runtimes', 'support_bot', 'image', 'dockerfile'], 'Dockerfile.offline')
    doc.setIn(['environments', 'prod', 'runtimes', 'support_bot', 'endpoints', 'live'], 'latest')
    const writeConfig = () => writeFileSync(join(workspace, 'agentcore.yaml'), doc.toString())
    writeConfig()
    console.log(dim('config: workflows-examples/agentcore.yaml with Dockerfile.offline, prod live → latest'))

    writeFileSync(
      join(storage, 'storage.conf'),
      `[storage]\ndriver = "vfs"\ngraphroot = "${storage}/root"\nrunroot = "${storage}/runroot"\n`,
    )
    const base = {
      AWS_ENDPOINT_URL: emulator.awsEndpointUrl,
      GITHUB_API_URL: emulator.githubApiUrl,
      AWS_SECRET_ACCESS_KEY: 'demo-secret-access-key',
      CONTAINERS_STORAGE_CONF: join(storage, 'storage.conf'),
      BUILDAH_ISOLATION: 'chroot',
      GITHUB_SHA: 'de0de0de0de0de0de0de0de0de0de0de0de0de0d',
    }
    const dev = { ...base, AWS_ACCESS_KEY_ID: `AKIA${DEV.account}`, AWS_REGION: DEV.region }
    const prod = { ...base, AWS_ACCESS_KEY_ID: `AKIA${PROD.account}`, AWS_REGION: PROD.region }
    const run = (
      action: string,
      inputs: Record<string, string>,
      env: Record<string, string>,
      extra: { event?: unknown; eventName?: string } = {},
    ) =>
      runBundle(action, {
        inputs: { runtime: 'support_bot', ...inputs },
        env,
        cwd: workspace,
        timeoutMs: 300_000,
        ...extra,
      })

    console.log(`\n${bold('── dev, stage by stage')}`)
    let devImage: string
    if (realBuild) {
      const built = must(
        show(
          'build-push (buildah, real registry)',
          await run('build-push', { environment: 'dev', builder: 'buildah' }, dev),
        ),
        'build-push',
      )
      devImage = built.outputs['image-uri']
    } else {
      console.log(
        bold(
          '\n! container tools missing (run scripts/setup-e2e.sh as root to build for real): seeding the images instead',
        ),
      )
      const ecr = emulator.service<EcrService>('ecr')
      devImage = `${DEV.account}.dkr.ecr.${DEV.region}.amazonaws.com/support-bot@${ecr.seedImage(DEV.account, DEV.region, 'support-bot', { tag: 'demo' })}`
      ecr.seedImage(PROD.account, PROD.region, 'support-bot', { tag: 'demo' })
      console.log(`  seeded ${devImage} (and the same image in prod's ECR)`)
    }
    must(show('ensure-role', await run('ensure-role', { environment: 'dev' }, dev)), 'ensure-role')
    must(
      show(
        'deploy-runtime',
        await run('deploy-runtime', { environment: 'dev', image: devImage, secrets: SECRET }, dev),
      ),
      'deploy-runtime',
    )
    must(
      show(
        'deploy-runtime again (nothing changed: no new version)',
        await run('deploy-runtime', { environment: 'dev', image: devImage, secrets: SECRET }, dev),
      ),
      'deploy-runtime rerun',
    )
    must(show('promote-endpoint', await run('promote-endpoint', { environment: 'dev' }, dev)), 'promote-endpoint')
    must(
      show('invoke-smoke-test', await run('invoke-smoke-test', { environment: 'dev', endpoint: 'live' }, dev)),
      'invoke-smoke-test',
    )

    const prodSource = realBuild
      ? devImage
      : devImage.replace(`${DEV.account}.dkr.ecr.${DEV.region}`, `${PROD.account}.dkr.ecr.${PROD.region}`)
    // The root action always goes through build-push (a build, or a copy of `source-image`), and both need a
    // registry. Without the container tools prod runs the same stages one by one, on the seeded image.
    const prodPipeline = async (what: string): Promise<BundleRun> => {
      const label = `agentcore (root action): ${what}`
      if (realBuild)
        return must(
          show(label, await run('root', { environment: 'prod', 'source-image': prodSource, secrets: SECRET }, prod)),
          label,
        )
      must(show('ensure-role (prod)', await run('ensure-role', { environment: 'prod' }, prod)), 'ensure-role prod')
      const deployed = must(
        show(
          `deploy-runtime (prod): ${what}`,
          await run('deploy-runtime', { environment: 'prod', image: prodSource, secrets: SECRET }, prod),
        ),
        'deploy-runtime prod',
      )
      must(
        show(
          'promote-endpoint canary (prod)',
          await run('promote-endpoint', { environment: 'prod', endpoint: 'canary' }, prod),
        ),
        'promote canary',
      )
      must(
        show(
          'invoke-smoke-test canary (prod)',
          await run('invoke-smoke-test', { environment: 'prod', endpoint: 'canary' }, prod),
        ),
        'smoke canary',
      )
      must(
        show(
          'promote-endpoint live (prod)',
          await run('promote-endpoint', { environment: 'prod', endpoint: 'live' }, prod),
        ),
        'promote live',
      )
      return deployed
    }

    console.log(
      `\n${bold(realBuild ? '── prod, the root action (the whole pipeline in one step)' : '── prod, stage by stage (the root action needs a registry: see above)')}`,
    )
    const first = await prodPipeline('first deploy')
    if (realBuild && first.outputs.digest !== devImage.split('@')[1])
      throw new Error('prod runs another digest than dev built')

    console.log(`\n${bold('── a config change reaches prod, then is rolled back by hand')}`)
    doc.setIn(['runtimes', 'support_bot', 'environment', 'LOG_LEVEL'], 'warn')
    writeConfig()
    await prodPipeline('LOG_LEVEL changed → version 2')
    must(
      show(
        'promote-endpoint version: previous (rollback.yml)',
        await run('promote-endpoint', { environment: 'prod', endpoint: 'live', version: 'previous' }, prod),
      ),
      'rollback',
    )
    must(
      show(
        'invoke-smoke-test after the rollback',
        await run('invoke-smoke-test', { environment: 'prod', endpoint: 'live' }, prod),
      ),
      'smoke after rollback',
    )

    console.log(`\n${bold('── drift on a pull request')}`)
    // Someone moves prod's canary by hand in the console.
    const control = new BedrockAgentCoreControlClient({
      region: PROD.region,
      endpoint: emulator.awsEndpointUrl,
      credentials: { accessKeyId: prod.AWS_ACCESS_KEY_ID, secretAccessKey: 'x' },
    })
    const runtimeId = first.outputs['runtime-id']
    await control.send(
      new UpdateAgentRuntimeEndpointCommand({
        agentRuntimeId: runtimeId,
        endpointName: 'canary',
        agentRuntimeVersion: '1',
      }),
    )
    console.log('  (moved prod canary to version 1 behind the config’s back)')
    const pr = { event: { pull_request: { number: 42 } }, eventName: 'pull_request' }
    const drift = show(
      'drift-check (prod)',
      await run('drift-check', { environments: 'prod', 'github-token': 'ghs_demo_token' }, prod, pr),
    )
    if (drift.outputs['has-drift'] !== 'true') throw new Error('drift-check did not report the moved endpoint')
    const comments = (await (
      await fetch(`${emulator.githubApiUrl}/repos/octo-org/agents/issues/42/comments`, {
        headers: { authorization: 'token ghs_demo_token' },
      })
    ).json()) as { body: string }[]
    console.log(bold(`\nThe sticky PR comment (${comments.length} on PR #42):`))
    console.log(
      dim(
        comments
          .map((c) => c.body)
          .join('\n---\n')
          .split('\n')
          .slice(0, 30)
          .map((l) => `  │ ${l}`)
          .join('\n'),
      ),
    )

    const calls = emulator.requests().filter((r) => r.service !== 'github')
    console.log(
      `\n${bold('demo passed')}: ${calls.length} AWS calls against the emulator, ${realBuild ? 'real build and registry' : 'seeded images'}.`,
    )
  } finally {
    await emulator.stop()
    rmSync(workspace, { recursive: true, force: true })
    rmSync(storage, { recursive: true, force: true })
  }
}

await main().catch((error: unknown) => {
  console.error(`\ndemo FAILED: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})
