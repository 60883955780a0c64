/**
 * The content-derived identity of an image's source: a hash over the build context's files (minus what
 * `.dockerignore` excludes), the Dockerfile, the platform and the build arguments, plus a hash of each build
 * secret (never its plaintext). Two runs over the same source get the same `src-<12 hex>` tag, which is how
 * build-push recognises that the image already exists and skips the build.
 */
import { createHash } from 'node:crypto'
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/** Bumped when the hashing scheme changes, so old tags stop matching instead of matching wrongly. */
const SCHEME = 'agentcore-source-v1'

/** What goes into the hash. */
export interface SourceInputs {
  /** Absolute build context directory. */
  context: string
  /** Absolute path of the Dockerfile (inside the context or not). */
  dockerfile: string
  platform: string
  buildArgs: Record<string, string>
  secrets: Record<string, string>
}

/** One `.dockerignore` rule. */
export interface IgnoreRule {
  negate: boolean
  pattern: RegExp
}

/** Turns a `.dockerignore` glob into a regular expression over `/`-separated relative paths. */
function globToRegExp(glob: string): RegExp {
  let out = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` matches any number of directories, including none.
      out += glob[i + 2] === '/' ? '(?:.*/)?' : '.*'
      i += glob[i + 2] === '/' ? 2 : 1
    } else if (c === '*') out += '[^/]*'
    else if (c === '?') out += '[^/]'
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  // A pattern naming a directory excludes everything below it.
  return new RegExp(`^${out}(?:/.*)?$`)
}

/** Parses `.dockerignore` text (comments, blank lines, `!` exceptions, leading `/` and `./` dropped). */
export function parseDockerignore(text: string): IgnoreRule[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const negate = line.startsWith('!')
      const glob = (negate ? line.slice(1) : line)
        .trim()
        .replace(/^\.?\//, '')
        .replace(/\/+$/, '')
      return { negate, pattern: globToRegExp(glob) }
    })
}

/** Whether a relative path is excluded; like Docker, the last matching rule wins. */
export function isIgnored(path: string, rules: IgnoreRule[]): boolean {
  let ignored = false
  for (const rule of rules) if (rule.pattern.test(path)) ignored = !rule.negate
  return ignored
}

/** Every file under `dir` that the build context sends, as sorted `/`-separated relative paths. */
export function contextFiles(dir: string): string[] {
  const ignoreFile = join(dir, '.dockerignore')
  const rules = existsSync(ignoreFile) ? parseDockerignore(readFileSync(ignoreFile, 'utf8')) : []
  const files: string[] = []
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name)
      const rel = relative(dir, full).split(sep).join('/')
      // Directories are walked even when ignored: a later `!` rule may re-include a file below them.
      if (entry.isDirectory()) walk(full)
      else if (!isIgnored(rel, rules)) files.push(rel)
    }
  }
  walk(dir)
  return files.sort()
}

/** The full sha256 hex of a source. */
export function sourceHash(inputs: SourceInputs): string {
  const hash = createHash('sha256')
  const field = (name: string, value: string | Buffer) => {
    hash.update(`${name}\0${Buffer.byteLength(value)}\0`)
    hash.update(value)
  }
  field('scheme', SCHEME)
  field('platform', inputs.platform)
  field('dockerfile', readFileSync(inputs.dockerfile))
  for (const key of Object.keys(inputs.buildArgs).sort()) field(`arg:${key}`, inputs.buildArgs[key])
  for (const key of Object.keys(inputs.secrets).sort())
    field(`secret:${key}`, createHash('sha256').update(inputs.secrets[key]).digest('hex'))
  for (const rel of contextFiles(inputs.context)) {
    const full = join(inputs.context, ...rel.split('/'))
    const stat = lstatSync(full)
    if (stat.isSymbolicLink()) field(`link:${rel}`, readlinkSync(full))
    else {
      // The executable bit changes the image; the other mode bits and times do not matter to a build.
      field(`file:${rel}:${stat.mode & 0o111 ? 'x' : '-'}`, readFileSync(full))
    }
  }
  return hash.digest('hex')
}

/** The image tag derived from a source: `src-<first 12 hex of the hash>`. */
export function sourceTag(inputs: SourceInputs): string {
  return `src-${sourceHash(inputs).slice(0, 12)}`
}
