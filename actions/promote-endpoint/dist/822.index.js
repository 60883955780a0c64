export const id = 822;
export const ids = [822];
export const modules = {

/***/ 3822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  defaultEndpointWarning: () => (/* binding */ defaultEndpointWarning),
  parseVersionSelector: () => (/* binding */ parseVersionSelector),
  planEndpointTargets: () => (/* binding */ planEndpointTargets),
  promoteEndpoints: () => (/* binding */ promoteEndpoints),
  resolveTargetVersion: () => (/* binding */ resolveTargetVersion),
  verifyEndpoint: () => (/* binding */ verifyEndpoint)
});

// EXTERNAL MODULE: ./shared/errors/index.ts + 1 modules
var errors = __webpack_require__(8491);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-bedrock-agentcore-control/dist-cjs/index.js
var dist_cjs = __webpack_require__(7508);
;// CONCATENATED MODULE: ./shared/poll/poll-until.ts

/** Thrown when the resource reached a terminal failure state. */
class poll_until_PollFailedError extends Error {
    what;
    reason;
    name = 'PollFailedError';
    constructor(what, reason) {
        super(reason);
        this.what = what;
        this.reason = reason;
    }
}
/** Waits until `verdict` says done; returns the last value read. */
async function poll_until_pollUntil(options) {
    const { clock, log } = options;
    const start = clock.now();
    const deadline = start + options.timeoutMs;
    const factor = options.factor ?? 1.5;
    const maxInterval = options.maxIntervalMs ?? 5000;
    let interval = options.intervalMs ?? 1000;
    let lastState;
    if (options.firstReadAfterMs)
        await clock.sleep(Math.min(options.firstReadAfterMs, options.timeoutMs));
    for (;;) {
        const value = await options.read();
        const state = options.state(value);
        if (state !== lastState) {
            log.info(`${options.what}: ${state} (after ${(0,errors/* formatDuration */.a3)(clock.now() - start)})`);
            lastState = state;
        }
        const verdict = options.verdict(value);
        if (verdict.done)
            return value;
        if (verdict.failed !== undefined)
            throw new poll_until_PollFailedError(options.what, verdict.failed);
        const remaining = deadline - clock.now();
        if (remaining <= 0)
            throw new errors/* WaitTimeoutError */.Do(options.what, clock.now() - start, lastState);
        await clock.sleep(Math.min(interval, remaining));
        interval = Math.min(interval * factor, maxInterval);
    }
}

;// CONCATENATED MODULE: ./shared/poll/index.ts


;// CONCATENATED MODULE: ./shared/agentcore/runtime-wait.ts
/**
 * Waiting for runtime versions. AgentCore has no waiters for runtimes: Create/Update answer 202 with CREATING or
 * UPDATING and the version becomes READY (or *_FAILED with a `failureReason`) later. Reads that fail for a
 * passing reason (not visible yet right after a create, throttling or 5xx beyond the SDK's retries) are states
 * of the wait, not failures of it.
 */




/**
 * Poll pacing for AgentCore: a read 1 s after the start, then slowly wider gaps up to one read every 2.5 s. Measured
 * with the emulator (bench/, `ready_lag_ms`): a 5 s transition is noticed within ~0.4 s and a 60 s one within 2.5 s,
 * at under one GetAgentRuntime per second on average (the old 250 ms × 1.5 up to 5 s made 1.7 reads per second
 * during short transitions and could notice a long one 5 s late). A 15-minute wait makes ~360 reads.
 */
const AGENTCORE_POLL = { intervalMs: 1000, factor: 1.2, maxIntervalMs: 2500 };
/** States a runtime or endpoint passes through on its way to READY or a failure. */
const IN_PROGRESS_STATUSES = ['CREATING', 'UPDATING', 'DELETING'];
/** Terminal failures; the resource's `failureReason` says why. */
const FAILED_STATUSES = ['CREATE_FAILED', 'UPDATE_FAILED', 'DELETE_FAILED'];
/** Whether a status is a terminal failure. */
function isFailedStatus(status) {
    return FAILED_STATUSES.includes(status ?? '');
}
/** Whether a status means another operation is still running. */
function isInProgressStatus(status) {
    return IN_PROGRESS_STATUSES.includes(status ?? '');
}
async function observe(read) {
    try {
        return { value: await read() };
    }
    catch (error) {
        if (isNotFound(error))
            return { missing: 'not visible yet' };
        if (isTransient(error))
            return { missing: `read refused for now (${causeMessage(error)})` };
        throw error;
    }
}
/**
 * Reads one runtime version (latest when `version` is omitted). `undefined` when the runtime does not exist.
 */
async function getRuntime(control, runtimeId, version) {
    try {
        return await control.send(new GetAgentRuntimeCommand({ agentRuntimeId: runtimeId, agentRuntimeVersion: version }));
    }
    catch (error) {
        if (isNotFound(error))
            return undefined;
        throw new OperationError('read runtime', version ? `${runtimeId} version ${version}` : runtimeId, error);
    }
}
/**
 * Waits until version `version` of runtime `name` is READY and returns that read. A *_FAILED status fails with the
 * service's `failureReason`; running out of time says what was awaited and the last state seen.
 */
async function waitForRuntimeVersion(control, target, deps) {
    const what = `runtime ${target.name} version ${target.version} to be READY`;
    try {
        const result = await pollUntil({
            what,
            read: () => observe(() => control.send(new GetAgentRuntimeCommand({ agentRuntimeId: target.runtimeId, agentRuntimeVersion: target.version }))),
            state: (o) => ('value' in o ? (o.value.status ?? 'UNKNOWN') : o.missing),
            verdict: (o) => {
                if (!('value' in o))
                    return { done: false };
                if (o.value.status === 'READY')
                    return { done: true };
                if (isFailedStatus(o.value.status))
                    return { done: false, failed: `${o.value.status}: ${o.value.failureReason ?? 'no failureReason given'}` };
                return { done: false };
            },
            timeoutMs: target.timeoutMs,
            ...AGENTCORE_POLL,
            // The create/update answer already said CREATING/UPDATING: the first read waits one interval, and the
            // backoff continues from there (reads at 1 s, 2.2 s, 3.6 s, 5.4 s, ... after the change).
            firstReadAfterMs: AGENTCORE_POLL.intervalMs,
            intervalMs: AGENTCORE_POLL.intervalMs * AGENTCORE_POLL.factor,
            ...deps,
        });
        return result.value;
    }
    catch (error) {
        if (error instanceof PollFailedError)
            throw new OperationError('deploy runtime', `${target.name} version ${target.version}`, error.reason);
        throw error;
    }
}
/**
 * Waits until no operation is running on the runtime (status not CREATING/UPDATING/DELETING) and returns the
 * latest version's read: used before changing a runtime someone else is changing, and after a ConflictException.
 */
async function waitForRuntimeSettled(control, target, deps) {
    const result = await pollUntil({
        what: `runtime ${target.name} to finish its current operation`,
        read: () => observe(() => control.send(new GetAgentRuntimeCommand({ agentRuntimeId: target.runtimeId }))),
        state: (o) => 'value' in o ? `${o.value.status ?? 'UNKNOWN'} (version ${o.value.agentRuntimeVersion})` : o.missing,
        verdict: (o) => ('value' in o && !isInProgressStatus(o.value.status) ? { done: true } : { done: false }),
        timeoutMs: target.timeoutMs,
        ...AGENTCORE_POLL,
        ...deps,
    });
    return result.value;
}

;// CONCATENATED MODULE: ./shared/agentcore/service-errors.ts
/**
 * Classifies what the AgentCore control plane throws. The SDK picks the exception class from the wire error type,
 * so the `name` is the stable part to test (`instanceof` would tie callers to one copy of the SDK package).
 */
/** The error's type name (`ConflictException`), or '' for values that are not errors. */
function errorName(error) {
    return error instanceof Error ? error.name : '';
}
/** Another operation is in flight on the resource (an update, a create with the same name). */
function isConflict(error) {
    return errorName(error) === 'ConflictException';
}
/** The resource does not exist (or is not visible yet, right after a create). */
function service_errors_isNotFound(error) {
    return errorName(error) === 'ResourceNotFoundException';
}
/**
 * Worth reading again later: throttling and server faults that outlived the SDK's own retries. Only used for
 * reads inside waits, where a retry costs nothing and a failed wait would leave the user guessing.
 */
function service_errors_isTransient(error) {
    if (!(error instanceof Error))
        return false;
    const fault = error;
    const status = fault.$metadata?.httpStatusCode ?? 0;
    return (/Throttling|TooManyRequests|RequestLimitExceeded|InternalServer|ServiceUnavailable/.test(error.name) ||
        fault.$retryable !== undefined ||
        status === 429 ||
        status >= 500);
}

;// CONCATENATED MODULE: ./shared/agentcore/runtime-endpoint.ts
/**
 * Runtime endpoints: read, create, update, wait. A named endpoint serves one version until it is updated; the
 * service-managed DEFAULT endpoint follows every new version on its own. Note the API's naming asymmetry: Create
 * takes `name`, the other operations `endpointName`.
 *
 * The version an endpoint served before its last promotion is recorded in the endpoint's own description
 * (`agentcore-actions: previous=3`), so `version: previous` works from any later workflow run, with no state on
 * the runner.
 */





/** The endpoint AgentCore manages itself; it cannot be promoted. */
const DEFAULT_ENDPOINT = 'DEFAULT';
/** Endpoint (and runtime) name rule. */
const ENDPOINT_NAME = /^[a-zA-Z][a-zA-Z0-9_]{0,47}$/;
const HISTORY_PREFIX = 'agentcore-actions: previous=';
/** The endpoint description that records the version it served before: `agentcore-actions: previous=3`. */
function formatEndpointHistory(previousVersion) {
    return `${HISTORY_PREFIX}${previousVersion}`;
}
/** The previous version recorded in an endpoint description, or `undefined` when it has no history. */
function parseEndpointHistory(description) {
    const match = /agentcore-actions: previous=([1-9][0-9]{0,4})\b/.exec(description ?? '');
    return match?.[1];
}
/** Reads an endpoint; `undefined` when it does not exist. */
async function getEndpoint(control, runtimeId, endpointName) {
    try {
        return await control.send(new dist_cjs.GetAgentRuntimeEndpointCommand({ agentRuntimeId: runtimeId, endpointName }));
    }
    catch (error) {
        if (service_errors_isNotFound(error))
            return undefined;
        throw new errors/* OperationError */.OK('read endpoint', endpointName, error);
    }
}
/** Every endpoint of a runtime (all pages), DEFAULT included. */
async function listEndpoints(control, runtimeId) {
    const endpoints = [];
    let nextToken;
    do {
        const page = await attempt('list endpoints of runtime', runtimeId, () => control.send(new ListAgentRuntimeEndpointsCommand({ agentRuntimeId: runtimeId, maxResults: 100, nextToken })));
        endpoints.push(...(page.runtimeEndpoints ?? []));
        nextToken = page.nextToken;
    } while (nextToken);
    return endpoints;
}
/**
 * Creates a named endpoint on an explicit version (one created without a version pins to the version of that
 * moment forever). Throws the SDK error as is, so callers can tell a ConflictException (it exists) apart.
 */
async function createEndpoint(control, target) {
    await control.send(new dist_cjs.CreateAgentRuntimeEndpointCommand({
        agentRuntimeId: target.runtimeId,
        name: target.endpointName,
        agentRuntimeVersion: target.version,
        description: target.description,
    }));
}
/** Points an endpoint at a version. Throws the SDK error as is (ConflictException while another update runs). */
async function updateEndpoint(control, target) {
    await control.send(new dist_cjs.UpdateAgentRuntimeEndpointCommand({
        agentRuntimeId: target.runtimeId,
        endpointName: target.endpointName,
        agentRuntimeVersion: target.version,
        description: target.description,
    }));
}
/** `READY (live 3, target 3)` */
function endpointState(endpoint) {
    if (!endpoint)
        return 'not visible yet';
    return `${endpoint.status ?? 'UNKNOWN'} (live ${endpoint.liveVersion ?? '-'}, target ${endpoint.targetVersion ?? '-'})`;
}
async function readForWait(control, runtimeId, endpointName) {
    try {
        return await control.send(new dist_cjs.GetAgentRuntimeEndpointCommand({ agentRuntimeId: runtimeId, endpointName }));
    }
    catch (error) {
        // Not visible right after a create, or throttled beyond the SDK's retries: read again later.
        if (service_errors_isNotFound(error) || service_errors_isTransient(error))
            return undefined;
        throw error;
    }
}
/**
 * Waits until the endpoint is READY and serves `version` (`liveVersion == targetVersion == version`); fails at
 * once on *_FAILED with the service's `failureReason`.
 */
async function waitForEndpoint(control, target, deps) {
    const what = `endpoint ${target.endpointName} of ${target.runtimeName} to serve version ${target.version}`;
    try {
        const endpoint = await poll_until_pollUntil({
            what,
            read: () => readForWait(control, target.runtimeId, target.endpointName),
            state: endpointState,
            verdict: (e) => {
                if (!e)
                    return { done: false };
                if (isFailedStatus(e.status))
                    return { done: false, failed: `${e.status}: ${e.failureReason ?? 'no failureReason given'}` };
                const serving = e.liveVersion === target.version && (e.targetVersion ?? e.liveVersion) === target.version;
                return e.status === 'READY' && serving ? { done: true } : { done: false };
            },
            timeoutMs: target.timeoutMs,
            ...AGENTCORE_POLL,
            ...deps,
        });
        return endpoint;
    }
    catch (error) {
        if (error instanceof poll_until_PollFailedError)
            throw new errors/* OperationError */.OK('promote endpoint', `${target.endpointName} to version ${target.version}`, error.reason);
        throw error;
    }
}
/** Waits until no operation runs on the endpoint (after a ConflictException, or before changing it). */
async function waitForEndpointSettled(control, target, deps) {
    return poll_until_pollUntil({
        what: `endpoint ${target.endpointName} of ${target.runtimeName} to finish its current operation`,
        read: () => readForWait(control, target.runtimeId, target.endpointName),
        state: endpointState,
        verdict: (e) => (e && !isInProgressStatus(e.status) ? { done: true } : { done: false }),
        timeoutMs: target.timeoutMs,
        ...AGENTCORE_POLL,
        ...deps,
    });
}

;// CONCATENATED MODULE: ./shared/agentcore/runtime-lookup.ts
/**
 * Finding a runtime by its name. AgentCore has no get-by-name: every path uses the runtime ID
 * (`name-XXXXXXXXXX`), so the only way from a config's name to a runtime is to list and match.
 */


/**
 * Lists runtimes page by page (100 per page, the maximum) and returns the one named `name`, or `undefined`.
 * Stops at the first match, so a small account costs one call.
 */
async function findRuntimeByName(control, name) {
    let nextToken;
    do {
        const page = await (0,errors/* attempt */.CD)('list AgentCore runtimes', name, () => control.send(new dist_cjs.ListAgentRuntimesCommand({ maxResults: 100, nextToken })));
        const found = page.agentRuntimes?.find((r) => r.agentRuntimeName === name);
        if (found)
            return found;
        nextToken = page.nextToken;
    } while (nextToken);
    return undefined;
}
/** Every runtime in the region (drift-check's "unmanaged runtimes"), all pages. */
async function listRuntimes(control) {
    const runtimes = [];
    let nextToken;
    do {
        const page = await attempt('list AgentCore runtimes', 'all', () => control.send(new ListAgentRuntimesCommand({ maxResults: 100, nextToken })));
        runtimes.push(...(page.agentRuntimes ?? []));
        nextToken = page.nextToken;
    } while (nextToken);
    return runtimes;
}

;// CONCATENATED MODULE: ./shared/agentcore/version-stamp.ts
/**
 * The stamp deploy-runtime writes into every version's description: which commit, which workflow run and which
 * image digest made it. ListAgentRuntimeVersions returns descriptions, so promote-endpoint and a rollback workflow
 * can show each version's commit without any store of their own.
 *
 * Format: the config's own description (if any), a newline, then one line
 *
 *     agentcore-actions: commit=<sha> run=<url> image=<sha256:digest>
 *
 * (keys in that order, each optional, values without spaces). The stamp changes on every run, so "did the
 * configuration change" compares only the part before it ({@link splitDescription}).
 */
const STAMP_PREFIX = 'agentcore-actions:';
/** AgentCore's limit for a runtime description. */
const MAX_RUNTIME_DESCRIPTION = 4096;
/** Renders the stamp line (`agentcore-actions: commit=... run=... image=...`). */
function formatVersionStamp(stamp) {
    const parts = [
        ['commit', stamp.commit],
        ['run', stamp.runUrl],
        ['image', stamp.imageDigest],
    ]
        .filter(([, value]) => value)
        .map(([key, value]) => `${key}=${String(value).replace(/\s+/g, '')}`);
    return [STAMP_PREFIX, ...parts].join(' ');
}
/**
 * The description to send: the config's description and the stamp on its own last line, within AgentCore's 4096
 * characters (the config's part is cut, never the stamp, which tools parse).
 */
function stampDescription(configDescription, stamp) {
    const line = formatVersionStamp(stamp);
    if (!configDescription)
        return line;
    const room = MAX_RUNTIME_DESCRIPTION - line.length - 1;
    return `${configDescription.slice(0, Math.max(0, room))}\n${line}`;
}
/** Splits a live description into the config's part and the parsed stamp (either may be absent). */
function splitDescription(description) {
    if (!description)
        return {};
    const lines = description.split('\n');
    const last = lines[lines.length - 1];
    if (!last.startsWith(STAMP_PREFIX))
        return { text: description };
    const stamp = {};
    for (const token of last.slice(STAMP_PREFIX.length).trim().split(/\s+/)) {
        const eq = token.indexOf('=');
        if (eq <= 0)
            continue;
        const [key, value] = [token.slice(0, eq), token.slice(eq + 1)];
        if (key === 'commit')
            stamp.commit = value;
        else if (key === 'run')
            stamp.runUrl = value;
        else if (key === 'image')
            stamp.imageDigest = value;
    }
    const text = lines.slice(0, -1).join('\n');
    return { text: text === '' ? undefined : text, stamp };
}
/** The commit a version was deployed from, shortened for humans (`0123456`), or `undefined`. */
function shortCommit(commit) {
    return commit ? commit.slice(0, 7) : undefined;
}

;// CONCATENATED MODULE: ./shared/agentcore/runtime-versions.ts
/**
 * A runtime's versions with what made them: ListAgentRuntimeVersions returns each version's description, where
 * deploy-runtime stamped the commit, run URL and image digest ({@link splitDescription}). Used to resolve
 * `latest`, to refuse versions that do not exist or are not READY, and to show commits in rollback summaries.
 */



/** Every version of a runtime (all pages), newest first (by version number). */
async function listRuntimeVersions(control, runtimeId) {
    const versions = [];
    let nextToken;
    do {
        const page = await (0,errors/* attempt */.CD)('list versions of runtime', runtimeId, () => control.send(new dist_cjs.ListAgentRuntimeVersionsCommand({ agentRuntimeId: runtimeId, maxResults: 100, nextToken })));
        for (const item of page.agentRuntimes ?? []) {
            if (!item.agentRuntimeVersion)
                continue;
            const { text, stamp } = splitDescription(item.description);
            versions.push({
                version: item.agentRuntimeVersion,
                status: item.status ?? 'UNKNOWN',
                lastUpdatedAt: item.lastUpdatedAt,
                description: text,
                stamp: stamp ?? {},
            });
        }
        nextToken = page.nextToken;
    } while (nextToken);
    return versions.sort((a, b) => Number(b.version) - Number(a.version));
}
/** The newest READY version, or `undefined`. */
function latestReadyVersion(versions) {
    return versions.find((v) => v.status === 'READY');
}
/** `3 (READY, commit 0123456)` lines for the most recent versions, for messages that list what exists. */
function describeRecentVersions(versions, count = 10) {
    if (versions.length === 0)
        return 'the runtime has no versions';
    const shown = versions.slice(0, count).map((v) => {
        const commit = v.stamp.commit ? `, commit ${v.stamp.commit.slice(0, 7)}` : '';
        return `${v.version} (${v.status}${commit})`;
    });
    const more = versions.length > count ? `, and ${versions.length - count} older` : '';
    return `recent versions: ${shown.join(', ')}${more}`;
}

;// CONCATENATED MODULE: ./shared/agentcore/endpoint-promote.ts






const VERSION_NUMBER = /^[1-9][0-9]{0,4}$/;
/** Checks a selector's form: `latest`, `previous` or a version number. */
function parseVersionSelector(value, source) {
    const text = value.trim();
    if (text === 'latest' || text === 'previous' || VERSION_NUMBER.test(text))
        return text;
    const hint = /^v\d+$/i.test(text) ? ` (versions are plain numbers: try '${text.slice(1)}')` : '';
    throw new errors/* ConfigError */.xL(`${source}: '${value}' is not a version; use latest, previous or a version number${hint}`);
}
/**
 * The endpoints to move and their selectors, checked before any AWS call: DEFAULT is refused (the service moves
 * it), names must be valid, and there must be something to promote.
 */
function planEndpointTargets(params) {
    const { runtime } = params;
    const version = params.version !== undefined ? parseVersionSelector(params.version, "Input 'version'") : undefined;
    const names = params.endpoints.length ? params.endpoints : Object.keys(runtime.endpoints);
    if (names.length === 0) {
        throw new errors/* ConfigError */.xL(`Runtime '${runtime.key}' has no named endpoints in environment '${params.environment.name}': give the 'endpoint' input, or add one to the config (endpoints: { live: latest }). Traffic through DEFAULT follows every deploy by itself.`);
    }
    return names.map((endpoint) => {
        if (endpoint === DEFAULT_ENDPOINT) {
            throw new errors/* ConfigError */.xL(`Endpoint 'DEFAULT' cannot be promoted: AgentCore moves it to every new version by itself. Promote a named endpoint (e.g. 'live') and send production traffic there.`);
        }
        if (!ENDPOINT_NAME.test(endpoint)) {
            throw new errors/* ConfigError */.xL(`Endpoint name '${endpoint}' is not valid: AgentCore allows a letter, then letters, digits and '_' (48 at most)${endpoint.includes('-') ? `; try '${endpoint.replace(/-/g, '_')}'` : ''}`);
        }
        const configured = runtime.endpoints[endpoint];
        const selector = version ??
            (configured !== undefined ? parseVersionSelector(configured, `Config endpoints.${endpoint}`) : 'latest');
        return { endpoint, selector };
    });
}
/**
 * A warning when an environment sends its traffic through DEFAULT only (no named endpoint for the runtime):
 * DEFAULT moves to every new version as soon as it is READY, with no promotion step and no rollback.
 */
function defaultEndpointWarning(environment, runtime) {
    if (Object.keys(runtime.endpoints).length > 0)
        return undefined;
    return `Environment '${environment.name}' has no named endpoint for runtime '${runtime.key}': its traffic goes through DEFAULT, which switches to every new version as soon as it is READY (no promotion, no rollback). Add one, e.g. endpoints: { live: latest }, and invoke that.`;
}
/**
 * Resolves a selector against the runtime's versions and the endpoint's history. Refuses versions that do not
 * exist or are not READY, listing what exists.
 */
function resolveTargetVersion(selector, versions, context) {
    const recent = describeRecentVersions(versions);
    if (selector === 'latest') {
        const latest = latestReadyVersion(versions);
        if (!latest)
            throw new errors/* ConfigError */.xL(`Runtime '${context.runtimeName}' has no READY version to promote; ${recent}`);
        return latest.version;
    }
    let wanted = selector;
    if (selector === 'previous') {
        const previous = parseEndpointHistory(context.current?.description);
        if (!previous) {
            throw new errors/* ConfigError */.xL(`Endpoint '${context.endpoint}' has no recorded previous version (${context.current ? 'it has not been promoted by this suite yet' : 'it does not exist yet'}), so 'previous' has nothing to return to. Give a version number instead; ${recent}`);
        }
        wanted = previous;
    }
    const found = versions.find((v) => v.version === wanted);
    if (!found) {
        throw new errors/* ConfigError */.xL(`Version ${wanted} of runtime '${context.runtimeName}' does not exist (deleted, or never created); ${recent}`);
    }
    if (found.status !== 'READY') {
        throw new errors/* ConfigError */.xL(`Version ${wanted} of runtime '${context.runtimeName}' is ${found.status}, not READY; ${recent}`);
    }
    return wanted;
}
/** Promotes every planned endpoint in turn; stops at the first failure. */
async function promoteEndpoints(params, deps) {
    const { log } = deps;
    const targets = planEndpointTargets(params);
    if (params.expectedCurrentVersion !== undefined && !VERSION_NUMBER.test(params.expectedCurrentVersion)) {
        throw new errors/* ConfigError */.xL(`Input 'expected-current-version': '${params.expectedCurrentVersion}' is not a version number`);
    }
    const name = params.runtime.agentRuntimeName;
    const control = await deps.aws.control();
    const summary = await findRuntimeByName(control, name);
    if (!summary?.agentRuntimeId) {
        throw new errors/* ConfigError */.xL(`Runtime '${name}' does not exist in environment '${params.environment.name}' (account ${params.environment.account}, ${params.environment.region}): deploy it first (deploy-runtime).`);
    }
    const runtimeId = summary.agentRuntimeId;
    const versions = await listRuntimeVersions(control, runtimeId);
    const promotions = [];
    for (const target of targets) {
        promotions.push(await promoteOne(control, { ...params, runtimeId, versions, target }, deps));
    }
    if (params.dryRun)
        log.info('Dry run: no endpoint was changed');
    return {
        runtimeName: name,
        runtimeId,
        runtimeArn: summary.agentRuntimeArn,
        promotions,
        versions,
        dryRun: params.dryRun,
    };
}
/** How many times a promotion is re-planned after a ConflictException. */
const MAX_CONFLICT_RETRIES = 5;
async function promoteOne(control, params, deps) {
    const { log, clock } = deps;
    const { runtimeId, versions, target } = params;
    const runtimeName = params.runtime.agentRuntimeName;
    const endpointName = target.endpoint;
    // `wait-timeout` budgets the time spent waiting for AgentCore on this endpoint, not the API calls.
    let waitedMs = 0;
    const remaining = () => Math.max(1, params.waitTimeoutMs - waitedMs);
    const timed = async (wait) => {
        const t = clock.now();
        try {
            return await wait();
        }
        finally {
            waitedMs += clock.now() - t;
        }
    };
    const commitOf = (version) => versions.find((v) => v.version === version)?.stamp.commit;
    const settle = () => timed(() => waitForEndpointSettled(control, { runtimeId, runtimeName, endpointName, timeoutMs: remaining() }, deps));
    let current = await getEndpoint(control, runtimeId, endpointName);
    for (let attemptNo = 1;; attemptNo++) {
        if (current && isInProgressStatus(current.status)) {
            log.info(`Endpoint ${endpointName} is ${endpointState(current)}; waiting for that to finish`);
            current = await settle();
        }
        const fromVersion = current?.liveVersion;
        if (params.expectedCurrentVersion !== undefined && fromVersion !== params.expectedCurrentVersion) {
            throw new errors/* ConfigError */.xL(`Refusing to move endpoint '${endpointName}': it serves ${fromVersion ? `version ${fromVersion}` : 'nothing (it does not exist)'}, but expected-current-version is ${params.expectedCurrentVersion}. Someone else moved it; check what it serves before retrying.`);
        }
        const toVersion = resolveTargetVersion(target.selector, versions, { runtimeName, endpoint: endpointName, current });
        const base = {
            endpoint: endpointName,
            endpointArn: current?.agentRuntimeEndpointArn,
            fromVersion,
            toVersion,
            fromCommit: commitOf(fromVersion),
            toCommit: commitOf(toVersion),
        };
        const serving = current?.status === 'READY' &&
            current.liveVersion === toVersion &&
            (current.targetVersion ?? current.liveVersion) === toVersion;
        if (serving) {
            log.info(`Endpoint ${endpointName} already serves version ${toVersion}: nothing to do`);
            return { ...base, changed: false, created: false, status: params.dryRun ? 'DRY_RUN' : 'READY', waitedMs };
        }
        const verb = current ? 'update' : 'create';
        if (params.dryRun) {
            log.info(`Dry run: would ${verb} endpoint ${endpointName}: ${fromVersion ?? '(none)'} → ${toVersion}`);
            return { ...base, changed: true, created: !current, status: 'DRY_RUN', waitedMs };
        }
        // Record what it served before, unless it already serves the target (a retry after *_FAILED keeps the history).
        const description = fromVersion && fromVersion !== toVersion ? formatEndpointHistory(fromVersion) : undefined;
        log.info(`${current ? 'Moving' : 'Creating'} endpoint ${endpointName}: ${fromVersion ?? '(none)'} → ${toVersion}`);
        try {
            if (current)
                await updateEndpoint(control, { runtimeId, endpointName, version: toVersion, description });
            else
                await createEndpoint(control, { runtimeId, endpointName, version: toVersion });
        }
        catch (error) {
            if (isConflict(error) && attemptNo < MAX_CONFLICT_RETRIES) {
                log.warning(`Endpoint ${endpointName} is being changed by another operation (or was just created); re-planning`);
                current = await settle();
                continue;
            }
            throw new errors/* OperationError */.OK(`${verb} endpoint`, endpointName, error);
        }
        await timed(() => waitForEndpoint(control, { runtimeId, runtimeName, endpointName, version: toVersion, timeoutMs: remaining() }, deps));
        const verified = await verifyEndpoint(control, { runtimeId, endpointName, version: toVersion });
        return {
            ...base,
            endpointArn: verified.agentRuntimeEndpointArn,
            changed: true,
            created: !current,
            status: verified.status ?? 'READY',
            waitedMs,
        };
    }
}
/** Reads the endpoint again after the wait: READY and serving the version, or the step fails. */
async function verifyEndpoint(control, expected) {
    const read = await getEndpoint(control, expected.runtimeId, expected.endpointName);
    const ok = read?.status === 'READY' &&
        read.liveVersion === expected.version &&
        (read.targetVersion ?? read.liveVersion) === expected.version;
    if (!ok) {
        throw new errors/* OperationError */.OK('verify endpoint', expected.endpointName, `expected READY serving version ${expected.version}, found ${endpointState(read)}`);
    }
    return read;
}


/***/ })

};
