export const id = 228;
export const ids = [228];
export const modules = {

/***/ 3228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AGENTCORE_POLL: () => (/* reexport */ AGENTCORE_POLL),
  CONFIG_TAG: () => (/* reexport */ CONFIG_TAG),
  DEFAULT_ENDPOINT: () => (/* reexport */ DEFAULT_ENDPOINT),
  DEFAULT_IDLE_TIMEOUT_SECONDS: () => (/* reexport */ DEFAULT_IDLE_TIMEOUT_SECONDS),
  DEFAULT_MAX_LIFETIME_SECONDS: () => (/* reexport */ DEFAULT_MAX_LIFETIME_SECONDS),
  ENDPOINT_NAME: () => (/* reexport */ ENDPOINT_NAME),
  ENVIRONMENT_TAG: () => (/* reexport */ ENVIRONMENT_TAG),
  FAILED_STATUSES: () => (/* reexport */ FAILED_STATUSES),
  IN_PROGRESS_STATUSES: () => (/* reexport */ IN_PROGRESS_STATUSES),
  MANAGED_BY_TAG: () => (/* reexport */ MANAGED_BY_TAG),
  MANAGED_BY_VALUE: () => (/* reexport */ MANAGED_BY_VALUE),
  MAX_RUNTIME_DESCRIPTION: () => (/* reexport */ MAX_RUNTIME_DESCRIPTION),
  assertImageLocation: () => (/* reexport */ assertImageLocation),
  checkDeployParams: () => (/* reexport */ checkDeployParams),
  createEndpoint: () => (/* reexport */ createEndpoint),
  defaultEndpointWarning: () => (/* reexport */ defaultEndpointWarning),
  deployRuntime: () => (/* reexport */ deployRuntime),
  describeRecentVersions: () => (/* reexport */ describeRecentVersions),
  desiredRuntime: () => (/* reexport */ desiredRuntime),
  endpointState: () => (/* reexport */ endpointState),
  errorName: () => (/* reexport */ errorName),
  findRuntimeByName: () => (/* reexport */ findRuntimeByName),
  formatEndpointHistory: () => (/* reexport */ formatEndpointHistory),
  formatVersionStamp: () => (/* reexport */ formatVersionStamp),
  getEndpoint: () => (/* reexport */ getEndpoint),
  getRuntime: () => (/* reexport */ getRuntime),
  imageDigestOf: () => (/* reexport */ imageDigestOf),
  imageUri: () => (/* reexport */ imageUri),
  isConflict: () => (/* reexport */ isConflict),
  isFailedStatus: () => (/* reexport */ isFailedStatus),
  isInProgressStatus: () => (/* reexport */ isInProgressStatus),
  isNotFound: () => (/* reexport */ isNotFound),
  isTransient: () => (/* reexport */ isTransient),
  latestReadyVersion: () => (/* reexport */ latestReadyVersion),
  listEndpoints: () => (/* reexport */ listEndpoints),
  listRuntimeVersions: () => (/* reexport */ listRuntimeVersions),
  listRuntimes: () => (/* reexport */ listRuntimes),
  liveContainerUri: () => (/* reexport */ liveContainerUri),
  managedRuntimeTags: () => (/* reexport */ managedRuntimeTags),
  parseEndpointHistory: () => (/* reexport */ parseEndpointHistory),
  parseImageInput: () => (/* reexport */ parseImageInput),
  parseVersionSelector: () => (/* reexport */ parseVersionSelector),
  pinnedImageUri: () => (/* reexport */ pinnedImageUri),
  planEndpointTargets: () => (/* reexport */ planEndpointTargets),
  promoteEndpoints: () => (/* reexport */ promoteEndpoints),
  resolveImage: () => (/* reexport */ resolveImage),
  resolveRoleArn: () => (/* reexport */ resolveRoleArn),
  resolveTargetVersion: () => (/* reexport */ resolveTargetVersion),
  runtimeConsoleUrl: () => (/* reexport */ runtimeConsoleUrl),
  runtimeRequest: () => (/* reexport */ runtimeRequest),
  shortCommit: () => (/* reexport */ shortCommit),
  splitDescription: () => (/* reexport */ splitDescription),
  stampDescription: () => (/* reexport */ stampDescription),
  syncRuntimeTags: () => (/* reexport */ syncRuntimeTags),
  updateEndpoint: () => (/* reexport */ updateEndpoint),
  verifyEndpoint: () => (/* reexport */ verifyEndpoint),
  verifyRuntimeVersion: () => (/* reexport */ verifyRuntimeVersion),
  waitForEndpoint: () => (/* reexport */ waitForEndpoint),
  waitForEndpointSettled: () => (/* reexport */ waitForEndpointSettled),
  waitForRuntimeSettled: () => (/* reexport */ waitForRuntimeSettled),
  waitForRuntimeVersion: () => (/* reexport */ waitForRuntimeVersion)
});

;// CONCATENATED MODULE: ./shared/agentcore/console-links.ts
/** Links into the AWS console for summaries (the form the AgentCore starter toolkit prints after a deploy). */
/** The runtime's page in the AgentCore console. */
function runtimeConsoleUrl(region, runtimeId) {
    return `https://${region}.console.aws.amazon.com/bedrock-agentcore/agents/${encodeURIComponent(runtimeId)}?region=${region}`;
}

// EXTERNAL MODULE: ./shared/errors/index.ts + 1 modules
var errors = __webpack_require__(8491);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-bedrock-agentcore-control/dist-cjs/index.js
var dist_cjs = __webpack_require__(7508);
;// CONCATENATED MODULE: ./shared/poll/poll-until.ts

/** Thrown when the resource reached a terminal failure state. */
class PollFailedError extends Error {
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
async function pollUntil(options) {
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
            throw new PollFailedError(options.what, verdict.failed);
        const remaining = deadline - clock.now();
        if (remaining <= 0)
            throw new errors/* WaitTimeoutError */.Do(options.what, clock.now() - start, lastState);
        await clock.sleep(Math.min(interval, remaining));
        interval = Math.min(interval * factor, maxInterval);
    }
}

;// CONCATENATED MODULE: ./shared/poll/index.ts


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
function isNotFound(error) {
    return errorName(error) === 'ResourceNotFoundException';
}
/**
 * Worth reading again later: throttling and server faults that outlived the SDK's own retries. Only used for
 * reads inside waits, where a retry costs nothing and a failed wait would leave the user guessing.
 */
function isTransient(error) {
    if (!(error instanceof Error))
        return false;
    const fault = error;
    const status = fault.$metadata?.httpStatusCode ?? 0;
    return (/Throttling|TooManyRequests|RequestLimitExceeded|InternalServer|ServiceUnavailable/.test(error.name) ||
        fault.$retryable !== undefined ||
        status === 429 ||
        status >= 500);
}

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
            return { missing: `read refused for now (${(0,errors/* causeMessage */.fq)(error)})` };
        throw error;
    }
}
/**
 * Reads one runtime version (latest when `version` is omitted). `undefined` when the runtime does not exist.
 */
async function getRuntime(control, runtimeId, version) {
    try {
        return await control.send(new dist_cjs.GetAgentRuntimeCommand({ agentRuntimeId: runtimeId, agentRuntimeVersion: version }));
    }
    catch (error) {
        if (isNotFound(error))
            return undefined;
        throw new errors/* OperationError */.OK('read runtime', version ? `${runtimeId} version ${version}` : runtimeId, error);
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
            read: () => observe(() => control.send(new dist_cjs.GetAgentRuntimeCommand({ agentRuntimeId: target.runtimeId, agentRuntimeVersion: target.version }))),
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
            throw new errors/* OperationError */.OK('deploy runtime', `${target.name} version ${target.version}`, error.reason);
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
        read: () => observe(() => control.send(new dist_cjs.GetAgentRuntimeCommand({ agentRuntimeId: target.runtimeId }))),
        state: (o) => 'value' in o ? `${o.value.status ?? 'UNKNOWN'} (version ${o.value.agentRuntimeVersion})` : o.missing,
        verdict: (o) => ('value' in o && !isInProgressStatus(o.value.status) ? { done: true } : { done: false }),
        timeoutMs: target.timeoutMs,
        ...AGENTCORE_POLL,
        ...deps,
    });
    return result.value;
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
        if (isNotFound(error))
            return undefined;
        throw new errors/* OperationError */.OK('read endpoint', endpointName, error);
    }
}
/** Every endpoint of a runtime (all pages), DEFAULT included. */
async function listEndpoints(control, runtimeId) {
    const endpoints = [];
    let nextToken;
    do {
        const page = await (0,errors/* attempt */.CD)('list endpoints of runtime', runtimeId, () => control.send(new dist_cjs.ListAgentRuntimeEndpointsCommand({ agentRuntimeId: runtimeId, maxResults: 100, nextToken })));
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
        if (isNotFound(error) || isTransient(error))
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
        const endpoint = await pollUntil({
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
        if (error instanceof PollFailedError)
            throw new errors/* OperationError */.OK('promote endpoint', `${target.endpointName} to version ${target.version}`, error.reason);
        throw error;
    }
}
/** Waits until no operation runs on the endpoint (after a ConflictException, or before changing it). */
async function waitForEndpointSettled(control, target, deps) {
    return pollUntil({
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
        const page = await (0,errors/* attempt */.CD)('list AgentCore runtimes', 'all', () => control.send(new dist_cjs.ListAgentRuntimesCommand({ maxResults: 100, nextToken })));
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./shared/iam/names.ts
/**
 * Names of what ensure-role manages, derived the same way by every action (deploy-runtime finds the role that
 * ensure-role created without being told its ARN). IAM role names allow 64 characters, stack names 128.
 */

/** Keeps a name within `max` characters, replacing the tail with a short hash so that distinct names stay distinct. */
function fit(name, max) {
    if (name.length <= max)
        return name;
    const hash = (0,external_node_crypto_.createHash)('sha256').update(name).digest('hex').slice(0, 8);
    return `${name.slice(0, max - 9)}-${hash}`;
}
/** The CloudFormation stack holding a runtime's execution role: `agentcore-<environment>-<runtime>-role`. */
function roleStackName(environment, agentRuntimeName) {
    return fit(`agentcore-${environment}-${agentRuntimeName}-role`.replace(/_/g, '-'), 128);
}
/** The execution role's name: `AgentCore-<environment>-<runtime>` (≤ 64 characters). */
function executionRoleName(environment, agentRuntimeName) {
    return fit(`AgentCore-${environment}-${agentRuntimeName}`, 64);
}
/** The execution role's ARN in an account (partition `aws`). */
function executionRoleArn(account, environment, agentRuntimeName) {
    return `arn:aws:iam::${account}:role/${executionRoleName(environment, agentRuntimeName)}`;
}

;// CONCATENATED MODULE: ./shared/agentcore/runtime-configuration.ts

/** AgentCore's lifecycle defaults (seconds), which GetAgentRuntime reports when none were set. */
const DEFAULT_IDLE_TIMEOUT_SECONDS = 900;
const DEFAULT_MAX_LIFETIME_SECONDS = 28800;
/**
 * The execution role a runtime uses: the `role-arn` input when given, else the config's `role.arn`, else the role
 * ensure-role manages for this runtime and environment (derived by name, so no lookup is needed).
 */
function resolveRoleArn(runtime, environment, override) {
    if (override)
        return override;
    if (runtime.role.kind === 'existing')
        return runtime.role.arn;
    return executionRoleArn(environment.account, environment.name, runtime.agentRuntimeName);
}
/** Builds the {@link DesiredRuntime} for one runtime in one environment. */
function desiredRuntime(runtime, options) {
    return {
        agentRuntimeName: runtime.agentRuntimeName,
        containerUri: options.containerUri,
        roleArn: options.roleArn,
        network: runtime.network.mode === 'VPC'
            ? { mode: 'VPC', subnets: [...runtime.network.subnets], securityGroups: [...runtime.network.securityGroups] }
            : { mode: 'PUBLIC' },
        protocol: runtime.protocol,
        environment: { ...runtime.environment },
        secrets: Object.fromEntries(runtime.secrets.map((name) => [name, options.secretValues?.[name]])),
        lifecycle: {
            idleTimeoutSeconds: runtime.lifecycle.idleTimeoutSeconds ?? DEFAULT_IDLE_TIMEOUT_SECONDS,
            maxLifetimeSeconds: runtime.lifecycle.maxLifetimeSeconds ?? DEFAULT_MAX_LIFETIME_SECONDS,
        },
        authorizer: runtime.authorizer?.jwt,
        requestHeaders: runtime.requestHeaders?.length ? [...runtime.requestHeaders] : undefined,
        description: runtime.description,
    };
}
/** The live container URI of a runtime version, if it runs a container. */
function liveContainerUri(live) {
    return live.agentRuntimeArtifact?.containerConfiguration?.containerUri;
}
/**
 * The complete request for a create (no `live`) or an update (read-modify-write over `live`). `description` is
 * the full text to send (config description plus version stamp). Secret values come from `desired.secrets`; a
 * secret whose value is unknown keeps its live value.
 */
function runtimeRequest(desired, live, description) {
    const containerUri = desired.containerUri ?? (live && liveContainerUri(live));
    if (!containerUri)
        throw new Error(`no image for runtime '${desired.agentRuntimeName}'`);
    const liveEnv = live?.environmentVariables ?? {};
    const secrets = Object.fromEntries(Object.entries(desired.secrets)
        .map(([name, value]) => [name, value ?? liveEnv[name]])
        .filter((entry) => entry[1] !== undefined));
    const liveVpc = live?.networkConfiguration?.networkModeConfig;
    const request = {
        agentRuntimeArtifact: { containerConfiguration: { containerUri } },
        roleArn: desired.roleArn,
        networkConfiguration: desired.network.mode === 'VPC'
            ? {
                networkMode: 'VPC',
                networkModeConfig: {
                    subnets: desired.network.subnets,
                    securityGroups: desired.network.securityGroups,
                    // Update-only flag of pre-May-2026 VPC runtimes: carried, never invented (Create refuses it).
                    ...(liveVpc?.requireServiceS3Endpoint !== undefined
                        ? { requireServiceS3Endpoint: liveVpc.requireServiceS3Endpoint }
                        : {}),
                },
            }
            : { networkMode: 'PUBLIC' },
        protocolConfiguration: { serverProtocol: desired.protocol },
        environmentVariables: { ...desired.environment, ...secrets },
        lifecycleConfiguration: {
            idleRuntimeSessionTimeout: desired.lifecycle.idleTimeoutSeconds,
            maxLifetime: desired.lifecycle.maxLifetimeSeconds,
        },
        description,
    };
    if (desired.authorizer) {
        request.authorizerConfiguration = {
            customJWTAuthorizer: jwtAuthorizer(desired.authorizer, live?.authorizerConfiguration?.customJWTAuthorizer),
        };
    }
    if (desired.requestHeaders?.length) {
        request.requestHeaderConfiguration = { requestHeaderAllowlist: desired.requestHeaders };
    }
    // Fields the config does not manage keep their live values.
    if (live?.metadataConfiguration)
        request.metadataConfiguration = live.metadataConfiguration;
    if (live?.filesystemConfigurations)
        request.filesystemConfigurations = live.filesystemConfigurations;
    if (live?.capacityProviderConfiguration)
        request.capacityProviderConfiguration = live.capacityProviderConfiguration;
    if (live?.platformVersion)
        request.platformVersion = live.platformVersion;
    return request;
}
/** The config's JWT settings over the live authorizer's extras (claims, private endpoints) when it is the same one. */
function jwtAuthorizer(desired, live) {
    const extras = live && live.discoveryUrl === desired.discoveryUrl ? live : {};
    const result = { ...extras, discoveryUrl: desired.discoveryUrl };
    for (const key of ['allowedAudience', 'allowedClients', 'allowedScopes']) {
        if (desired[key]?.length)
            result[key] = desired[key];
        else
            delete result[key];
    }
    return result;
}

;// CONCATENATED MODULE: ./shared/diff/runtime-config.ts


/** The live configuration in the comparable form of a {@link DesiredRuntime}. */
function normaliseLiveRuntime(live) {
    const vpc = live.networkConfiguration?.networkModeConfig;
    const jwt = live.authorizerConfiguration?.customJWTAuthorizer;
    return {
        agentRuntimeName: live.agentRuntimeName ?? '',
        containerUri: liveContainerUri(live),
        roleArn: live.roleArn ?? '',
        network: live.networkConfiguration?.networkMode === 'VPC'
            ? { mode: 'VPC', subnets: vpc?.subnets ?? [], securityGroups: vpc?.securityGroups ?? [] }
            : { mode: 'PUBLIC' },
        protocol: live.protocolConfiguration?.serverProtocol ?? 'HTTP',
        environment: { ...(live.environmentVariables ?? {}) },
        lifecycle: {
            idleTimeoutSeconds: live.lifecycleConfiguration?.idleRuntimeSessionTimeout ?? DEFAULT_IDLE_TIMEOUT_SECONDS,
            maxLifetimeSeconds: live.lifecycleConfiguration?.maxLifetime ?? DEFAULT_MAX_LIFETIME_SECONDS,
        },
        authorizer: jwt?.discoveryUrl
            ? {
                discoveryUrl: jwt.discoveryUrl,
                allowedAudience: jwt.allowedAudience,
                allowedClients: jwt.allowedClients,
                allowedScopes: jwt.allowedScopes,
            }
            : undefined,
        requestHeaders: live.requestHeaderConfiguration?.requestHeaderAllowlist,
        description: splitDescription(live.description).text,
    };
}
/**
 * The image identity used for comparison: `registry/repository@digest` when a digest is present (a tag next to
 * a digest does not change what runs), else the URI as written (a tag alone cannot be compared with a digest and
 * counts as a change, which pins it).
 */
function normaliseImageUri(uri) {
    if (!uri)
        return undefined;
    const at = uri.lastIndexOf('@');
    if (at < 0)
        return uri;
    const name = uri.slice(0, at);
    const slash = name.indexOf('/');
    const colon = name.lastIndexOf(':');
    return `${colon > slash ? name.slice(0, colon) : name}${uri.slice(at)}`;
}
/** Fields of `desired` that differ from `live`, in a stable order. Empty means "nothing to update". */
function diffRuntimeConfiguration(desired, live) {
    const current = normaliseLiveRuntime(live);
    const changes = [];
    const compare = (field, from, to) => {
        if (from !== to)
            changes.push({ field, from, to });
    };
    if (desired.containerUri !== undefined) {
        const from = normaliseImageUri(current.containerUri);
        const to = normaliseImageUri(desired.containerUri);
        if (from !== to)
            changes.push({ field: 'image', from: current.containerUri, to: desired.containerUri });
    }
    compare('role', current.roleArn || undefined, desired.roleArn);
    compare('network', networkText(current.network), networkText(desired.network));
    compare('protocol', current.protocol, desired.protocol);
    const names = new Set([
        ...Object.keys(current.environment),
        ...Object.keys(desired.environment),
        ...Object.keys(desired.secrets),
    ]);
    for (const name of [...names].sort()) {
        const field = `environment.${name}`;
        const liveValue = current.environment[name];
        if (name in desired.secrets) {
            const wanted = desired.secrets[name];
            // An unknown secret value (drift-check) can only be checked for presence.
            const differs = liveValue === undefined || (wanted !== undefined && wanted !== liveValue);
            if (differs)
                changes.push({ field, secret: true, added: liveValue === undefined });
        }
        else {
            compare(field, liveValue, desired.environment[name]);
        }
    }
    compare('lifecycle.idleTimeoutSeconds', `${current.lifecycle.idleTimeoutSeconds}`, `${desired.lifecycle.idleTimeoutSeconds}`);
    compare('lifecycle.maxLifetimeSeconds', `${current.lifecycle.maxLifetimeSeconds}`, `${desired.lifecycle.maxLifetimeSeconds}`);
    compare('authorizer', authorizerText(current.authorizer), authorizerText(desired.authorizer));
    compare('requestHeaders', listText(current.requestHeaders), listText(desired.requestHeaders));
    if (desired.description !== undefined)
        compare('description', current.description, desired.description);
    return changes;
}
/** One line per change for logs and summaries: values of secrets are never included. */
function describeRuntimeChange(change) {
    if (change.secret) {
        return `${change.field}: ${change.added ? 'added' : 'changed'} (secret)`;
    }
    const show = (value) => (value === undefined ? '(not set)' : value);
    return `${change.field}: ${show(change.from)} → ${show(change.to)}`;
}
function networkText(network) {
    if (network.mode === 'PUBLIC')
        return 'PUBLIC';
    return `VPC subnets=${listText(network.subnets) ?? ''} securityGroups=${listText(network.securityGroups) ?? ''}`;
}
function authorizerText(jwt) {
    if (!jwt)
        return undefined;
    const parts = [`jwt discoveryUrl=${jwt.discoveryUrl}`];
    for (const key of ['allowedAudience', 'allowedClients', 'allowedScopes']) {
        const text = listText(jwt[key]);
        if (text)
            parts.push(`${key}=${text}`);
    }
    return parts.join(' ');
}
/** A list as a sorted, de-duplicated text; empty and absent are the same (`undefined`). */
function listText(list) {
    if (!list?.length)
        return undefined;
    return `[${[...new Set(list)].sort().join(', ')}]`;
}

;// CONCATENATED MODULE: ./shared/ecr/image-reference.ts
/**
 * ECR image references: `<account>.dkr.ecr.<region>.amazonaws.com/<repository>[:tag][@sha256:<hex>]`.
 */

const ECR_IMAGE = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([a-z0-9][a-z0-9._\-/]*?)(?::([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/;
/** Parses an ECR image reference; `input` names the action input for the error. */
function parseEcrImage(text, input) {
    const match = ECR_IMAGE.exec(text.trim());
    if (!match || (!match[4] && !match[5])) {
        throw new errors/* InputError */.dz(input, `'${text}' is not an ECR image; write it as <account>.dkr.ecr.<region>.amazonaws.com/<repository>@sha256:<digest> (or :<tag>), e.g. the image-uri output of build-push in another environment`);
    }
    const [, account, region, repository, tag, digest] = match;
    return {
        account,
        region,
        host: text.trim().split('/')[0],
        repository,
        ...(tag ? { tag } : {}),
        ...(digest ? { digest } : {}),
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var client_ecr_dist_cjs = __webpack_require__(8249);
;// CONCATENATED MODULE: ./shared/ecr/images.ts
/**
 * Image lookups through the ECR API: does a tag (the content-derived source tag, the commit tag) or a digest
 * already exist in a repository, and which digest does it name.
 */

/** The image with this tag or digest, or undefined when the repository has none. */
async function findImage(ecr, repository, id) {
    try {
        const found = await ecr.send(new client_ecr_dist_cjs.DescribeImagesCommand({ repositoryName: repository, imageIds: [id] }));
        const image = found.imageDetails?.[0];
        if (!image?.imageDigest)
            return undefined;
        return { digest: image.imageDigest, tags: image.imageTags ?? [], sizeBytes: image.imageSizeInBytes };
    }
    catch (error) {
        if (error.name === 'ImageNotFoundException')
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./shared/agentcore/runtime-image.ts




/** Parses the `image` input (an ECR URI with a tag and/or a digest); anything else is refused with the form expected. */
function parseImageInput(uri, input = 'image') {
    return parseEcrImage(uri, input);
}
/** The image as written: `<host>/<repository>[:tag][@digest]`. */
function imageUri(image) {
    return `${image.host}/${image.repository}${image.tag ? `:${image.tag}` : ''}${image.digest ? `@${image.digest}` : ''}`;
}
/**
 * Refuses an image AgentCore in this environment should not pull: another account's or another region's registry.
 * Promote across accounts by copying the same digest (build-push does), not by cross-account pulls.
 */
function assertImageLocation(image, environment) {
    const problems = [];
    if (image.account !== environment.account)
        problems.push(`account ${image.account}`);
    if (image.region !== environment.region)
        problems.push(`region ${image.region}`);
    if (problems.length) {
        throw new errors/* ConfigError */.xL(`Refusing image '${imageUri(image)}': it is in the ECR registry of ${problems.join(' and ')}, but environment '${environment.name}' runs in account ${environment.account}, region ${environment.region}, and AgentCore pulls from there. ` +
            `Push or copy the image to ${environment.account}.dkr.ecr.${environment.region}.amazonaws.com/${image.repository} and deploy that URI.`);
    }
}
/** The digest-pinned URI AgentCore is given: `<host>/<repository>@sha256:...` (no tag: a tag can move). */
function pinnedImageUri(image, digest) {
    return `${image.host}/${image.repository}@${digest}`;
}
/** The `sha256:...` digest in an image URI, if it has one. */
function imageDigestOf(uri) {
    return uri ? /@(sha256:[a-f0-9]{64})$/.exec(uri)?.[1] : undefined;
}
/**
 * Confirms the image exists in ECR and returns its digest-pinned URI: a tag is resolved to the digest it points
 * to now; a digest is checked. One DescribeImages call. An image ECR does not have is a {@link ConfigError}
 * (nothing has changed yet, and the fix is on the user's side: push it, or fix the URI).
 */
async function resolveImage(aws, image) {
    const ecr = await aws.ecr();
    const id = image.digest ? { imageDigest: image.digest } : { imageTag: image.tag };
    let found;
    try {
        found = await findImage(ecr, image.repository, id);
    }
    catch (error) {
        if (errorName(error) !== 'RepositoryNotFoundException')
            throw new errors/* OperationError */.OK('look up the image in ECR', imageUri(image), error);
    }
    if (!found) {
        throw new errors/* ConfigError */.xL(`Image '${imageUri(image)}' is not in ECR (no ${image.digest ? 'image with that digest' : `tag '${image.tag}'`} in repository '${image.repository}', account ${image.account}, region ${image.region}); ` +
            `push it first (build-push outputs the digest-pinned image-uri) or fix the URI.`);
    }
    return { digest: found.digest, containerUri: pinnedImageUri(image, found.digest) };
}

;// CONCATENATED MODULE: ./shared/agentcore/runtime-tags.ts
/**
 * Tags on a runtime. UpdateAgentRuntime does not take tags and GetAgentRuntime does not return them, so tags go
 * through ListTagsForResource / TagResource. Only missing or different tags are written: an unchanged runtime
 * costs one read. Tags this suite did not set are never removed (they may belong to someone else).
 */


/** Tag keys this suite sets on what it manages. */
const MANAGED_BY_TAG = 'managed-by';
const MANAGED_BY_VALUE = 'agentcore-actions';
const CONFIG_TAG = 'agentcore-actions:config';
const ENVIRONMENT_TAG = 'agentcore-actions:environment';
/** AgentCore's tag value alphabet; anything else is replaced so a path with odd characters cannot fail a deploy. */
function tagValue(value) {
    return value.replace(/[^a-zA-Z0-9\s._:/=+@-]/g, '_').slice(0, 256);
}
/** The tags a managed runtime carries: the config's tags plus managed-by, config path and environment. */
function managedRuntimeTags(options) {
    return {
        ...Object.fromEntries(Object.entries(options.tags ?? {}).map(([k, v]) => [k, tagValue(v)])),
        [MANAGED_BY_TAG]: MANAGED_BY_VALUE,
        [CONFIG_TAG]: tagValue(options.configPath),
        [ENVIRONMENT_TAG]: tagValue(options.environment),
    };
}
/**
 * Makes the runtime carry `wanted` (other tags untouched). Returns the keys it wrote (empty when all were there);
 * in dry-run it only reports them.
 */
async function syncRuntimeTags(control, runtimeArn, wanted, options = {}) {
    const current = await (0,errors/* attempt */.CD)('read tags of runtime', runtimeArn, () => control.send(new dist_cjs.ListTagsForResourceCommand({ resourceArn: runtimeArn })));
    const missing = Object.fromEntries(Object.entries(wanted).filter(([k, v]) => current.tags?.[k] !== v));
    const keys = Object.keys(missing).sort();
    if (keys.length && !options.dryRun) {
        await (0,errors/* attempt */.CD)('tag runtime', runtimeArn, () => control.send(new dist_cjs.TagResourceCommand({ resourceArn: runtimeArn, tags: missing })));
    }
    return keys;
}

;// CONCATENATED MODULE: ./shared/agentcore/runtime-deploy.ts
/**
 * deploy-runtime's logic: make one runtime in one environment run the desired configuration, minting a version
 * only when something really changed, and report success only when that version is READY and is what was asked.
 *
 * Call plan (the no-op budget is 3 control-plane calls): ListAgentRuntimes (find by name) → GetAgentRuntime
 * (latest configuration) → ListTagsForResource. A change adds UpdateAgentRuntime, the polls and one verifying read.
 * Everything that can be refused (image location, missing secrets, unknown image) is refused before the first
 * change; a rerun after any failure starts from what is live, so it finishes the job without duplicates.
 */











/** How long a runtime that CreateAgentRuntime says exists may take to appear in the list. */
const LISTED_WAIT_MS = 60_000;
/** How many times an update is re-planned after a ConflictException before giving up. */
const runtime_deploy_MAX_CONFLICT_RETRIES = 5;
/**
 * Checks what needs no AWS call: the image's form and location, and that every secret the config lists has a
 * value. Throws a {@link ConfigError} naming what to fix.
 */
function checkDeployParams(params, log) {
    if (params.image)
        assertImageLocation(parseImageInput(params.image), params.environment);
    const missing = params.runtime.secrets.filter((name) => params.secretValues[name] === undefined);
    if (missing.length) {
        throw new errors/* ConfigError */.xL(`Runtime '${params.runtime.key}' lists secret environment variables without a value: ${missing.join(', ')}. ` +
            `Pass them in the 'secrets' input, one NAME=value per line (e.g. ${missing[0]}=\${{ secrets.${missing[0]} }}).`);
    }
    const unknown = Object.keys(params.secretValues).filter((name) => !params.runtime.secrets.includes(name));
    if (unknown.length) {
        log.warning(`Ignoring 'secrets' entries the config does not list under runtimes.${params.runtime.key}.secrets: ${unknown.join(', ')}`);
    }
}
/** Creates or updates the runtime; see the module comment for the guarantees. */
async function deployRuntime(params, deps) {
    const { runtime, environment } = params;
    const { log, clock } = deps;
    const name = runtime.agentRuntimeName;
    checkDeployParams(params, log);
    // `wait-timeout` budgets the time spent waiting for AgentCore (all waits of this run together), not API calls.
    let waitedMs = 0;
    const image = params.image ? parseImageInput(params.image) : undefined;
    const resolved = image ? await resolveImage(deps.aws, image) : undefined;
    if (image && resolved && image.digest === undefined)
        log.info(`Image tag ${image.tag} is ${resolved.digest}`);
    const desired = desiredRuntime(runtime, {
        containerUri: resolved?.containerUri,
        roleArn: resolveRoleArn(runtime, environment, params.roleArn),
        secretValues: params.secretValues,
    });
    const tags = managedRuntimeTags({ configPath: params.configPath, environment: environment.name, tags: runtime.tags });
    const control = await deps.aws.control();
    let summary = await findRuntimeByName(control, name);
    if (!summary) {
        if (!desired.containerUri) {
            throw new errors/* ConfigError */.xL(`Runtime '${name}' does not exist in environment '${environment.name}' (account ${environment.account}, ${environment.region}) yet: give the 'image' input for its first deploy.`);
        }
        const created = await createRuntime(control, params, desired, tags, deps);
        if (!('conflict' in created))
            return created;
        // Someone created it between our list and our create (or the list lagged): update what is there.
        const t = clock.now();
        summary = await waitForRuntimeListed(control, name, params.waitTimeoutMs, deps, created.conflict);
        waitedMs += clock.now() - t;
    }
    return updateRuntime(control, summary, params, desired, tags, deps, waitedMs);
}
/** The create path. Returns the ConflictException when the name turned out to exist already. */
async function createRuntime(control, params, desired, tags, deps) {
    const { log, clock } = deps;
    const name = desired.agentRuntimeName;
    const containerUri = desired.containerUri;
    const changes = diffRuntimeConfiguration(desired, {});
    const base = {
        runtimeName: name,
        previousVersion: undefined,
        changed: true,
        created: true,
        containerUri,
        imageDigest: imageDigestOf(containerUri),
        changes,
        taggedKeys: Object.keys(tags).sort(),
    };
    if (params.dryRun) {
        log.info(`Dry run: would create runtime ${name} with ${containerUri}`);
        return { ...base, dryRun: true, status: 'DRY_RUN', waitedMs: 0 };
    }
    const description = stampDescription(desired.description, {
        ...params.origin,
        imageDigest: imageDigestOf(containerUri),
    });
    log.info(`Creating runtime ${name} with ${containerUri}`);
    let response;
    try {
        response = await control.send(new dist_cjs.CreateAgentRuntimeCommand({
            agentRuntimeName: name,
            ...runtimeRequest(desired, undefined, description),
            tags,
        }));
    }
    catch (error) {
        if (isConflict(error)) {
            log.warning(`Runtime ${name} already exists although the list did not show it; updating it instead`);
            return { conflict: error };
        }
        throw new errors/* OperationError */.OK('create runtime', name, error);
    }
    const runtimeId = response.agentRuntimeId;
    const version = response.agentRuntimeVersion ?? '1';
    const waitStart = clock.now();
    await waitForRuntimeVersion(control, { runtimeId, name, version, timeoutMs: params.waitTimeoutMs }, deps);
    const waitedMs = clock.now() - waitStart;
    const verified = await verifyRuntimeVersion(control, { runtimeId, name, version, containerUri });
    return {
        ...base,
        runtimeId,
        runtimeArn: response.agentRuntimeArn ?? verified.agentRuntimeArn,
        version,
        dryRun: false,
        status: verified.status ?? 'READY',
        waitedMs,
    };
}
/** The update path: read, compare, update only on a difference, retrying on the new state after a conflict. */
async function updateRuntime(control, summary, params, desired, tags, deps, waitedBefore) {
    const { log, clock } = deps;
    const name = desired.agentRuntimeName;
    const runtimeId = summary.agentRuntimeId;
    let waitedMs = waitedBefore;
    const remaining = () => Math.max(1, params.waitTimeoutMs - waitedMs);
    const settle = async () => {
        const t = clock.now();
        const settled = await waitForRuntimeSettled(control, { runtimeId, name, timeoutMs: remaining() }, deps);
        waitedMs += clock.now() - t;
        return settled;
    };
    // Listed but not readable yet happens right after someone else's create (eventual consistency): wait for it.
    let live = (await getRuntime(control, runtimeId)) ?? (await settle());
    for (let attemptNo = 1;; attemptNo++) {
        if (isInProgressStatus(live.status)) {
            log.info(`Runtime ${name} is ${live.status} (version ${live.agentRuntimeVersion}); waiting for that to finish`);
            live = await settle();
        }
        const changes = diffRuntimeConfiguration(desired, live);
        const containerUri = desired.containerUri ?? liveContainerUri(live) ?? '';
        const runtimeArn = live.agentRuntimeArn ?? summary.agentRuntimeArn;
        const previousVersion = live.agentRuntimeVersion;
        const base = {
            runtimeName: name,
            runtimeId,
            runtimeArn,
            previousVersion,
            created: false,
            dryRun: params.dryRun,
            containerUri,
            imageDigest: imageDigestOf(containerUri),
            changes,
        };
        if (changes.length === 0 && live.status === 'READY') {
            log.info(`Runtime ${name} version ${live.agentRuntimeVersion} already matches the config: no new version`);
            const taggedKeys = await syncRuntimeTags(control, runtimeArn, tags, { dryRun: params.dryRun });
            return {
                ...base,
                version: live.agentRuntimeVersion,
                changed: false,
                status: params.dryRun ? 'DRY_RUN' : 'READY',
                taggedKeys,
                waitedMs,
            };
        }
        if (changes.length === 0) {
            log.warning(`Runtime ${name} version ${live.agentRuntimeVersion} is ${live.status} (${live.failureReason ?? 'no reason given'}); deploying it again`);
        }
        for (const change of changes)
            log.info(`  ${describeRuntimeChange(change)}`);
        if (!desired.containerUri && !liveContainerUri(live)) {
            throw new errors/* ConfigError */.xL(`Runtime '${name}' does not run a container image: give the 'image' input`);
        }
        if (params.dryRun) {
            log.info(`Dry run: would update runtime ${name} (${changes.length} change(s)); nothing was changed`);
            return { ...base, version: previousVersion, changed: true, status: 'DRY_RUN', taggedKeys: [], waitedMs };
        }
        const liveText = splitDescription(live.description).text;
        const description = stampDescription(desired.description ?? liveText, {
            ...params.origin,
            imageDigest: imageDigestOf(containerUri),
        });
        let response;
        try {
            response = await control.send(new dist_cjs.UpdateAgentRuntimeCommand({ agentRuntimeId: runtimeId, ...runtimeRequest(desired, live, description) }));
        }
        catch (error) {
            if (isConflict(error) && attemptNo < runtime_deploy_MAX_CONFLICT_RETRIES) {
                log.warning(`Runtime ${name} is being changed by another operation; waiting for it, then re-planning`);
                live = await settle();
                continue;
            }
            throw new errors/* OperationError */.OK('update runtime', name, error);
        }
        const version = response.agentRuntimeVersion;
        log.info(`Runtime ${name}: version ${version} requested (previous ${previousVersion})`);
        const waitStart = clock.now();
        await waitForRuntimeVersion(control, { runtimeId, name, version, timeoutMs: remaining() }, deps);
        waitedMs += clock.now() - waitStart;
        const verified = await verifyRuntimeVersion(control, { runtimeId, name, version, containerUri });
        const taggedKeys = await syncRuntimeTags(control, runtimeArn, tags);
        return { ...base, version, changed: true, status: verified.status ?? 'READY', taggedKeys, waitedMs };
    }
}
/** After a create that met a ConflictException: the runtime exists, wait until the list shows it. */
async function waitForRuntimeListed(control, name, timeoutMs, deps, conflict) {
    const limitMs = Math.min(timeoutMs, LISTED_WAIT_MS);
    const found = await pollUntil({
        what: `runtime ${name} to appear in the runtime list`,
        read: () => findRuntimeByName(control, name),
        state: (s) => (s ? `listed as ${s.agentRuntimeId}` : 'not listed yet'),
        verdict: (s) => (s ? { done: true } : { done: false }),
        timeoutMs: limitMs,
        ...AGENTCORE_POLL,
        ...deps,
    }).catch((error) => {
        if (!(error instanceof errors/* WaitTimeoutError */.Do))
            throw error;
        // The conflict was not "it exists": report what the service said, with what was checked.
        throw new errors/* OperationError */.OK('create runtime', name, `${(0,errors/* causeMessage */.fq)(conflict)} (and no runtime named ${name} appeared in the runtime list within ${(0,errors/* formatDuration */.a3)(limitMs)})`);
    });
    return found;
}
/**
 * Reads the version again after the wait and checks it is what was asked: READY, the version number, the image.
 * A wait that ended READY is not enough on its own (the ECS deploy action's false-green lesson).
 */
async function verifyRuntimeVersion(control, expected) {
    const resource = `${expected.name} version ${expected.version}`;
    const read = await (0,errors/* attempt */.CD)('verify runtime', resource, () => getRuntime(control, expected.runtimeId, expected.version));
    const problems = [];
    if (!read)
        problems.push('it cannot be read');
    else {
        if (read.status !== 'READY')
            problems.push(`it is ${read.status}`);
        if (read.agentRuntimeVersion !== expected.version)
            problems.push(`the service answered version ${read.agentRuntimeVersion}`);
        const uri = liveContainerUri(read);
        if (normaliseImageUri(uri) !== normaliseImageUri(expected.containerUri))
            problems.push(`it runs ${uri ?? 'no image'} instead of ${expected.containerUri}`);
    }
    if (problems.length)
        throw new errors/* OperationError */.OK('verify runtime', resource, problems.join('; '));
    return read;
}

;// CONCATENATED MODULE: ./shared/agentcore/index.ts
/**
 * AgentCore runtime and endpoint operations, as building blocks for deploy-runtime, promote-endpoint, the root
 * action and drift-check.
 */














/***/ })

};
