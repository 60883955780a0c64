export const id = 183;
export const ids = [183];
export const modules = {

/***/ 183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  resolveInvocationTarget: () => (/* binding */ resolveInvocationTarget)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-bedrock-agentcore-control/dist-cjs/index.js
var dist_cjs = __webpack_require__(7508);
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

;// CONCATENATED MODULE: ./shared/invoke/target.ts
/**
 * Where a smoke test goes: the runtime (found by name: AgentCore has no get-by-name) and the endpoint, read once
 * before invoking so that a missing runtime or endpoint is one clear message instead of a 404 from the data plane,
 * and so the summary can say which version served the answer.
 */



/** Resolves runtime and endpoint; a missing one is a {@link ConfigError} that says what to run first. */
async function resolveInvocationTarget(params, control) {
    const runtime = await findRuntimeByName(control, params.runtimeName);
    if (!runtime?.agentRuntimeId || !runtime.agentRuntimeArn)
        throw new errors/* ConfigError */.xL(`Runtime '${params.runtimeName}' does not exist in environment '${params.environment}'; deploy it first (deploy-runtime).`);
    const resource = `${params.runtimeName}/${params.endpoint}`;
    let endpoint;
    try {
        endpoint = await control.send(new dist_cjs.GetAgentRuntimeEndpointCommand({ agentRuntimeId: runtime.agentRuntimeId, endpointName: params.endpoint }));
    }
    catch (error) {
        if (error.name === 'ResourceNotFoundException')
            throw new errors/* ConfigError */.xL(`Endpoint '${params.endpoint}' does not exist on runtime '${params.runtimeName}' in environment '${params.environment}'; create it first (promote-endpoint).`);
        throw new errors/* OperationError */.OK('read endpoint', resource, error);
    }
    return {
        runtimeName: params.runtimeName,
        runtimeId: runtime.agentRuntimeId,
        runtimeArn: runtime.agentRuntimeArn,
        endpoint: params.endpoint,
        endpointStatus: endpoint.status ?? 'UNKNOWN',
        ...(endpoint.liveVersion ? { liveVersion: endpoint.liveVersion } : {}),
        ...(endpoint.targetVersion ? { targetVersion: endpoint.targetVersion } : {}),
    };
}


/***/ })

};
