/**
 * build-push's job summary in the suite's one layout: the image by digest, its platforms and size, whether it
 * was built, reused or copied, and the build time. Pure.
 */
import { code, escapeMarkdown } from '../render/markdown.js'
import { renderSummary } from '../render/summary.js'
import { formatDuration } from '../errors/index.js'
import type { BuildPushResult } from './build-push.js'

/** Bytes as a human reads them (`12.3 MB`). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(1)} ${units[unit]}`
}

const HOW: Record<BuildPushResult['how'], string> = {
  built: 'built and pushed',
  reused: 'reused: an image of the same source already exists (no build, no push)',
  copied: 'copied from another environment (same digest, no rebuild)',
  'already-copied': 'already present (same digest); nothing copied',
  'built-not-pushed': 'built, not pushed (push: false)',
}

/** Renders the summary of a build-push run. */
export function renderBuildSummary(
  result: BuildPushResult,
  where: { environment: string; runtime: string; builder: string; source?: string },
): string {
  const facts: [string, string][] = [
    ['Environment', code(where.environment)],
    ['Runtime', code(where.runtime)],
  ]
  if (result.imageUri) facts.push(['Image', code(result.imageUri)])
  else facts.push(['Repository', code(result.repositoryUri)])
  if (result.digest) facts.push(['Digest', code(result.digest)])
  facts.push(['Tag', code(result.tag)])
  if (result.sourceTag) facts.push(['Source tag', code(result.sourceTag)])
  if (where.source) facts.push(['Copied from', code(where.source)])
  facts.push(['Platforms', result.platforms.map(code).join(', ')])
  if (result.sizeBytes) facts.push(['Size', escapeMarkdown(formatBytes(result.sizeBytes))])
  facts.push(['Result', escapeMarkdown(HOW[result.how])])
  if (result.how === 'built' || result.how === 'built-not-pushed')
    facts.push(['Build time', `${escapeMarkdown(formatDuration(result.buildMs))} (${escapeMarkdown(where.builder)})`])
  if (result.skippedTags.length)
    facts.push([
      'Tags not moved',
      `${result.skippedTags.map(code).join(', ')} (immutable, already naming another image)`,
    ])
  const headline =
    result.how === 'built'
      ? `built ${result.digest.slice(0, 19)} for ${result.platforms.join(', ')}`
      : result.how === 'built-not-pushed'
        ? 'image built (not pushed)'
        : result.how === 'reused'
          ? `reused ${result.digest.slice(0, 19)}: same source, nothing built`
          : `copied ${result.digest.slice(0, 19)} (same digest)`
  return renderSummary({
    action: 'build-push',
    outcome: result.built || result.how === 'copied' ? 'success' : 'unchanged',
    headline,
    facts,
  })
}
