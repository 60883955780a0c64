/**
 * The bundles the benchmarks run: each action's committed `dist/` (or, while an owner is rebuilding it and it is
 * missing, a fresh build of its source into `.tmp/bench/`), and the "floor" bundles: a tiny entry that imports only
 * the one AWS SDK client an action calls first and sends that one request, bundled by ncc with exactly the flags of
 * scripts/build.mjs. The floor is what any action must pay to reach AWS at all; the distance to it is the suite's
 * own start-up cost.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** The repository root. */
export const REPO_ROOT = join(import.meta.dirname, '..', '..')
/** Scratch space for generated bundles (ignored by git: `.tmp/`). */
export const SCRATCH = join(REPO_ROOT, '.tmp', 'bench')

/** The six stage actions, in pipeline order. */
export const ACTIONS = [
  'build-push',
  'ensure-role',
  'deploy-runtime',
  'promote-endpoint',
  'invoke-smoke-test',
  'drift-check',
] as const
export type ActionName = (typeof ACTIONS)[number]

/** Bundles one TypeScript entry with ncc, the way scripts/build.mjs does, into `out` (emptied first). */
export function nccBuild(entry: string, out: string): void {
  rmSync(out, { recursive: true, force: true })
  const ncc = join(REPO_ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--target', 'es2022', '-q'],
    { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  )
}

/**
 * An action's bundle `index.js`, and whether it is the committed one or a fresh build of its source. The committed
 * `dist/` is copied into `.tmp/bench/` first: owners rebuild their bundles while the benchmark runs, and a bundle
 * emptied mid-run would fail a run for a reason that has nothing to do with the action. `fromSource` builds the
 * working tree's source instead (to measure a product change before its bundle is committed).
 */
export function actionBundle(action: string, fromSource = false): { path: string; dir: string; committed: boolean } {
  const dist = action === 'root' ? join(REPO_ROOT, 'dist') : join(REPO_ROOT, 'actions', action, 'dist')
  const out = join(SCRATCH, 'dist', action)
  rmSync(out, { recursive: true, force: true })
  if (!fromSource && existsSync(join(dist, 'index.js')) && existsSync(join(dist, 'package.json'))) {
    cpSync(dist, out, { recursive: true })
    return { path: join(out, 'index.js'), dir: out, committed: true }
  }
  const src =
    action === 'root' ? join(REPO_ROOT, 'src', 'index.ts') : join(REPO_ROOT, 'actions', action, 'src', 'index.ts')
  nccBuild(src, out)
  return { path: join(out, 'index.js'), dir: out, committed: false }
}

/** Total size of the files in a folder, in KiB. */
export function folderKiB(dir: string): number {
  let bytes = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size
  return bytes / 1024
}

/** SDK package and client class per emulator service name (the request log's `service`). */
const CLIENTS: Record<string, { pkg: string; client: string }> = {
  sts: { pkg: '@aws-sdk/client-sts', client: 'STSClient' },
  ecr: { pkg: '@aws-sdk/client-ecr', client: 'ECRClient' },
  iam: { pkg: '@aws-sdk/client-iam', client: 'IAMClient' },
  cloudformation: { pkg: '@aws-sdk/client-cloudformation', client: 'CloudFormationClient' },
  'bedrock-agentcore-control': {
    pkg: '@aws-sdk/client-bedrock-agentcore-control',
    client: 'BedrockAgentCoreControlClient',
  },
  'bedrock-agentcore': { pkg: '@aws-sdk/client-bedrock-agentcore', client: 'BedrockAgentCoreClient' },
}

/**
 * Builds (once per service and operation) the floor bundle for a first request `service:operation` and returns
 * its `index.js`. The request is sent with an empty input; an error answer is ignored: only its arrival counts.
 */
export function floorBundle(service: string, operation: string): string {
  const sdk = CLIENTS[service]
  if (!sdk) throw new Error(`no floor bundle for service '${service}'`)
  const dir = join(SCRATCH, 'floor', `${service}-${operation}`)
  const out = join(dir, 'dist')
  if (existsSync(join(out, 'index.mjs'))) return join(out, 'index.mjs')
  mkdirSync(dir, { recursive: true })
  // Plain JS: the root tsconfig does not cover .tmp/, and there is nothing to type-check in three lines.
  const entry = join(dir, 'index.mjs')
  writeFileSync(
    entry,
    [
      `import { ${sdk.client}, ${operation}Command } from '${sdk.pkg}'`,
      `await new ${sdk.client}({ region: process.env.AWS_REGION })`,
      `  .send(new ${operation}Command({}))`,
      `  .catch(() => undefined)`,
      '',
    ].join('\n'),
  )
  nccBuild(entry, out)
  // ncc keeps the entry's extension: an .mjs entry gives dist/index.mjs (ESM without a package.json).
  return join(out, 'index.mjs')
}

/** `node -e ''`-like empty script, for the spawn-to-exit reference. */
export function emptyScript(): string {
  const file = join(SCRATCH, 'empty.mjs')
  mkdirSync(SCRATCH, { recursive: true })
  writeFileSync(file, '')
  return file
}
