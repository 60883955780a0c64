export const id = 340;
export const ids = [340];
export const modules = {

/***/ 1340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ensureRole: () => (/* binding */ ensureRole)
});

// EXTERNAL MODULE: ./shared/errors/index.ts + 1 modules
var errors = __webpack_require__(8491);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var dist_cjs = __webpack_require__(6764);
;// CONCATENATED MODULE: ./shared/iam/execution-role-policy.ts
/** The service principal AgentCore assumes execution roles with. */
const AGENTCORE_PRINCIPAL = 'bedrock-agentcore.amazonaws.com';
/** Actions whose resource AWS requires to be `*` (they are not resource-scoped). */
const STAR_RESOURCE_ACTIONS = (/* unused pure expression or super */ null && ([
    'ecr:GetAuthorizationToken',
    'xray:PutTraceSegments',
    'xray:PutTelemetryRecords',
    'xray:GetSamplingRules',
    'xray:GetSamplingTargets',
    'cloudwatch:PutMetricData',
]));
/** The AWS partition of a region. */
function partitionOf(region) {
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    return 'aws';
}
/** Geographic prefixes of cross-region inference profile IDs (`us.anthropic.claude-...`). */
const PROFILE_PREFIX = /^(us|eu|apac|global|jp|au|ca|us-gov)\.(.+)$/;
/**
 * Resources for a model as written in the config:
 * - an ARN is used as is;
 * - a foundation model ID (`anthropic.claude-sonnet-4-5-20250929-v1:0`, or a glob the user wrote) becomes
 *   `arn:<partition>:bedrock:<region>::foundation-model/<id>`;
 * - an inference profile ID (`us.`, `eu.`, `apac.`, `global.`, … prefix) becomes
 *   `arn:<partition>:bedrock:<region>:<account>:inference-profile/<id>`, plus the underlying foundation model in any
 *   region (cross-region profiles route there) allowed only when called through that profile
 *   (`bedrock:InferenceProfileArn` condition).
 */
function modelGrant(model, scope) {
    const partition = partitionOf(scope.region);
    if (model.startsWith('arn:'))
        return { model, resources: [model] };
    const profile = PROFILE_PREFIX.exec(model);
    if (profile) {
        const profileArn = `arn:${partition}:bedrock:${scope.region}:${scope.account}:inference-profile/${model}`;
        return {
            model,
            resources: [profileArn],
            viaProfile: { profileArn, modelArn: `arn:${partition}:bedrock:*::foundation-model/${profile[2]}` },
        };
    }
    return { model, resources: [`arn:${partition}:bedrock:${scope.region}::foundation-model/${model}`] };
}
/** The trust policy: only AgentCore, only on behalf of this account's AgentCore resources in this region. */
function trustPolicy(account, region) {
    return {
        Version: '2012-10-17',
        Statement: [
            {
                Sid: 'AgentCoreAssumeRole',
                Effect: 'Allow',
                Principal: { Service: AGENTCORE_PRINCIPAL },
                Action: 'sts:AssumeRole',
                Condition: {
                    StringEquals: { 'aws:SourceAccount': account },
                    ArnLike: { 'aws:SourceArn': `arn:${partitionOf(region)}:bedrock-agentcore:${region}:${account}:*` },
                },
            },
        ],
    };
}
/** The permissions policy of the execution role. */
function executionRolePolicy(scope) {
    const { account, region, agentRuntimeName: name } = scope;
    const p = partitionOf(region);
    // Runtime IDs are `<name>-<10 chars>` and names cannot contain '-', so `<name>-*` is exactly this runtime's.
    const logGroup = `arn:${p}:logs:${region}:${account}:log-group:/aws/bedrock-agentcore/runtimes/${name}-*`;
    const directory = `arn:${p}:bedrock-agentcore:${region}:${account}:workload-identity-directory/default`;
    const statements = [
        {
            Sid: 'PullRuntimeImage',
            Effect: 'Allow',
            Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'],
            Resource: `arn:${p}:ecr:${region}:${account}:repository/${scope.repository}`,
        },
        { Sid: 'EcrAuthorizationToken', Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' },
        {
            Sid: 'RuntimeLogGroups',
            Effect: 'Allow',
            Action: ['logs:CreateLogGroup', 'logs:DescribeLogStreams'],
            Resource: logGroup,
        },
        {
            Sid: 'RuntimeLogStreams',
            Effect: 'Allow',
            Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
            Resource: `${logGroup}:log-stream:*`,
        },
        {
            Sid: 'Tracing',
            Effect: 'Allow',
            Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'xray:GetSamplingRules', 'xray:GetSamplingTargets'],
            Resource: '*',
        },
        {
            Sid: 'Metrics',
            Effect: 'Allow',
            Action: 'cloudwatch:PutMetricData',
            Resource: '*',
            Condition: { StringEquals: { 'cloudwatch:namespace': 'bedrock-agentcore' } },
        },
        {
            Sid: 'WorkloadIdentityTokens',
            Effect: 'Allow',
            Action: [
                'bedrock-agentcore:GetWorkloadAccessToken',
                'bedrock-agentcore:GetWorkloadAccessTokenForJWT',
                'bedrock-agentcore:GetWorkloadAccessTokenForUserId',
            ],
            Resource: [directory, `${directory}/workload-identity/${name}-*`],
        },
    ];
    const grants = scope.models.map((m) => modelGrant(m, scope));
    const direct = [...new Set(grants.flatMap((g) => g.resources))];
    const invoke = ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'];
    if (direct.length)
        statements.push({ Sid: 'InvokeConfiguredModels', Effect: 'Allow', Action: invoke, Resource: direct });
    grants
        .filter((g) => g.viaProfile)
        .forEach((g, i) => statements.push({
        Sid: `InvokeThroughProfile${i + 1}`,
        Effect: 'Allow',
        Action: invoke,
        Resource: g.viaProfile?.modelArn ?? '',
        Condition: { StringEquals: { 'bedrock:InferenceProfileArn': g.viaProfile?.profileArn ?? '' } },
    }));
    scope.statements.forEach((s, i) => statements.push({ ...s, Sid: s.Sid ?? `Config${i + 1}` }));
    return { Version: '2012-10-17', Statement: statements };
}
/** A managed policy as written in the config: an ARN, or the name of an AWS managed policy. */
function managedPolicyArn(policy, region) {
    return policy.startsWith('arn:') ? policy : `arn:${partitionOf(region)}:iam::aws:policy/${policy}`;
}
/** A permissions boundary as given: an ARN, or the name of a customer managed policy in the account. */
function permissionsBoundaryArn(boundary, account, region) {
    return boundary.startsWith('arn:') ? boundary : `arn:${partitionOf(region)}:iam::${account}:policy/${boundary}`;
}

;// CONCATENATED MODULE: ./shared/iam/existing-role.ts
/**
 * A bring-your-own execution role (`role.arn` in the config): checked through IAM before anyone deploys with it.
 * It must exist, live in the environment's account (a role cannot be passed across accounts), and its trust
 * policy must let AgentCore assume it; otherwise the error shows the trust policy to add.
 */



const ROLE_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)$/;
const list = (v) => (v === undefined ? [] : [].concat(v).map(String));
/** Whether a statement allows AgentCore to assume the role (conditions are the owner's business). */
function allowsAgentCore(statement) {
    if (statement.Effect !== 'Allow')
        return false;
    const actions = list(statement.Action);
    if (!actions.some((a) => a === 'sts:AssumeRole' || a === 'sts:*' || a === '*'))
        return false;
    const principal = statement.Principal;
    if (principal === '*')
        return false;
    return list(principal?.Service).includes(AGENTCORE_PRINCIPAL);
}
/** Parses a trust policy as IAM returns it (URL-encoded JSON). */
function parseTrustPolicy(text) {
    const decoded = text.trim().startsWith('{') ? text : decodeURIComponent(text);
    return JSON.parse(decoded);
}
/** Checks a role the config brings; throws a {@link ConfigError} with the fix when it cannot serve AgentCore. */
async function checkExistingRole(params, deps) {
    const match = ROLE_ARN.exec(params.roleArn);
    if (!match)
        throw new errors/* ConfigError */.xL(`role.arn '${params.roleArn}' is not an IAM role ARN (arn:aws:iam::<account>:role/<name>).`);
    const [, account, roleName] = match;
    if (account !== params.account)
        throw new errors/* ConfigError */.xL(`role.arn '${params.roleArn}' is in account ${account}, but environment '${params.environment}' is account ${params.account}: AgentCore can only use a role of its own account. Use a role in ${params.account}, or remove role.arn to let ensure-role manage one.`);
    const role = await (0,errors/* attempt */.CD)('read IAM role', roleName, async () => {
        try {
            return (await deps.iam.send(new dist_cjs.GetRoleCommand({ RoleName: roleName }))).Role;
        }
        catch (error) {
            if (error.name === 'NoSuchEntityException')
                throw new errors/* ConfigError */.xL(`role.arn '${params.roleArn}' does not exist in account ${params.account}. Create it, fix the ARN, or remove role.arn to let ensure-role manage the role.`);
            throw error;
        }
    });
    const document = parseTrustPolicy(role?.AssumeRolePolicyDocument ?? '{"Statement":[]}');
    if (!(document.Statement ?? []).some(allowsAgentCore)) {
        throw new errors/* ConfigError */.xL(`The trust policy of role '${roleName}' does not let ${AGENTCORE_PRINCIPAL} assume it, so AgentCore cannot run the agent with it. ` +
            `Set its trust policy to (aws iam update-assume-role-policy --role-name ${roleName} --policy-document file://trust.json):\n` +
            JSON.stringify(trustPolicy(params.account, params.region), null, 2));
    }
    return { roleArn: role?.Arn ?? params.roleArn, roleName };
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

;// CONCATENATED MODULE: ./shared/iam/role-template.ts


/** The logical ID of the role in the template. */
const ROLE_LOGICAL_ID = 'ExecutionRole';
/** The name of the role's inline policy. */
const INLINE_POLICY_NAME = 'agentcore-runtime';
/** The tags the stack and the role carry. */
function roleTags(inputs) {
    return {
        ...inputs.environment.tags,
        'managed-by': 'agentcore-actions',
        'agentcore:environment': inputs.environment.name,
        'agentcore:runtime': inputs.runtime.agentRuntimeName,
        'agentcore:config': inputs.configPath,
    };
}
/** Builds the template. Throws when the config brings its own role (there is nothing to manage). */
function roleTemplate(inputs) {
    const { environment, runtime } = inputs;
    const role = runtime.role;
    if (role.kind !== 'managed')
        throw new Error(`runtime ${runtime.key} brings its own role (${role.arn})`);
    const boundary = inputs.permissionsBoundary ?? role.permissionsBoundary;
    const properties = {
        RoleName: executionRoleName(environment.name, runtime.agentRuntimeName),
        Description: `AgentCore execution role of runtime ${runtime.agentRuntimeName} in ${environment.name} (managed by agentcore-actions)`,
        AssumeRolePolicyDocument: trustPolicy(environment.account, environment.region),
        Policies: [
            {
                PolicyName: INLINE_POLICY_NAME,
                PolicyDocument: executionRolePolicy({
                    account: environment.account,
                    region: environment.region,
                    agentRuntimeName: runtime.agentRuntimeName,
                    repository: runtime.image.repository,
                    models: role.models,
                    statements: role.statements,
                }),
            },
        ],
        Tags: Object.entries(roleTags(inputs))
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([Key, Value]) => ({ Key, Value })),
    };
    if (role.managedPolicies.length)
        properties.ManagedPolicyArns = role.managedPolicies.map((m) => managedPolicyArn(m, environment.region));
    if (boundary)
        properties.PermissionsBoundary = permissionsBoundaryArn(boundary, environment.account, environment.region);
    return {
        AWSTemplateFormatVersion: '2010-09-09',
        Description: `AgentCore execution role for ${runtime.agentRuntimeName} (${environment.name})`,
        Resources: { [ROLE_LOGICAL_ID]: { Type: 'AWS::IAM::Role', Properties: properties } },
        Outputs: {
            RoleArn: { Description: 'The execution role ARN', Value: { 'Fn::GetAtt': [ROLE_LOGICAL_ID, 'Arn'] } },
            RoleName: { Description: 'The execution role name', Value: { Ref: ROLE_LOGICAL_ID } },
        },
    };
}
/** One permission a template grants, as a line a reviewer reads: `Allow bedrock:InvokeModel on arn:...`. */
function permissionLines(template) {
    if (!template)
        return [];
    const lines = [];
    for (const resource of Object.values(template.Resources ?? {})) {
        const props = resource.Properties;
        for (const policy of props.Policies ?? [])
            for (const s of policy.PolicyDocument.Statement ?? []) {
                const actions = [].concat(s.Action);
                const resources = [].concat(s.Resource ?? []);
                const condition = s.Condition ? ` when ${JSON.stringify(s.Condition)}` : '';
                for (const a of actions)
                    for (const r of resources)
                        lines.push(`${s.Effect} ${a} on ${r}${condition}`);
            }
        for (const arn of props.ManagedPolicyArns ?? [])
            lines.push(`Managed policy ${arn}`);
        if (props.PermissionsBoundary)
            lines.push(`Permissions boundary ${props.PermissionsBoundary}`);
        for (const s of props.AssumeRolePolicyDocument?.Statement ?? [])
            lines.push(`Trust ${JSON.stringify(s.Principal)} ${JSON.stringify(s.Condition ?? {})}`);
    }
    return lines;
}
/** Permission lines added and removed between two templates. */
function permissionDiff(before, after) {
    const old = new Set(permissionLines(before));
    const now = new Set(permissionLines(after));
    return { added: [...now].filter((l) => !old.has(l)), removed: [...old].filter((l) => !now.has(l)) };
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

;// CONCATENATED MODULE: ./shared/poll/index.ts


;// CONCATENATED MODULE: ./shared/iam/role-stack.ts
/**
 * The execution role's CloudFormation stack, changed only through change sets: create the change set, show what
 * it changes (resource, action, replacement) and which permissions it adds or removes, then execute it while
 * streaming the stack's events. An empty change set is success (`changed: false`) and is deleted. A stack left in
 * `ROLLBACK_COMPLETE` by an earlier failed create can only be deleted, so it is deleted and created again.
 */




const IN_PROGRESS = /_IN_PROGRESS$/;
const NO_CHANGES = /didn't contain changes|No updates are to be performed/i;
/** The stack, or undefined when there is none (CloudFormation answers a ValidationError "does not exist"). */
async function describeStack(cfn, stackName) {
    try {
        const found = await cfn.send(new client_cloudformation_dist_cjs.DescribeStacksCommand({ StackName: stackName }));
        const stack = found.Stacks?.[0];
        return stack?.StackStatus === 'DELETE_COMPLETE' ? undefined : stack;
    }
    catch (error) {
        if (/does not exist/.test(error.message ?? ''))
            return undefined;
        throw error;
    }
}
/** The change set's resource changes in our words. */
function stackChanges(changeSet) {
    return (changeSet.Changes ?? [])
        .map((c) => c.ResourceChange)
        .filter((r) => r !== undefined)
        .map((r) => ({
        action: r.Action ?? '',
        logicalId: r.LogicalResourceId ?? '',
        resourceType: r.ResourceType ?? '',
        replacement: r.Replacement ?? '',
        properties: [
            ...new Set((r.Details ?? []).map((d) => d.Target?.Name ?? d.Target?.Attribute ?? '').filter(Boolean)),
        ],
    }));
}
/** One line per stack event, as streamed to the log. */
function eventLine(event) {
    const reason = event.ResourceStatusReason ? `: ${event.ResourceStatusReason}` : '';
    return `${event.Timestamp?.toISOString() ?? ''} ${event.LogicalResourceId} (${event.ResourceType}) ${event.ResourceStatus}${reason}`;
}
/** The event that explains a failed deployment: the first resource failure that is not a cancellation. */
function failingEvent(events) {
    const failures = events.filter((e) => /_FAILED$/.test(e.ResourceStatus ?? '') && e.ResourceType !== 'AWS::CloudFormation::Stack');
    return (failures.find((e) => !/cancelled/i.test(e.ResourceStatusReason ?? '')) ??
        failures[0] ??
        events.find((e) => /_FAILED$/.test(e.ResourceStatus ?? '')));
}
/** Waits while the stack is busy (another deployment running); returns the settled stack. */
async function waitSettled(stackName, deps, timeoutMs) {
    return pollUntil({
        what: `stack ${stackName}`,
        read: () => describeStack(deps.cfn, stackName),
        state: (s) => s?.StackStatus ?? 'DELETE_COMPLETE',
        verdict: (s) => !s || s.StackStatus === 'REVIEW_IN_PROGRESS' || !IN_PROGRESS.test(s.StackStatus ?? '')
            ? { done: true }
            : { done: false },
        timeoutMs,
        clock: deps.clock,
        log: deps.log,
    });
}
/** Reads the stack events not `seen` yet (newest first from the API), marks them seen, returns them oldest first. */
async function newEvents(cfn, stackName, seen) {
    const page = await cfn.send(new client_cloudformation_dist_cjs.DescribeStackEventsCommand({ StackName: stackName }));
    const fresh = (page.StackEvents ?? []).filter((e) => e.EventId !== undefined && !seen.has(e.EventId));
    for (const e of fresh)
        seen.add(e.EventId ?? '');
    return fresh.reverse();
}
/** Executes a change set and streams events until the stack settles; throws naming the failing resource. */
async function executeAndWait(params, changeSetName, deps) {
    const { cfn, log } = deps;
    // Events from earlier deployments are marked seen by ID, not by time: the runner's clock and AWS's may differ.
    const seen = new Set();
    await (0,errors/* attempt */.CD)('read the events of stack', params.stackName, () => newEvents(cfn, params.stackName, seen));
    await (0,errors/* attempt */.CD)('execute change set', `${params.stackName}/${changeSetName}`, () => cfn.send(new client_cloudformation_dist_cjs.ExecuteChangeSetCommand({ StackName: params.stackName, ChangeSetName: changeSetName })));
    const events = [];
    const stack = await (0,errors/* attempt */.CD)('wait for stack', params.stackName, () => pollUntil({
        what: `stack ${params.stackName}`,
        read: async () => {
            const stack = await describeStack(cfn, params.stackName);
            for (const e of await newEvents(cfn, params.stackName, seen)) {
                events.push(e);
                log.info(eventLine(e));
            }
            return stack;
        },
        state: (s) => s?.StackStatus ?? 'DELETE_COMPLETE',
        verdict: (s) => (s && !IN_PROGRESS.test(s.StackStatus ?? '') ? { done: true } : { done: false }),
        timeoutMs: params.timeoutMs,
        intervalMs: 1000,
        clock: deps.clock,
        log,
    }));
    if (!stack)
        throw new errors/* OperationError */.OK('deploy stack', params.stackName, new Error('the stack disappeared'));
    const status = stack.StackStatus ?? '';
    if (status === 'CREATE_COMPLETE' || status === 'UPDATE_COMPLETE')
        return stack;
    const failed = failingEvent(events);
    const cause = failed
        ? `${failed.LogicalResourceId} (${failed.ResourceType}) ${failed.ResourceStatus}: ${failed.ResourceStatusReason ?? 'no reason given'}`
        : `the stack ended in ${status}${stack.StackStatusReason ? `: ${stack.StackStatusReason}` : ''}`;
    throw new errors/* OperationError */.OK('deploy stack', params.stackName, new Error(`${cause} (stack status ${status})`));
}
/** Deletes a stack and waits until it is gone. */
async function deleteStack(stackName, deps, timeoutMs) {
    await (0,errors/* attempt */.CD)('delete stack', stackName, () => deps.cfn.send(new client_cloudformation_dist_cjs.DeleteStackCommand({ StackName: stackName })));
    const left = await pollUntil({
        what: `deletion of stack ${stackName}`,
        read: () => describeStack(deps.cfn, stackName),
        state: (s) => s?.StackStatus ?? 'DELETE_COMPLETE',
        verdict: (s) => !s
            ? { done: true }
            : s.StackStatus === 'DELETE_FAILED'
                ? { done: false, failed: s.StackStatusReason ?? 'DELETE_FAILED' }
                : { done: false },
        timeoutMs,
        clock: deps.clock,
        log: deps.log,
    });
    if (left)
        throw new errors/* OperationError */.OK('delete stack', stackName, new Error(left.StackStatus));
}
/** The template the stack runs now, parsed. */
async function currentTemplate(cfn, stackName) {
    const got = await cfn.send(new client_cloudformation_dist_cjs.GetTemplateCommand({ StackName: stackName, TemplateStage: 'Original' }));
    if (!got.TemplateBody)
        return undefined;
    try {
        return JSON.parse(got.TemplateBody);
    }
    catch {
        return undefined; // a template someone rewrote in YAML: the change set still says what changes
    }
}
/** Creates the change set and waits for it; undefined when it contains no changes (and it has been deleted). */
async function createChangeSet(params, changeSetName, type, deps) {
    const { cfn } = deps;
    await (0,errors/* attempt */.CD)('create change set', `${params.stackName}/${changeSetName}`, () => cfn.send(new client_cloudformation_dist_cjs.CreateChangeSetCommand({
        StackName: params.stackName,
        ChangeSetName: changeSetName,
        ChangeSetType: type,
        TemplateBody: JSON.stringify(params.template, null, 2),
        Capabilities: ['CAPABILITY_NAMED_IAM'],
        Tags: Object.entries(params.tags).map(([Key, Value]) => ({ Key, Value })),
        Description: 'agentcore-actions ensure-role',
    })));
    const described = await (0,errors/* attempt */.CD)('describe change set', `${params.stackName}/${changeSetName}`, () => pollUntil({
        what: `change set ${changeSetName}`,
        read: () => cfn.send(new client_cloudformation_dist_cjs.DescribeChangeSetCommand({ StackName: params.stackName, ChangeSetName: changeSetName })),
        state: (c) => c.Status ?? 'UNKNOWN',
        verdict: (c) => (c.Status === 'CREATE_COMPLETE' || c.Status === 'FAILED' ? { done: true } : { done: false }),
        timeoutMs: params.timeoutMs,
        intervalMs: 500,
        clock: deps.clock,
        log: deps.log,
    }));
    if (described.Status === 'FAILED') {
        await (0,errors/* attempt */.CD)('delete change set', changeSetName, () => cfn.send(new client_cloudformation_dist_cjs.DeleteChangeSetCommand({ StackName: params.stackName, ChangeSetName: changeSetName })));
        if (NO_CHANGES.test(described.StatusReason ?? ''))
            return undefined;
        throw new errors/* OperationError */.OK('create change set', `${params.stackName}/${changeSetName}`, new Error(described.StatusReason ?? 'FAILED'));
    }
    return described;
}
/** The role ARN and name from the stack's outputs. */
function roleOutputs(stack) {
    const out = (key) => stack?.Outputs?.find((o) => o.OutputKey === key)?.OutputValue ?? '';
    return { roleArn: out('RoleArn'), roleName: out('RoleName') };
}
/** Brings the stack to the template through a change set. */
async function ensureRoleStack(params, deps) {
    const { cfn, log } = deps;
    const { stackName } = params;
    let stack = await (0,errors/* attempt */.CD)('describe stack', stackName, () => waitSettled(stackName, deps, params.timeoutMs));
    let recreated = false;
    if (stack?.StackStatus === 'ROLLBACK_COMPLETE' || stack?.StackStatus === 'ROLLBACK_FAILED') {
        if (params.dryRun) {
            log.warning(`Stack ${stackName} is in ${stack.StackStatus} after an earlier failed create; a real run deletes and recreates it.`);
            // No change set can be made for such a stack: the preview is the whole template, added anew.
            const changes = Object.entries(params.template.Resources).map(([logicalId, r]) => ({
                action: 'Add',
                logicalId,
                resourceType: r.Type,
                replacement: '',
                properties: [],
            }));
            for (const c of changes)
                log.info(`  ${c.action} ${c.logicalId} (${c.resourceType})`);
            return {
                stackName,
                roleArn: '',
                roleName: '',
                changed: true,
                changes,
                permissions: permissionDiff(undefined, params.template),
                recreated: false,
                dryRun: true,
                status: stack.StackStatus,
            };
        }
        else {
            log.warning(`Stack ${stackName} is in ${stack.StackStatus} after an earlier failed create; it cannot be updated, so it is deleted and created again.`);
            await deleteStack(stackName, deps, params.timeoutMs);
            stack = undefined;
            recreated = true;
        }
    }
    if (stack?.StackStatus === 'UPDATE_ROLLBACK_FAILED')
        throw new errors/* ConfigError */.xL(`Stack ${stackName} is in UPDATE_ROLLBACK_FAILED and cannot be changed. Fix the cause shown in its events, then run "aws cloudformation continue-update-rollback --stack-name ${stackName}" and rerun.`);
    // A stack in REVIEW_IN_PROGRESS has never been created (an earlier change set was not executed): create it.
    const exists = stack !== undefined && stack.StackStatus !== 'REVIEW_IN_PROGRESS' && stack.StackStatus !== 'ROLLBACK_COMPLETE';
    const type = exists ? 'UPDATE' : 'CREATE';
    const before = exists
        ? await (0,errors/* attempt */.CD)('read the template of stack', stackName, () => currentTemplate(cfn, stackName))
        : undefined;
    const permissions = permissionDiff(before, params.template);
    const changeSetName = `agentcore-${deps.clock.now()}`;
    const changeSet = await createChangeSet(params, changeSetName, type, deps);
    const base = { stackName, recreated, dryRun: params.dryRun, permissions };
    if (!changeSet) {
        log.info(`Stack ${stackName} is up to date: the change set has no changes (deleted).`);
        return {
            ...base,
            ...roleOutputs(stack),
            changed: false,
            changes: [],
            permissions: { added: [], removed: [] },
            status: stack?.StackStatus ?? '',
        };
    }
    const changes = stackChanges(changeSet);
    log.info(`Change set ${changeSetName} (${type}):`);
    for (const c of changes)
        log.info(`  ${c.action} ${c.logicalId} (${c.resourceType})${c.replacement ? ` replacement: ${c.replacement}` : ''}${c.properties.length ? ` [${c.properties.join(', ')}]` : ''}`);
    for (const line of permissions.added)
        log.info(`  + ${line}`);
    for (const line of permissions.removed)
        log.info(`  - ${line}`);
    if (params.dryRun) {
        await (0,errors/* attempt */.CD)('delete change set', changeSetName, () => cfn.send(new client_cloudformation_dist_cjs.DeleteChangeSetCommand({ StackName: stackName, ChangeSetName: changeSetName })));
        // A CREATE change set leaves an empty stack in REVIEW_IN_PROGRESS: remove it so that the dry run changes nothing.
        if (!stack)
            await deleteStack(stackName, deps, params.timeoutMs);
        log.info('Dry run: the change set was deleted; nothing changed.');
        return { ...base, ...roleOutputs(stack), changed: true, changes, status: stack?.StackStatus ?? 'NONE' };
    }
    const done = await executeAndWait(params, changeSetName, deps);
    return { ...base, ...roleOutputs(done), changed: true, changes, status: done.StackStatus ?? '' };
}

;// CONCATENATED MODULE: ./shared/iam/ensure-role.ts
/**
 * ensure-role's logic: a bring-your-own role is checked; otherwise the runtime's execution role stack is brought
 * to the config through a change set, and a changed role is read back through IAM before success is reported.
 */





/** Runs ensure-role. */
async function ensureRole(params, deps) {
    const { environment, runtime } = params;
    const role = runtime.role;
    const iam = () => deps.aws.iam();
    if (role.kind === 'existing') {
        const checked = await checkExistingRole({ roleArn: role.arn, account: environment.account, region: environment.region, environment: environment.name }, { iam: await iam() });
        deps.log.info(`Role ${checked.roleArn} exists and its trust policy lets AgentCore assume it.`);
        return { kind: 'existing', ...checked, changed: false, stackName: '' };
    }
    const inputs = {
        environment,
        runtime,
        permissionsBoundary: params.permissionsBoundary,
        configPath: params.configPath,
    };
    const template = roleTemplate(inputs);
    const stackName = params.stackName ?? roleStackName(environment.name, runtime.agentRuntimeName);
    const result = await ensureRoleStack({ stackName, template, tags: roleTags(inputs), dryRun: params.dryRun, timeoutMs: params.timeoutMs }, { cfn: await deps.aws.cloudFormation(), log: deps.log, clock: deps.clock });
    const expected = {
        roleArn: executionRoleArn(environment.account, environment.name, runtime.agentRuntimeName),
        roleName: executionRoleName(environment.name, runtime.agentRuntimeName),
    };
    if (params.dryRun)
        return {
            kind: 'managed',
            ...result,
            roleArn: result.roleArn || expected.roleArn,
            roleName: result.roleName || expected.roleName,
        };
    // Re-read what was deployed: a stack that says COMPLETE must really have produced a role AgentCore can assume
    // (a role deleted or edited outside CloudFormation leaves the stack unchanged but the runtime broken).
    const roleArn = result.roleArn || expected.roleArn;
    const verified = await checkExistingRole({ roleArn, account: environment.account, region: environment.region, environment: environment.name }, { iam: await iam() }).catch((error) => {
        throw new errors/* OperationError */.OK('verify the execution role', roleArn, `stack ${stackName} is ${result.status || 'deployed'}, but the role does not serve AgentCore: ${(0,errors/* causeMessage */.fq)(error)} ` +
            `It was probably changed outside CloudFormation: delete stack ${stackName} and rerun to recreate it.`);
    });
    return { kind: 'managed', ...result, ...verified };
}


/***/ })

};
