export const id = 359;
export const ids = [359];
export const modules = {

/***/ 2359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderPromoteSummary: () => (/* binding */ renderPromoteSummary),
  rollbackHint: () => (/* binding */ rollbackHint)
});

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

;// CONCATENATED MODULE: ./actions/promote-endpoint/src/summary.ts



/** Renders the job summary of one promote-endpoint run. */
function renderPromoteSummary(result, context) {
    const { environment } = context;
    const moved = result.promotions.filter((p) => p.changed);
    const names = result.promotions.map((p) => p.endpoint).join(', ');
    const headline = result.dryRun
        ? moved.length
            ? `dry run: would move ${moved.map(move).join(', ')} of ${result.runtimeName} in ${environment.name}`
            : `dry run: ${names} of ${result.runtimeName} already serve the wanted version in ${environment.name}`
        : moved.length
            ? `${moved.map(move).join(', ')} of ${result.runtimeName} in ${environment.name}`
            : `${names} of ${result.runtimeName} already serve${result.promotions.length === 1 ? 's' : ''} the wanted version in ${environment.name}`;
    const facts = [
        ['Runtime', `${code(result.runtimeName)} (${code(result.runtimeId)})`],
        ['Environment', escapeMarkdown(environment.name)],
        ['Account / region', `${code(environment.account)} / ${code(environment.region)}`],
    ];
    const waited = result.promotions.reduce((sum, p) => sum + p.waitedMs, 0);
    if (waited > 0)
        facts.push(['Waited for AgentCore', escapeMarkdown((0,errors/* formatDuration */.a3)(waited))]);
    const commit = (sha) => {
        if (!sha)
            return '*(unknown)*';
        const short = code(sha.slice(0, 7));
        return context.run?.repository
            ? `[${short}](${context.run.serverUrl}/${context.run.repository}/commit/${sha})`
            : short;
    };
    const rows = result.promotions.map((p) => [
        code(p.endpoint),
        p.fromVersion ? escapeMarkdown(p.fromVersion) : '*(new)*',
        escapeMarkdown(p.toVersion),
        p.fromVersion ? commit(p.fromCommit) : '',
        commit(p.toCommit),
        escapeMarkdown(p.changed ? p.status : 'unchanged'),
    ]);
    const sections = [
        {
            title: 'Endpoints',
            body: table(['Endpoint', 'From', 'To', 'From commit', 'To commit', 'Status'], rows),
        },
    ];
    const rollback = result.promotions.filter((p) => p.changed && p.fromVersion);
    if (rollback.length && !result.dryRun)
        sections.push({ title: 'How to roll back', body: rollbackHint(rollback, context) });
    const outcome = result.dryRun ? 'dryRun' : moved.length ? 'success' : 'unchanged';
    return renderSummary({ action: 'promote-endpoint', outcome, headline, facts, sections });
}
function move(p) {
    return `${p.endpoint} ${p.fromVersion ?? '(new)'} → ${p.toVersion}`;
}
/** The exact `workflow_dispatch` inputs (and `gh` command) that put each endpoint back where it was. */
function rollbackHint(promotions, context) {
    const parts = promotions.map((p) => {
        const inputs = [
            ['environment', context.environment.name],
            ['runtime', context.runtimeKey],
            ['endpoint', p.endpoint],
            ['version', p.fromVersion],
            ['expected-current-version', p.toVersion],
        ];
        if (context.configPath && context.configPath !== 'agentcore.yaml')
            inputs.unshift(['config', context.configPath]);
        const yaml = inputs.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n');
        const gh = `gh workflow run rollback.yml ${inputs
            .filter(([k]) => k !== 'expected-current-version' && k !== 'config')
            .map(([k, v]) => `-f ${k}=${v}`)
            .join(' ')}`;
        return `Endpoint ${code(p.endpoint)} back to version ${escapeMarkdown(p.fromVersion)} (\`version: previous\` does the same): promote-endpoint with\n\n${codeBlock(yaml, 'yaml')}\n\nor ${code(gh)}`;
    });
    return parts.join('\n\n');
}


/***/ })

};
