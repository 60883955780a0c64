export const id = 446;
export const ids = [446];
export const modules = {

/***/ 7446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderRoleSummary: () => (/* binding */ renderRoleSummary)
});

;// CONCATENATED MODULE: ./shared/render/markdown.ts
/**
 * Pure markdown building blocks shared by every job summary and PR comment. Everything that may contain user or
 * AWS text goes through {@link escapeMarkdown} or {@link code}, so a value cannot inject markup or HTML.
 */
/**
 * Escapes text for a markdown table cell or paragraph: markup characters, HTML and line breaks are neutralised, and
 * a mention (`@name`, not `a@b`) gets a zero-width space after the `@`: a value cannot notify a user or team from a PR
 * comment.
 */
function escapeMarkdown(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
        .replace(/(?<![A-Za-z0-9_])@(?=[A-Za-z0-9])/g, '@\u200b')
        .replace(/\r?\n/g, ' ');
}
/** Inline code; backticks inside are handled by a longer fence, pipes escaped for tables. */
function code(text) {
    const clean = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
    const fence = clean.includes('`') ? '``' : '`';
    return `${fence}${clean.includes('`') ? ` ${clean} ` : clean}${fence}`;
}
/** A fenced code block (the fence grows past any backtick run inside). */
function codeBlock(text, language = '') {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${text}\n${fence}`;
}
/** A table; cells are already-rendered markdown (escape values first). */
function table(headers, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
/** A folded section (`<details>`), open or closed. */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** Cuts text to `max` characters, saying how much was cut. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    return `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

;// CONCATENATED MODULE: ./shared/render/summary.ts
/**
 * The one job-summary layout every action uses: a heading with the outcome, a facts table (what, where, which
 * version), then sections. Pure: returns markdown; the run wrapper writes it.
 */

/** Outcome icons shared across actions. */
const OUTCOME_ICON = { success: '✅', unchanged: '⏸️', failure: '❌', warning: '⚠️', dryRun: '🔍' };
/** Renders a {@link SummaryDocument}. */
function renderSummary(doc) {
    const parts = [`### ${OUTCOME_ICON[doc.outcome]} ${escapeMarkdown(doc.action)}: ${escapeMarkdown(doc.headline)}`];
    if (doc.facts.length)
        parts.push(table(['', ''], doc.facts.map(([k, v]) => [`**${escapeMarkdown(k)}**`, v])));
    for (const section of doc.sections ?? [])
        parts.push(`#### ${escapeMarkdown(section.title)}\n\n${section.body}`);
    return `${parts.join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./shared/iam/role-summary.ts
/**
 * ensure-role's job summary in the suite's one layout: the role, the stack, and what the change set changes
 * (resources, then the permissions it adds and removes). Pure.
 */


/** Renders the summary of an ensure-role run. */
function renderRoleSummary(result, where) {
    const facts = [
        ['Environment', code(where.environment)],
        ['Runtime', code(where.runtime)],
        ['Role', code(result.roleArn)],
    ];
    if (result.kind === 'existing') {
        return renderSummary({
            action: 'ensure-role',
            outcome: 'success',
            headline: `bring-your-own role ${result.roleName} can be assumed by AgentCore`,
            facts,
        });
    }
    facts.push(['Stack', code(result.stackName)], ['Changed', result.changed ? 'yes' : 'no']);
    if (result.recreated)
        facts.push(['Recovered', 'the stack was in ROLLBACK_COMPLETE; deleted and recreated']);
    const sections = [];
    if (result.changes.length)
        sections.push({
            title: result.dryRun ? 'Change set, not executed' : 'Changes',
            body: table(['Action', 'Resource', 'Type', 'Replacement', 'Properties'], result.changes.map((c) => [
                escapeMarkdown(c.action),
                code(c.logicalId),
                code(c.resourceType),
                escapeMarkdown(c.replacement || '-'),
                escapeMarkdown(c.properties.join(', ') || '-'),
            ])),
        });
    const diff = [...result.permissions.added.map((l) => `+ ${l}`), ...result.permissions.removed.map((l) => `- ${l}`)];
    if (diff.length)
        sections.push({ title: 'Permissions', body: codeBlock(diff.join('\n'), 'diff') });
    const headline = result.dryRun
        ? result.changed
            ? `dry run: ${result.changes.length} change(s) to stack ${result.stackName}`
            : `dry run: stack ${result.stackName} is up to date`
        : result.changed
            ? `role ${result.roleName} deployed (${result.changes.length} change(s))`
            : `role ${result.roleName} is up to date`;
    return renderSummary({
        action: 'ensure-role',
        outcome: result.dryRun ? 'dryRun' : result.changed ? 'success' : 'unchanged',
        headline,
        facts,
        sections,
    });
}


/***/ })

};
