export const id = 135;
export const ids = [135];
export const modules = {

/***/ 4135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planCommand: () => (/* binding */ planCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./shared/action/clock.ts
/** The real clock. */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/** A clock whose time only moves when slept on: `sleep` advances `now` instantly. For tests. */
class FakeClock {
    time;
    constructor(time = 0) {
        this.time = time;
    }
    sleeps = [];
    now() {
        return this.time;
    }
    async sleep(ms) {
        this.sleeps.push(ms);
        this.time += ms;
    }
}

// EXTERNAL MODULE: ./shared/config/index.ts + 30 modules
var shared_config = __webpack_require__(299);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-bedrock-agentcore-control/dist-cjs/index.js
var dist_cjs = __webpack_require__(7508);
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

// EXTERNAL MODULE: ./shared/errors/index.ts + 1 modules
var errors = __webpack_require__(8491);
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
        const page = await attempt('list AgentCore runtimes', name, () => control.send(new ListAgentRuntimesCommand({ maxResults: 100, nextToken })));
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
    const current = await attempt('read tags of runtime', runtimeArn, () => control.send(new ListTagsForResourceCommand({ resourceArn: runtimeArn })));
    const missing = Object.fromEntries(Object.entries(wanted).filter(([k, v]) => current.tags?.[k] !== v));
    const keys = Object.keys(missing).sort();
    if (keys.length && !options.dryRun) {
        await attempt('tag runtime', runtimeArn, () => control.send(new TagResourceCommand({ resourceArn: runtimeArn, tags: missing })));
    }
    return keys;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
;// CONCATENATED MODULE: ./shared/aws/account.ts
/**
 * The account guard: deploying with credentials of another account than the environment's is refused before
 * anything changes.
 */


/** The account the credentials belong to. */
async function callerAccount(aws) {
    const sts = await aws.sts();
    const identity = await (0,errors/* attempt */.CD)('read the caller identity', 'sts:GetCallerIdentity', () => sts.send(new client_sts_dist_cjs.GetCallerIdentityCommand({})));
    return identity.Account ?? '';
}
/** Throws a {@link ConfigError} when the credentials are not for `expected` (the environment's account). */
async function assertAccount(aws, expected, environment) {
    const actual = await callerAccount(aws);
    if (actual !== expected) {
        throw new ConfigError(`Refusing to touch environment '${environment}': it belongs to account ${expected}, but the AWS credentials are for account ${actual || '(unknown)'}. ` +
            `Configure credentials for account ${expected} (e.g. the role-to-assume of aws-actions/configure-aws-credentials) or fix 'account' in the config.`);
    }
    return actual;
}

;// CONCATENATED MODULE: ./shared/diff/concurrency.ts
/**
 * Bounded parallelism for read fan-outs (drift-check reads every runtime of every environment): at most `limit`
 * calls in flight, results in input order. A bound keeps a large account from tripping AgentCore's throttling,
 * where unbounded `Promise.all` would; the SDK's adaptive retry absorbs what throttling remains.
 */
/** Maps `items` through `fn` with at most `limit` calls running at once. Rejects with the first failure. */
async function mapWithConcurrency(items, limit, fn) {
    if (!Number.isInteger(limit) || limit < 1)
        throw new RangeError(`concurrency limit must be a positive integer, got ${limit}`);
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
/**
 * A shared limiter: several fan-outs (environments, runtimes within them) draw from one pool of `limit` slots, so
 * nesting does not multiply the number of calls in flight.
 */
function createLimiter(limit) {
    if (!Number.isInteger(limit) || limit < 1)
        throw new RangeError(`concurrency limit must be a positive integer, got ${limit}`);
    let active = 0;
    const queue = [];
    // A finishing task hands its slot straight to the next waiter, so a new caller cannot slip in between.
    const release = () => {
        const waiter = queue.shift();
        if (waiter)
            waiter();
        else
            active--;
    };
    return async (task) => {
        if (active >= limit)
            await new Promise((resolve) => queue.push(resolve));
        else
            active++;
        try {
            return await task();
        }
        finally {
            release();
        }
    };
}

;// CONCATENATED MODULE: ./shared/diff/drift-report.ts
/**
 * The drift report: one data structure, rendered once as markdown (job summary, PR comment) and written as JSON
 * (the `report` output). Secret environment variables appear by name only, never by value.
 */
/** Every item of an environment, runtimes first then unmanaged runtimes. */
function drift_report_environmentItems(environment) {
    return [...environment.runtimes.flatMap((r) => r.items), ...environment.unmanaged];
}
/** Assembles a report and its counts from checked environments. */
function buildDriftReport(config, environments, checkedAt) {
    // A runtime that could not be read is reported, but is not drift: nothing is known to differ.
    const differences = (e) => drift_report_environmentItems(e).filter((i) => i.kind !== 'read-error').length;
    const counts = {
        environments: environments.length,
        runtimes: environments.reduce((n, e) => n + e.runtimes.length, 0),
        driftedRuntimes: environments.reduce((n, e) => n + e.runtimes.filter((r) => r.status === 'drifted' || r.status === 'missing').length, 0),
        unmanagedRuntimes: environments.reduce((n, e) => n + e.unmanaged.length, 0),
        items: environments.reduce((n, e) => n + differences(e), 0),
        unreadableEnvironments: environments.filter((e) => e.status === 'error').length,
        unreadableRuntimes: environments.reduce((n, e) => n + e.runtimes.filter((r) => r.status === 'error').length, 0),
    };
    return {
        config,
        checkedAt: checkedAt.toISOString(),
        environments,
        hasDrift: counts.items > 0,
        counts,
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var client_cloudformation_dist_cjs = __webpack_require__(3805);
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

;// CONCATENATED MODULE: ./shared/diff/role-stack-drift.ts
/**
 * Drift of the execution role stack that ensure-role manages: CloudFormation's own drift detection
 * (DetectStackDrift, then its status, then the MODIFIED/DELETED resources). Detection is asynchronous on the
 * CloudFormation side, so it is awaited with the shared poll helper. Read-only: detection changes nothing.
 */



/** Detects drift of one stack. */
async function detectRoleStackDrift(stackName, deps) {
    const cfn = deps.cloudFormation;
    let detectionId;
    try {
        detectionId = (await cfn.send(new client_cloudformation_dist_cjs.DetectStackDriftCommand({ StackName: stackName }))).StackDriftDetectionId;
    }
    catch (error) {
        if (/does not exist/i.test(error.message ?? ''))
            return { exists: false };
        throw new errors/* OperationError */.OK('detect drift of stack', stackName, error);
    }
    if (!detectionId)
        throw new Error(`DetectStackDrift on '${stackName}' returned no detection id`);
    const status = await pollUntil({
        what: `drift detection of stack ${stackName}`,
        read: () => (0,errors/* attempt */.CD)('read drift detection of stack', stackName, () => cfn.send(new client_cloudformation_dist_cjs.DescribeStackDriftDetectionStatusCommand({ StackDriftDetectionId: detectionId }))),
        state: (s) => `${s.DetectionStatus}${s.StackDriftStatus ? ` ${s.StackDriftStatus}` : ''}`,
        verdict: (s) => s.DetectionStatus === 'DETECTION_COMPLETE'
            ? { done: true }
            : s.DetectionStatus === 'DETECTION_FAILED'
                ? { done: false, failed: s.DetectionStatusReason ?? 'DETECTION_FAILED' }
                : { done: false },
        timeoutMs: deps.timeoutMs ?? 120_000,
        intervalMs: 500,
        maxIntervalMs: 3000,
        clock: deps.clock,
        // Per-state log lines of many stacks would drown the run's log; only the outcome matters here.
        log: { ...deps.log, info: (m) => deps.log.debug(m) },
    });
    if (status.StackDriftStatus !== 'DRIFTED')
        return { exists: true, drifted: false, resources: [] };
    const resources = [];
    let nextToken;
    do {
        const page = await (0,errors/* attempt */.CD)('read resource drift of stack', stackName, () => cfn.send(new client_cloudformation_dist_cjs.DescribeStackResourceDriftsCommand({
            StackName: stackName,
            StackResourceDriftStatusFilters: ['MODIFIED', 'DELETED'],
            NextToken: nextToken,
        })));
        for (const drift of page.StackResourceDrifts ?? []) {
            resources.push({
                logicalId: drift.LogicalResourceId ?? '?',
                type: drift.ResourceType ?? '?',
                status: drift.StackResourceDriftStatus ?? '?',
                properties: (drift.PropertyDifferences ?? []).map((p) => ({
                    path: p.PropertyPath ?? '',
                    ...(p.ExpectedValue !== undefined ? { expected: p.ExpectedValue } : {}),
                    ...(p.ActualValue !== undefined ? { actual: p.ActualValue } : {}),
                    ...(p.DifferenceType ? { change: p.DifferenceType } : {}),
                })),
            });
        }
        nextToken = page.NextToken;
    } while (nextToken);
    return { exists: true, drifted: true, resources };
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

;// CONCATENATED MODULE: ./shared/diff/drift-check.ts
/**
 * drift-check's comparison: the committed config against live AgentCore, per environment and runtime. Read-only:
 * only List/Get/Describe calls and CloudFormation drift detection (which changes nothing).
 *
 * Call budget (what makes 3 environments × 50 runtimes fast): per environment one GetCallerIdentity (the account
 * guard) and ListAgentRuntimes pages of 100; per runtime GetAgentRuntime (latest version) and
 * ListAgentRuntimeEndpoints; ListTagsForResource only for runtimes that are *not* in the config (to find the
 * unmanaged ones); CloudFormation drift detection only for roles ensure-role manages. Every call goes through one
 * shared limiter, so nested fan-outs never exceed the bound, and the SDK's adaptive retry backs off on throttling.
 */











/** Calls in flight at once across all environments. */
const DEFAULT_DRIFT_CONCURRENCY = 16;
/** Checks every requested environment; an unreadable environment is reported, the others still checked. */
async function checkDrift(params, deps) {
    const limit = createLimiter(params.concurrency ?? DEFAULT_DRIFT_CONCURRENCY);
    const names = params.environments.length ? params.environments : Object.keys(params.config.environments);
    const environments = await Promise.all(names.map((name) => checkEnvironment(params.config.environments[name], params.configPath, deps, limit)));
    return buildDriftReport(params.configPath, environments, new Date(deps.clock.now()));
}
async function checkEnvironment(environment, configPath, deps, limit) {
    const base = { name: environment.name, account: environment.account, region: environment.region };
    let aws;
    let live;
    try {
        aws = await deps.clientsFor(environment);
        const account = await limit(() => callerAccount(aws));
        if (account !== environment.account)
            throw new Error(`the credentials are for account ${account || '(unknown)'}, not ${environment.account}; give the environment a roleToAssume or run with credentials for its account`);
        const control = await aws.control();
        live = await limit(() => listRuntimes(control));
    }
    catch (error) {
        const message = errorText(error);
        deps.log.warning(`Environment '${environment.name}' could not be read: ${message}`);
        return { ...base, status: 'error', error: message, runtimes: [], unmanaged: [] };
    }
    const byName = new Map(live.map((r) => [r.agentRuntimeName, r]));
    const runtimes = await Promise.all(Object.values(environment.runtimes).map((runtime) => checkRuntime(runtime, environment, byName.get(runtime.agentRuntimeName), aws, deps, limit)));
    const configured = new Set(Object.values(environment.runtimes).map((r) => r.agentRuntimeName));
    const others = live.filter((r) => r.agentRuntimeName && !configured.has(r.agentRuntimeName) && r.agentRuntimeArn);
    const wanted = managedRuntimeTags({ configPath, environment: environment.name });
    const unmanaged = [];
    await Promise.all(others.map(async (summary) => {
        try {
            const control = await aws.control();
            const tags = await limit(() => control.send(new dist_cjs.ListTagsForResourceCommand({ resourceArn: summary.agentRuntimeArn })));
            if (tags.tags?.[CONFIG_TAG] === wanted[CONFIG_TAG] && tags.tags?.[ENVIRONMENT_TAG] === wanted[ENVIRONMENT_TAG])
                unmanaged.push({
                    kind: 'runtime-unmanaged',
                    runtime: summary.agentRuntimeName ?? '',
                    actual: summary.agentRuntimeArn,
                    message: `runtime '${summary.agentRuntimeName}' is tagged as deployed from ${configPath} to ${environment.name} but is no longer in the config`,
                });
        }
        catch (error) {
            deps.log.warning(`Tags of runtime '${summary.agentRuntimeName}' could not be read: ${(0,errors/* causeMessage */.fq)(error)}`);
        }
    }));
    unmanaged.sort((a, b) => a.runtime.localeCompare(b.runtime));
    const drifted = runtimes.some((r) => r.status === 'drifted' || r.status === 'missing') || unmanaged.length > 0;
    return { ...base, status: drifted ? 'drifted' : 'in-sync', runtimes, unmanaged };
}
async function checkRuntime(runtime, environment, summary, aws, deps, limit) {
    const name = runtime.agentRuntimeName;
    if (!summary?.agentRuntimeId)
        return {
            key: runtime.key,
            name,
            status: 'missing',
            items: [
                {
                    kind: 'runtime-missing',
                    runtime: name,
                    message: `runtime '${name}' is in the config but does not exist in ${environment.name}`,
                },
            ],
        };
    const id = summary.agentRuntimeId;
    try {
        const control = await aws.control();
        const [live, endpoints, roleItems] = await Promise.all([
            limit(() => (0,errors/* attempt */.CD)('read runtime', name, () => control.send(new dist_cjs.GetAgentRuntimeCommand({ agentRuntimeId: id })))),
            listEndpoints(id, name, aws, limit),
            runtime.role.kind === 'managed' ? checkRoleStack(runtime, environment, aws, deps, limit) : Promise.resolve([]),
        ]);
        const items = [...compareRuntime(runtime, environment, live, endpoints), ...roleItems];
        return {
            key: runtime.key,
            name,
            status: items.length ? 'drifted' : 'in-sync',
            runtimeId: id,
            ...(live.agentRuntimeVersion ? { latestVersion: live.agentRuntimeVersion } : {}),
            items,
        };
    }
    catch (error) {
        const message = errorText(error);
        return {
            key: runtime.key,
            name,
            status: 'error',
            runtimeId: id,
            items: [{ kind: 'read-error', runtime: name, message: `runtime '${name}' could not be read: ${message}` }],
        };
    }
}
async function listEndpoints(id, name, aws, limit) {
    const control = await aws.control();
    const endpoints = [];
    let nextToken;
    do {
        const page = await limit(() => (0,errors/* attempt */.CD)('list endpoints of runtime', name, () => control.send(new dist_cjs.ListAgentRuntimeEndpointsCommand({ agentRuntimeId: id, maxResults: 100, nextToken }))));
        endpoints.push(...(page.runtimeEndpoints ?? []));
        nextToken = page.nextToken;
    } while (nextToken);
    return endpoints;
}
async function checkRoleStack(runtime, environment, aws, deps, limit) {
    const name = runtime.agentRuntimeName;
    const stack = roleStackName(environment.name, name);
    const cloudFormation = await aws.cloudFormation();
    // The limiter wraps each call, not the whole detection: a slow detection must not hold a slot while it waits.
    const limited = {
        send: ((command) => limit(() => cloudFormation.send(command))),
    };
    const drift = await detectRoleStackDrift(stack, { cloudFormation: limited, clock: deps.clock, log: deps.log });
    if (!drift.exists)
        return [
            {
                kind: 'role-stack-missing',
                runtime: name,
                field: stack,
                message: `execution role stack '${stack}' does not exist; run ensure-role`,
            },
        ];
    return drift.resources.map((resource) => ({
        kind: 'role-stack',
        runtime: name,
        field: `${stack}/${resource.logicalId}`,
        actual: resource.status,
        message: `role stack resource ${resource.logicalId} (${resource.type}) is ${resource.status}${resource.properties.length ? `: ${resource.properties.map((p) => p.path).join(', ')} changed` : ''}`,
    }));
}
/** The image's repository (`<registry>/<repository>`), without tag or digest. */
function imageRepository(uri) {
    const withoutDigest = uri.split('@')[0];
    const slash = withoutDigest.indexOf('/');
    const colon = withoutDigest.lastIndexOf(':');
    return colon > slash ? withoutDigest.slice(0, colon) : withoutDigest;
}
/** Pure comparison of one runtime's config with its live latest version and endpoints. */
function compareRuntime(runtime, environment, live, endpoints) {
    const name = runtime.agentRuntimeName;
    const items = [];
    if (live.status && live.status !== 'READY')
        items.push({
            kind: 'runtime-status',
            runtime: name,
            actual: live.status,
            message: `runtime '${name}' is ${live.status}${live.failureReason ? `: ${live.failureReason}` : ''}`,
        });
    // The config names a repository, not an image: drift-check can say the image comes from elsewhere, while the
    // digest is deploy-runtime's to choose.
    const liveImage = liveContainerUri(live);
    const expectedRepository = `${environment.account}.dkr.ecr.${environment.region}.amazonaws.com/${runtime.image.repository}`;
    if (liveImage && imageRepository(liveImage) !== expectedRepository)
        items.push({
            kind: 'runtime-field',
            runtime: name,
            field: 'image',
            expected: `${expectedRepository}@…`,
            actual: liveImage,
            message: `image: runs ${liveImage}, the config's repository is ${expectedRepository}`,
        });
    const desired = desiredRuntime(runtime, { roleArn: resolveRoleArn(runtime, environment) });
    const plain = new Set(Object.keys(runtime.environment));
    for (const change of diffRuntimeConfiguration(desired, live)) {
        const variable = change.field.startsWith('environment.') ? change.field.slice('environment.'.length) : undefined;
        // A live variable the config does not know may hold anything, a secret included: its name only.
        const hidden = change.secret || (variable !== undefined && !plain.has(variable));
        items.push({
            kind: 'runtime-field',
            runtime: name,
            field: change.field,
            ...(hidden ? { secret: true } : {}),
            ...(!hidden && change.to !== undefined ? { expected: change.to } : {}),
            ...(!hidden && change.from !== undefined ? { actual: change.from } : {}),
            message: hidden
                ? change.secret
                    ? describeRuntimeChange(change)
                    : `${change.field}: set live but not in the config (value not shown)`
                : `${change.field}: config ${change.to ?? '(not set)'}, live ${change.from ?? '(not set)'}`,
        });
    }
    const latest = live.agentRuntimeVersion;
    const byName = new Map(endpoints.map((e) => [e.name, e]));
    for (const [endpoint, selector] of Object.entries(runtime.endpoints)) {
        const found = byName.get(endpoint);
        const wantedVersion = selector === 'latest' ? latest : selector;
        if (!found) {
            items.push({
                kind: 'endpoint-missing',
                runtime: name,
                endpoint,
                expected: wantedVersion,
                message: `endpoint '${endpoint}' is in the config (${selector}) but does not exist`,
            });
            continue;
        }
        if (found.status && found.status !== 'READY')
            items.push({
                kind: 'endpoint-status',
                runtime: name,
                endpoint,
                actual: found.status,
                message: `endpoint '${endpoint}' is ${found.status}${found.targetVersion && found.targetVersion !== found.liveVersion
                    ? ` (moving to version ${found.targetVersion})`
                    : ''}`,
            });
        if (wantedVersion !== undefined && found.liveVersion !== wantedVersion)
            items.push({
                kind: 'endpoint-version',
                runtime: name,
                endpoint,
                expected: wantedVersion,
                actual: found.liveVersion ?? '(none)',
                message: `endpoint '${endpoint}' serves version ${found.liveVersion ?? '(none)'}, the config says ${selector}${selector === 'latest' ? ` (version ${latest})` : ''}`,
            });
    }
    for (const endpoint of endpoints) {
        if (!endpoint.name || endpoint.name === 'DEFAULT' || endpoint.name in runtime.endpoints)
            continue;
        items.push({
            kind: 'endpoint-extra',
            runtime: name,
            endpoint: endpoint.name,
            actual: endpoint.liveVersion,
            message: `endpoint '${endpoint.name}' (version ${endpoint.liveVersion ?? '?'}) exists but is not in the config`,
        });
    }
    return items;
}
/** An error's text for the report: our own operation errors already read well, without their class name. */
function errorText(error) {
    return error instanceof errors/* OperationError */.OK ? error.message : (0,errors/* causeMessage */.fq)(error);
}

;// CONCATENATED MODULE: ./shared/aws/clients.ts
/** The suite's version, sent in the user agent. */
const SUITE_VERSION = '0.1.0';
/** The configuration every client shares. */
function clientConfig(options) {
    const config = {
        region: options.region,
        customUserAgent: [[`agentcore-actions`, SUITE_VERSION], [`action/${options.action}`]],
    };
    // The SDK reads AWS_MAX_ATTEMPTS / AWS_RETRY_MODE itself; setting them in code would override the user's choice.
    if (!process.env.AWS_RETRY_MODE)
        config.retryMode = 'adaptive';
    if (!process.env.AWS_MAX_ATTEMPTS)
        config.maxAttempts = 5;
    // Every call has a deadline: left alone, the SDK waits forever for a silent answer (no socket timeout).
    config.requestHandler = { connectionTimeout: 10_000, socketTimeout: httpTimeoutMs(process.env) };
    if (options.credentials)
        config.credentials = options.credentials;
    return config;
}
/** Default for {@link httpTimeoutMs}: how long an AWS answer may stay silent before the call fails. */
const DEFAULT_HTTP_TIMEOUT_MS = 120_000;
/**
 * The socket inactivity timeout of every AWS call, in ms: `AGENTCORE_ACTIONS_HTTP_TIMEOUT_MS` when it is a positive
 * integer, else {@link DEFAULT_HTTP_TIMEOUT_MS} (long enough for a streamed agent answer that pauses between chunks).
 * A timed-out call fails with the SDK's `TimeoutError` and is retried like any other transient failure.
 */
function httpTimeoutMs(env) {
    const value = Number(env.AGENTCORE_ACTIONS_HTTP_TIMEOUT_MS);
    return Number.isInteger(value) && value > 0 ? value : DEFAULT_HTTP_TIMEOUT_MS;
}
/** Creates the lazy client set for a region. */
function createAwsClients(options) {
    const config = clientConfig(options);
    const cache = new Map();
    const once = (key, build) => {
        if (!cache.has(key))
            cache.set(key, build());
        return cache.get(key);
    };
    return {
        region: options.region,
        control: () => once('control', async () => new (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7508, 19))).BedrockAgentCoreControlClient(config)),
        data: () => once('data', async () => new (await __webpack_require__.e(/* import() */ 688).then(__webpack_require__.t.bind(__webpack_require__, 2688, 19))).BedrockAgentCoreClient(config)),
        ecr: () => once('ecr', async () => new (await __webpack_require__.e(/* import() */ 249).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19))).ECRClient(config)),
        iam: () => once('iam', async () => new (await __webpack_require__.e(/* import() */ 764).then(__webpack_require__.t.bind(__webpack_require__, 6764, 19))).IAMClient(config)),
        cloudFormation: () => once('cfn', async () => new (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19))).CloudFormationClient(config)),
        sts: () => once('sts', async () => new (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19))).STSClient(config)),
    };
}

;// CONCATENATED MODULE: ./shared/diff/environment-credentials.ts
/**
 * Clients per environment for a job that reads several accounts (drift-check over dev, staging and prod). An
 * environment with `roleToAssume` is read with that role's credentials, obtained by STS AssumeRole with the job's
 * own credentials (typically an OIDC role allowed to assume each environment's read-only role); the others use the
 * job's credentials as they are. One assumed session per environment, short-lived, named after the action.
 */



/** The factory drift-check uses: plain clients, or assumed-role clients when the environment names a role. */
function environmentClients(action) {
    return async (environment) => {
        const base = createAwsClients({ region: environment.region, action });
        if (!environment.roleToAssume)
            return base;
        const sts = await base.sts();
        const roleArn = environment.roleToAssume;
        const assumed = await (0,errors/* attempt */.CD)('assume role', roleArn, () => sts.send(new client_sts_dist_cjs.AssumeRoleCommand({
            RoleArn: roleArn,
            RoleSessionName: `${action}-${environment.name}`.replace(/[^\w+=,.@-]/g, '-').slice(0, 64),
            DurationSeconds: 900,
        })));
        const c = assumed.Credentials;
        if (!c?.AccessKeyId || !c.SecretAccessKey)
            throw new Error(`AssumeRole on ${roleArn} returned no credentials`);
        return createAwsClients({
            region: environment.region,
            action,
            credentials: {
                accessKeyId: c.AccessKeyId,
                secretAccessKey: c.SecretAccessKey,
                ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}),
                ...(c.Expiration ? { expiration: c.Expiration } : {}),
            },
        });
    };
}

;// CONCATENATED MODULE: ./shared/render/summary.ts
/**
 * The one job-summary layout every action uses: a heading with the outcome, a facts table (what, where, which
 * version), then sections. Pure: returns markdown; the run wrapper writes it.
 */

/** Outcome icons shared across actions. */
const OUTCOME_ICON = { success: '✅', unchanged: '⏸️', failure: '❌', warning: '⚠️', dryRun: '🔍' };
/** Renders a {@link SummaryDocument}. */
function summary_renderSummary(doc) {
    const parts = [`### ${OUTCOME_ICON[doc.outcome]} ${escapeMarkdown(doc.action)}: ${escapeMarkdown(doc.headline)}`];
    if (doc.facts.length)
        parts.push(table(['', ''], doc.facts.map(([k, v]) => [`**${escapeMarkdown(k)}**`, v])));
    for (const section of doc.sections ?? [])
        parts.push(`#### ${escapeMarkdown(section.title)}\n\n${section.body}`);
    return `${parts.join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./shared/render/drift.ts



/** GitHub's limit on an issue or PR comment body. */
const GITHUB_COMMENT_LIMIT = 65_536;
/** Longest config/live value shown in a cell. */
const VALUE_LIMIT = 200;
/** "2 of 3 environments drift (5 differences)" / "no drift in 3 environments". */
function driftHeadline(report) {
    const c = report.counts;
    const drifted = report.environments.filter((e) => e.status === 'drifted').length;
    const unreadable = (c.unreadableEnvironments ? `; ${c.unreadableEnvironments} could not be read` : '') +
        (c.unreadableRuntimes ? `; ${c.unreadableRuntimes} runtime(s) could not be read` : '');
    if (!report.hasDrift)
        return `no drift in ${c.environments - c.unreadableEnvironments} environment(s)${unreadable}`;
    return `${drifted} of ${c.environments} environment(s) drift: ${c.items} difference(s) in ${c.driftedRuntimes + c.unmanagedRuntimes} runtime(s)${unreadable}`;
}
const STATUS_TEXT = {
    'in-sync': '✅ in sync',
    drifted: '⚠️ drift',
    error: '❌ not readable',
};
/** The per-environment headline table. */
function renderDriftOverview(report) {
    return table(['Environment', 'Account / region', 'Status', 'Runtimes', 'What differs'], report.environments.map((e) => [
        `**${escapeMarkdown(e.name)}**`,
        `${code(e.account)} ${code(e.region)}`,
        STATUS_TEXT[e.status],
        e.status === 'error'
            ? '—'
            : `${e.runtimes.filter((r) => r.status === 'drifted' || r.status === 'missing').length}/${e.runtimes.length} differ`,
        e.status === 'error' ? escapeMarkdown(truncate(e.error ?? '', 300)) : escapeMarkdown(whatDiffers(e)),
    ]));
}
/** "2 missing, 1 endpoint version, 3 fields" for an environment. */
function whatDiffers(environment) {
    const counts = new Map();
    for (const item of environmentItems(environment))
        counts.set(LABEL[item.kind], (counts.get(LABEL[item.kind]) ?? 0) + 1);
    return [...counts].map(([label, n]) => `${n} ${label}`).join(', ') || 'nothing';
}
const LABEL = {
    'runtime-missing': 'runtime missing',
    'runtime-unmanaged': 'unmanaged runtime',
    'runtime-field': 'configuration field',
    'runtime-status': 'runtime status',
    'endpoint-missing': 'endpoint missing',
    'endpoint-extra': 'extra endpoint',
    'endpoint-version': 'endpoint version',
    'endpoint-status': 'endpoint status',
    'role-stack': 'role stack resource',
    'role-stack-missing': 'role stack missing',
    'read-error': 'read error',
};
function cell(value, item) {
    if (item.secret)
        return '*(secret, not shown)*';
    return value === undefined ? '—' : code(truncate(value, VALUE_LIMIT));
}
/** One environment's differences as a folded table. */
function renderEnvironmentDetails(environment) {
    const items = environmentItems(environment);
    const rows = items.map((item) => [
        code(item.runtime),
        escapeMarkdown(LABEL[item.kind]),
        item.endpoint ? code(item.endpoint) : item.field ? code(item.field) : '—',
        cell(item.expected, item),
        cell(item.actual, item),
        escapeMarkdown(truncate(item.message, 400)),
    ]);
    return details(`<b>${escapeMarkdown(environment.name)}</b>: ${items.length} difference(s)`, table(['Runtime', 'What', 'Where', 'Config', 'Live', 'Detail'], rows));
}
/**
 * The report body: overview, then each drifted environment folded. With `maxLength`, environments that do not fit
 * are left out and named, with `pointer` (e.g. a link to the job summary) saying where the rest is.
 */
function renderDriftBody(report, options = {}) {
    const head = [
        `**${escapeMarkdown(driftHeadline(report))}** — config ${code(report.config)}, checked ${escapeMarkdown(report.checkedAt)}`,
        renderDriftOverview(report),
    ];
    const blocks = report.environments
        .filter((e) => e.status === 'drifted')
        .map((e) => ({ name: e.name, text: renderEnvironmentDetails(e) }));
    const max = options.maxLength ?? Infinity;
    const parts = [...head];
    let length = parts.join('\n\n').length;
    const left = [];
    // Room kept for the "cut" note, whatever the number of environments left out.
    const reserve = 600 + (options.pointer?.length ?? 0);
    for (const block of blocks) {
        if (left.length === 0 && length + block.text.length + 2 <= max - reserve) {
            parts.push(block.text);
            length += block.text.length + 2;
        }
        else
            left.push(block.name);
    }
    if (left.length) {
        const note = `✂️ Cut to fit GitHub's comment limit: the differences of ${left.map((n) => `**${escapeMarkdown(n)}**`).join(', ')} are not shown here. ${options.pointer ?? 'See the job summary for the full report.'}`;
        parts.push(note);
    }
    let body = parts.join('\n\n');
    // The overview alone may be too long (hundreds of environments): cut hard as a last resort.
    if (body.length > max)
        body = `${body.slice(0, max - reserve)}\n\n✂️ Cut. ${options.pointer ?? 'See the job summary for the full report.'}`;
    return body;
}
/** The job summary: the shared layout with the full report. */
function renderDriftSummary(report) {
    const c = report.counts;
    return renderSummary({
        action: 'drift-check',
        outcome: report.hasDrift ? 'warning' : c.unreadableEnvironments ? 'failure' : 'success',
        headline: driftHeadline(report),
        facts: [
            ['Config', code(report.config)],
            ['Environments', report.environments.map((e) => code(e.name)).join(' ')],
            ['Runtimes checked', String(c.runtimes)],
            ['Differences', String(c.items)],
        ],
        sections: [{ title: 'Drift', body: renderDriftBody(report) }],
    });
}
/** The PR comment: the marker that finds it again, a title, and the body cut under the limit. */
function renderDriftComment(report, options) {
    const title = `### ${report.hasDrift ? '⚠️' : '✅'} AgentCore drift: ${escapeMarkdown(driftHeadline(report))}`;
    const pointer = options.runUrl
        ? `The full report is in the [job summary](${options.runUrl}).`
        : 'The full report is in the job summary of this run.';
    const prefix = `${options.marker}\n${title}\n\n`;
    const body = renderDriftBody(report, {
        maxLength: (options.limit ?? GITHUB_COMMENT_LIMIT) - prefix.length - 200,
        pointer,
    });
    return `${prefix}${body}\n\n<sub>Updated by drift-check on every run; read-only, nothing in AWS was changed.</sub>\n`;
}
/** The report as plain text for a terminal (`agentcore-actions plan`): one line per difference, secrets by name. */
function renderDriftText(report) {
    const lines = [`${report.config}: ${driftHeadline(report)}`];
    for (const environment of report.environments) {
        const where = `${environment.account} ${environment.region}`;
        if (environment.status === 'error') {
            lines.push('', `${environment.name} (${where}): not readable: ${environment.error ?? ''}`);
            continue;
        }
        const items = drift_report_environmentItems(environment);
        lines.push('', `${environment.name} (${where}): ${items.length ? `${items.length} difference(s)` : 'in sync'}`);
        for (const item of items)
            lines.push(`  ${item.runtime}: ${item.message}`);
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./cli/src/args.ts
var src_args = __webpack_require__(1317);
// EXTERNAL MODULE: ./cli/src/config-path.ts
var config_path = __webpack_require__(7652);
// EXTERNAL MODULE: ./cli/src/io.ts
var src_io = __webpack_require__(6560);
;// CONCATENATED MODULE: ./cli/src/plan.ts
/**
 * `agentcore-actions plan [--config PATH] [--environment NAME]`: drift-check's report, locally, with the user's own
 * AWS credentials (the SDK's default chain; an environment's `roleToAssume` is assumed as in the action).
 * Read-only in AWS. Exit 0 when nothing differs, 1 when something differs or an environment cannot be read.
 */










const planCommand = {
    name: 'plan',
    summary: 'compare agentcore.yaml with live AgentCore (the drift report, read-only)',
    usage: [
        'Usage: agentcore-actions plan [--config PATH] [--environment NAME]... [--json]',
        '',
        'Compares the config with what runs in AgentCore, environment by environment: missing and unmanaged',
        'runtimes, the latest version field by field, named endpoints and the versions they serve, and the',
        'execution role stack (CloudFormation drift detection) when ensure-role manages it. Secret values are',
        'never printed. Uses your AWS credentials (default chain); nothing in AWS is changed.',
        'Exit 0: no drift; 1: drift, or an environment could not be read; 2: usage error.',
        '',
        'Options:',
        '  -c, --config PATH        config file (default: agentcore.yaml, agentcore.yml or agentcore.json)',
        '  -e, --environment NAME   environment(s) to check, comma separated (default: all)',
        "      --json               print the report as JSON (the drift-check action's `report` output)",
        '  -h, --help               show this help',
    ].join('\n'),
    async run(args, io) {
        const { values } = (0,src_args/* parseOptions */.A)(args, {
            config: { value: true, short: 'c' },
            environment: { value: true, short: 'e' },
            json: { value: false },
            help: { value: false, short: 'h' },
        });
        if (values.help) {
            io.stdout(this.usage);
            return src_io/* EXIT */.d.ok;
        }
        const path = (0,config_path/* findConfigPath */.Xe)(values.config, io.cwd);
        let text;
        try {
            text = await (0,promises_.readFile)((0,config_path/* resolveFromCwd */.vq)(path, io.cwd), 'utf8');
        }
        catch (error) {
            io.stderr(`${path}: cannot read the config file: ${error.message}`);
            return src_io/* EXIT */.d.failed;
        }
        try {
            const config = (0,shared_config/* parseConfig */.o4)(text, path);
            const wanted = String(values.environment ?? '')
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean);
            const unknown = wanted.filter((name) => !(name in config.environments));
            if (unknown.length)
                throw new src_io/* UsageError */.e(`unknown environment ${unknown.join(', ')}; ${path} has ${Object.keys(config.environments).join(', ')}`);
            const report = await checkDrift({ config, configPath: path, environments: wanted, concurrency: DEFAULT_DRIFT_CONCURRENCY }, { clientsFor: environmentClients('plan'), clock: systemClock, log: stderrLogger(io) });
            io.stdout(values.json ? JSON.stringify(report, null, 2) : renderDriftText(report));
            return report.hasDrift || report.counts.unreadableEnvironments ? src_io/* EXIT */.d.failed : src_io/* EXIT */.d.ok;
        }
        catch (error) {
            if (!(error instanceof errors/* ConfigError */.xL))
                throw error;
            io.stdout(error.message);
            for (const problem of error.problems)
                io.stdout(`  ${(0,errors/* formatProblem */.Vw)(problem)}`);
            return src_io/* EXIT */.d.failed;
        }
    },
};
/** Progress and warnings go to stderr, so that stdout holds only the report (pipe it, `--json | jq`). */
function stderrLogger(io) {
    return {
        debug: () => undefined,
        info: () => undefined,
        warning: (message) => io.stderr(`warning: ${message}`),
        error: (message) => io.stderr(`error: ${message}`),
        group: (_name, fn) => fn(),
    };
}


/***/ })

};
