export const id = 567;
export const ids = [567];
export const modules = {

/***/ 5567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  changesTable: () => (/* binding */ changesTable),
  renderDeploySummary: () => (/* binding */ renderDeploySummary)
});

// EXTERNAL MODULE: ./shared/agentcore/index.ts + 18 modules
var agentcore = __webpack_require__(3228);
// EXTERNAL MODULE: ./shared/errors/index.ts + 1 modules
var errors = __webpack_require__(8491);
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

;// CONCATENATED MODULE: ./actions/deploy-runtime/src/summary.ts
// The deploy-runtime job summary: pure, from the deploy result to markdown in the suite's one layout.




/** Renders the job summary of one deploy. */
function renderDeploySummary(result, context) {
    const { environment } = context;
    const name = result.runtimeName;
    const where = environment.name;
    let headline;
    if (result.dryRun) {
        headline = result.changed
            ? `dry run: ${name} would ${result.created ? 'be created' : `get a new version (${result.changes.length} change${result.changes.length === 1 ? '' : 's'})`} in ${where}`
            : `dry run: ${name} already matches the config in ${where}`;
    }
    else if (result.created)
        headline = `${name} created, version ${result.version} is READY in ${where}`;
    else if (result.changed)
        headline = `${name} version ${result.version} is READY in ${where}`;
    else
        headline = `${name} unchanged at version ${result.version} in ${where}`;
    const version = result.changed
        ? result.dryRun
            ? `${result.version ?? '(none yet)'} → a new version (dry run)`
            : `${result.version}${result.previousVersion ? ` (new; was ${result.previousVersion})` : ' (new)'}`
        : `${result.version} (unchanged)`;
    const facts = [
        ['Runtime', `${code(name)}${result.runtimeId ? ` (${code(result.runtimeId)})` : ''}`],
        ['Environment', escapeMarkdown(environment.name)],
        ['Account / region', `${code(environment.account)} / ${code(environment.region)}`],
        ['Version', escapeMarkdown(version)],
        ['Image', code(result.containerUri)],
    ];
    if (result.imageDigest)
        facts.push(['Image digest', code(result.imageDigest)]);
    if (result.waitedMs > 0)
        facts.push(['Waited for AgentCore', escapeMarkdown((0,errors/* formatDuration */.a3)(result.waitedMs))]);
    if (context.run?.sha)
        facts.push(['Commit', code(context.run.sha.slice(0, 12))]);
    if (result.runtimeId)
        facts.push([
            'Console',
            `[open in the AgentCore console](${(0,agentcore.runtimeConsoleUrl)(environment.region, result.runtimeId)})`,
        ]);
    const sections = [];
    if (result.changes.length) {
        sections.push({
            title: result.created ? 'Configuration' : result.dryRun ? 'What would change' : 'What changed',
            body: changesTable(result.changes, result.created),
        });
    }
    else {
        sections.push({
            title: 'What changed',
            body: 'Nothing: the live configuration already equals the config, so no version was minted.',
        });
    }
    if (result.taggedKeys.length)
        sections.push({
            title: 'Tags',
            body: `${result.dryRun ? 'Would set' : 'Set'}: ${result.taggedKeys.map(code).join(', ')}`,
        });
    const outcome = result.dryRun ? 'dryRun' : result.changed ? 'success' : 'unchanged';
    return renderSummary({ action: 'deploy-runtime', outcome, headline, facts, sections });
}
/** Field | from | to, with secret values replaced by what happened to them. */
function changesTable(changes, created = false) {
    const cell = (value) => (value === undefined ? '*(not set)*' : code(truncate(value, 200)));
    const rows = changes.map((c) => c.secret
        ? [
            code(c.field),
            created || c.added ? '*(not set)*' : '*(secret)*',
            `*${c.added ? 'added' : 'changed'} (secret)*`,
        ]
        : [code(c.field), cell(c.from), cell(c.to)]);
    return table(created ? ['Field', '', 'Value'] : ['Field', 'From', 'To'], rows);
}


/***/ })

};
