/**
 * Which SDK clients (and `@actions/github`) an action's run really loads: the run is started once more with a module
 * `load` hook (`node --import`, Node's module customization hooks) that notes every file the bundle loads (its main
 * `index.js` and each lazily imported chunk); each file is then searched for the client classes it defines. A client
 * that is loaded while its service gets no call is start-up time spent for nothing.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SCRATCH } from './bundles.js'

/** Service (as the emulator logs it) → a marker only that package's code defines. */
export const MARKERS: Record<string, RegExp> = {
  sts: /class STSClient\b/,
  ecr: /class ECRClient\b/,
  iam: /class IAMClient\b/,
  cloudformation: /class CloudFormationClient\b/,
  'bedrock-agentcore-control': /class BedrockAgentCoreControlClient\b/,
  'bedrock-agentcore': /class BedrockAgentCoreClient\b/,
  github: /function getOctokit\b/,
}

/** Writes the hook files once; returns the `--import` argument and the env variable naming the log file. */
export function loadHook(): { nodeOption: string } {
  const dir = join(SCRATCH, 'load-hook')
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    join(dir, 'hooks.mjs'),
    [
      "import { appendFileSync } from 'node:fs'",
      'export async function load(url, context, next) {',
      "  if (url.startsWith('file:') && process.env.BENCH_LOADED_FILE) appendFileSync(process.env.BENCH_LOADED_FILE, url + '\\n')",
      '  return next(url, context)',
      '}',
      '',
    ].join('\n'),
  )
  writeFileSync(
    join(dir, 'register.mjs'),
    "import { register } from 'node:module'\nregister(new URL('./hooks.mjs', import.meta.url))\n",
  )
  return { nodeOption: `--import=${join(dir, 'register.mjs')}` }
}

/** The services whose clients the files listed in `logFile` define. */
export function loadedServices(logFile: string): string[] {
  if (!existsSync(logFile)) return []
  const files = [...new Set(readFileSync(logFile, 'utf8').split('\n').filter(Boolean))]
  const text = files.map((url) => readFileSync(fileURLToPath(url), 'utf8')).join('\n')
  return Object.entries(MARKERS)
    .filter(([, marker]) => marker.test(text))
    .map(([service]) => service)
}
