/**
 * The one job-summary layout every action uses: a heading with the outcome, a facts table (what, where, which
 * version), then sections. Pure: returns markdown; the run wrapper writes it.
 */
import { escapeMarkdown, table } from './markdown.js'

/** Outcome icons shared across actions. */
export const OUTCOME_ICON = { success: '✅', unchanged: '⏸️', failure: '❌', warning: '⚠️', dryRun: '🔍' } as const

/** A job summary. */
export interface SummaryDocument {
  /** `deploy-runtime` */
  action: string
  outcome: keyof typeof OUTCOME_ICON
  /** One line: "support_bot version 4 is READY in prod". Plain text; escaped here. */
  headline: string
  /** Label → already-rendered markdown value (use `code()` / `escapeMarkdown()`). */
  facts: [string, string][]
  /** Further sections: a title (plain text) and a rendered markdown body. */
  sections?: { title: string; body: string }[]
}

/** Renders a {@link SummaryDocument}. */
export function renderSummary(doc: SummaryDocument): string {
  const parts = [`### ${OUTCOME_ICON[doc.outcome]} ${escapeMarkdown(doc.action)}: ${escapeMarkdown(doc.headline)}`]
  if (doc.facts.length)
    parts.push(
      table(
        ['', ''],
        doc.facts.map(([k, v]) => [`**${escapeMarkdown(k)}**`, v]),
      ),
    )
  for (const section of doc.sections ?? []) parts.push(`#### ${escapeMarkdown(section.title)}\n\n${section.body}`)
  return `${parts.join('\n\n')}\n`
}
