/**
 * Pure markdown building blocks shared by every job summary and PR comment. Everything that may contain user or
 * AWS text goes through {@link escapeMarkdown} or {@link code}, so a value cannot inject markup or HTML.
 */

/**
 * Escapes text for a markdown table cell or paragraph: markup characters, HTML and line breaks are neutralised, and
 * a mention (`@name`, not `a@b`) gets a zero-width space after the `@`: a value cannot notify a user or team from a PR
 * comment.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
    .replace(/(?<![A-Za-z0-9_])@(?=[A-Za-z0-9])/g, '@\u200b')
    .replace(/\r?\n/g, ' ')
}

/** Inline code; backticks inside are handled by a longer fence, pipes escaped for tables. */
export function code(text: string): string {
  const clean = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|')
  const fence = clean.includes('`') ? '``' : '`'
  return `${fence}${clean.includes('`') ? ` ${clean} ` : clean}${fence}`
}

/** A fenced code block (the fence grows past any backtick run inside). */
export function codeBlock(text: string, language = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}${language}\n${text}\n${fence}`
}

/** A table; cells are already-rendered markdown (escape values first). */
export function table(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n')
}

/** A folded section (`<details>`), open or closed. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`
}

/** Cuts text to `max` characters, saying how much was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  return `${text.slice(0, max)}… (${text.length - max} more characters)`
}
