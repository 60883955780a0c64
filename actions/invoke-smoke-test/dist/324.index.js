export const id = 324;
export const ids = [324];
export const modules = {

/***/ 7324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  contentTypeOf: () => (/* binding */ contentTypeOf),
  isRetryable: () => (/* binding */ isRetryable),
  retryDelayMs: () => (/* binding */ retryDelayMs),
  runSmokeTest: () => (/* binding */ runSmokeTest)
});

// EXTERNAL MODULE: ./shared/errors/index.ts + 1 modules
var errors = __webpack_require__(8491);
;// CONCATENATED MODULE: ./shared/invoke/answer.ts
/**
 * Reads a runtime's whole answer into one shape, whatever the agent sent: a JSON document, plain text, or a
 * Server-Sent Events stream (`text/event-stream`, what streaming agents and MCP servers answer). Assertions run on
 * this shape, so a user writes the same `expect-contains` for a streamed answer as for a JSON one.
 */
/** True when a content type or body says the answer is an event stream. */
function isEventStream(contentType, body) {
    if (/text\/event-stream/i.test(contentType))
        return true;
    // Some agents stream SSE with a generic content type; a body made of `data:` lines is unambiguous.
    return !/json/i.test(contentType) && /^(data|event|id):/m.test(body) && /^data:/m.test(body);
}
/** Parses an SSE body into events (spec: events are separated by a blank line; `:` lines are comments). */
function parseEventStream(body) {
    const events = [];
    for (const block of body.replace(/\r\n?/g, '\n').split(/\n\n+/)) {
        const data = [];
        let event;
        for (const line of block.split('\n')) {
            if (line === '' || line.startsWith(':'))
                continue;
            const colon = line.indexOf(':');
            const field = colon === -1 ? line : line.slice(0, colon);
            let value = colon === -1 ? '' : line.slice(colon + 1);
            if (value.startsWith(' '))
                value = value.slice(1);
            if (field === 'data')
                data.push(value);
            else if (field === 'event')
                event = value;
        }
        if (data.length === 0)
            continue;
        const text = data.join('\n');
        const parsed = tryJson(text);
        events.push({ ...(event ? { event } : {}), data: text, ...(parsed.ok ? { json: parsed.value } : {}) });
    }
    return events;
}
/** Reads an answer body according to its content type. */
function readAnswer(body, contentType = '') {
    if (isEventStream(contentType, body)) {
        const events = parseEventStream(body);
        const text = events.map((e) => (typeof e.json === 'string' ? e.json : e.data)).join('');
        return {
            kind: 'sse',
            contentType,
            raw: body,
            text,
            json: events.map((e) => (e.json === undefined ? e.data : e.json)),
            events,
        };
    }
    const parsed = body.trim() === '' ? { ok: false } : tryJson(body);
    if (parsed.ok)
        return { kind: 'json', contentType, raw: body, text: body, json: parsed.value };
    return { kind: 'text', contentType, raw: body, text: body };
}
function tryJson(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch {
        return { ok: false };
    }
}

// EXTERNAL MODULE: ./shared/invoke/assertions.ts
var invoke_assertions = __webpack_require__(4638);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-bedrock-agentcore/dist-cjs/index.js
var dist_cjs = __webpack_require__(2688);
;// CONCATENATED MODULE: ./shared/invoke/invoke.ts
/**
 * One call to a runtime, through a named endpoint: the runtime ARN plus the endpoint name as `qualifier` (the
 * endpoint's own ARN is a 404 on InvokeAgentRuntime). Two ways in:
 * - SigV4: the data-plane SDK client (`InvokeAgentRuntime`);
 * - bearer token: runtimes behind a JWT authorizer refuse SigV4, so the same request is sent to the runtime's HTTPS
 *   invocation URL with `Authorization: Bearer`. The URL is the one the SDK resolves (it serialises the command and
 *   stops before signing), so `AWS_ENDPOINT_URL_BEDROCK_AGENTCORE` / `AWS_ENDPOINT_URL` redirect it like any call.
 * Failures the service answers (4xx/5xx) come back as an answer with the status and error type, not as a throw:
 * the smoke test decides what can be retried and what the user expected.
 */

function commandInput(request) {
    return {
        agentRuntimeArn: request.runtimeArn,
        qualifier: request.qualifier,
        payload: new TextEncoder().encode(request.payload),
        contentType: request.contentType,
        // No Accept unless asked: agents often stream when a caller accepts SSE, and the smoke test should see what
        // a plain caller sees. MCP sets it (the protocol requires both).
        ...(request.accept ? { accept: request.accept } : {}),
        runtimeSessionId: request.sessionId,
        ...(request.mcpSessionId ? { mcpSessionId: request.mcpSessionId } : {}),
        ...(request.mcpProtocolVersion ? { mcpProtocolVersion: request.mcpProtocolVersion } : {}),
    };
}
/** Invokes once and reads the whole answer. Never throws for an answer the service gave. */
async function invokeRuntime(request, deps) {
    const client = await deps.data();
    return request.bearerToken ? invokeWithBearer(client, request, deps) : invokeWithSigV4(client, request, deps);
}
async function invokeWithSigV4(client, request, deps) {
    const started = deps.clock.now();
    try {
        const output = await client.send(new dist_cjs.InvokeAgentRuntimeCommand(commandInput(request)));
        const body = output.response ? await output.response.transformToString() : '';
        return {
            statusCode: output.statusCode ?? output.$metadata.httpStatusCode ?? 200,
            contentType: output.contentType ?? '',
            body,
            latencyMs: deps.clock.now() - started,
            ...(output.mcpSessionId ? { mcpSessionId: output.mcpSessionId } : {}),
        };
    }
    catch (error) {
        return failureAnswer(error, deps.clock.now() - started);
    }
}
/** A service error (or a dropped connection) as an answer. */
function failureAnswer(error, latencyMs) {
    const e = error;
    const statusCode = e.$metadata?.httpStatusCode ?? 0;
    const errorType = statusCode ? (e.name ?? 'Error') : (e.code ?? e.name ?? 'NetworkError');
    return {
        statusCode,
        contentType: 'application/json',
        body: JSON.stringify({ error: errorType, message: e.message ?? String(error) }),
        latencyMs,
        errorType,
    };
}
/** The request the SDK would send (endpoint resolved, ARN encoded, headers set), captured before signing. */
async function resolveInvocationRequest(client, request) {
    const command = new dist_cjs.InvokeAgentRuntimeCommand(commandInput(request));
    let captured;
    command.middlewareStack.add(() => async (args) => {
        captured = args.request;
        // Stop here: nothing is signed or sent; the bearer call below sends it.
        return { output: { $metadata: {} }, response: undefined };
    }, { step: 'build', name: 'agentcoreActionsCaptureRequest', priority: 'low' });
    await client.send(command);
    if (!captured)
        throw new Error('the SDK did not build an InvokeAgentRuntime request');
    return captured;
}
/** The full URL of a captured request. */
function requestUrl(request) {
    const port = request.port ? `:${request.port}` : '';
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(request.query ?? {})) {
        for (const v of Array.isArray(value) ? value : [value])
            if (v !== null && v !== undefined)
                query.append(key, v);
    }
    const search = query.toString();
    return `${request.protocol}//${request.hostname}${port}${request.path}${search ? `?${search}` : ''}`;
}
async function invokeWithBearer(client, request, deps) {
    const http = await resolveInvocationRequest(client, request);
    const headers = {};
    for (const [key, value] of Object.entries(http.headers)) {
        // The SDK's host/length headers are recomputed by fetch.
        if (!['host', 'content-length'].includes(key.toLowerCase()))
            headers[key] = value;
    }
    headers.authorization = `Bearer ${request.bearerToken}`;
    const send = deps.fetch ?? fetch;
    const started = deps.clock.now();
    try {
        const response = await send(requestUrl(http), { method: 'POST', headers, body: request.payload });
        const body = await response.text();
        const latencyMs = deps.clock.now() - started;
        const errorType = response.ok
            ? undefined
            : (response.headers.get('x-amzn-errortype')?.split(':')[0] ?? errorTypeFromBody(body) ?? `HTTP${response.status}`);
        const mcpSessionId = response.headers.get('mcp-session-id') ?? undefined;
        return {
            statusCode: response.status,
            contentType: response.headers.get('content-type') ?? '',
            body,
            latencyMs,
            ...(errorType ? { errorType } : {}),
            ...(mcpSessionId ? { mcpSessionId } : {}),
        };
    }
    catch (error) {
        return failureAnswer(error, deps.clock.now() - started);
    }
}
function errorTypeFromBody(body) {
    try {
        const parsed = JSON.parse(body);
        const type = parsed.__type ?? parsed.code;
        return type ? type.split('#').pop() : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./shared/aws/clients.ts
var clients = __webpack_require__(9032);
;// CONCATENATED MODULE: ./shared/invoke/mcp.ts
/**
 * The MCP smoke check: an MCP runtime speaks JSON-RPC over streamable HTTP, so "does it answer" means the MCP
 * handshake (`initialize`, `notifications/initialized`) then `tools/list`, and the check is on the tool names.
 * Each message is one InvokeAgentRuntime call carrying the MCP session id the runtime handed out.
 */



/** The MCP protocol revision the client announces. */
const MCP_PROTOCOL_VERSION = '2025-06-18';
const rpc = (id, method, params = {}) => JSON.stringify({ jsonrpc: '2.0', ...(id === undefined ? {} : { id }), method, params });
/** Runs the MCP handshake and `tools/list` against one endpoint. */
async function listMcpTools(base, deps) {
    const common = { ...base, contentType: 'application/json', accept: 'application/json, text/event-stream' };
    const initialize = rpc(1, 'initialize', {
        protocolVersion: MCP_PROTOCOL_VERSION,
        capabilities: {},
        clientInfo: { name: 'agentcore-actions', version: clients/* SUITE_VERSION */.sZ },
    });
    const init = await invokeRuntime({ ...common, payload: initialize }, deps);
    if (init.statusCode < 200 || init.statusCode >= 300)
        return { answer: init, request: initialize };
    const session = {
        mcpProtocolVersion: MCP_PROTOCOL_VERSION,
        ...(init.mcpSessionId ? { mcpSessionId: init.mcpSessionId } : {}),
    };
    const initialized = await invokeRuntime({ ...common, ...session, payload: rpc(undefined, 'notifications/initialized') }, deps);
    if (initialized.statusCode >= 300)
        return { answer: initialized, request: rpc(undefined, 'notifications/initialized') };
    const request = rpc(2, 'tools/list');
    const answer = await invokeRuntime({ ...common, ...session, payload: request }, deps);
    return { answer, request, tools: toolNames(answer) };
}
/** Tool names from a `tools/list` answer (plain JSON or an SSE stream carrying the JSON-RPC response). */
function toolNames(answer) {
    if (answer.statusCode < 200 || answer.statusCode >= 300)
        return undefined;
    const read = readAnswer(answer.body, answer.contentType);
    const messages = read.kind === 'sse' ? (read.events ?? []).map((e) => e.json) : [read.json];
    for (const message of messages) {
        const tools = message?.result?.tools;
        if (Array.isArray(tools))
            return tools.map((t) => String(t.name));
    }
    return undefined;
}

;// CONCATENATED MODULE: ./shared/invoke/smoke-test.ts





/** True for answers that a later attempt may turn into a success. */
function isRetryable(answer) {
    if (answer.statusCode === 0)
        return true;
    if (answer.statusCode >= 500 || answer.statusCode === 429)
        return true;
    // 424: the agent container failed (e.g. still starting: "Runtime initialization time exceeded").
    if (answer.statusCode === 424 || answer.errorType === 'RuntimeClientError')
        return true;
    return answer.errorType === 'RetryableConflictException' || answer.errorType === 'ThrottlingException';
}
/** Delay before attempt `n + 1` (n ≥ 1): 2 s, 4 s, 8 s, capped at 15 s. */
function retryDelayMs(n) {
    return Math.min(2000 * 2 ** (n - 1), 15_000);
}
/** Runs the smoke test. Throws only for a bug; every answer becomes a result. */
async function runSmokeTest(params, deps) {
    const { log, clock } = deps;
    const expect = { ...params.expect, status: params.expect.status ?? 200 };
    const started = clock.now();
    const history = [];
    const base = {
        runtimeArn: params.runtimeArn,
        qualifier: params.endpoint,
        sessionId: params.sessionId,
        ...(params.bearerToken ? { bearerToken: params.bearerToken } : {}),
    };
    for (let attempt = 1;; attempt++) {
        let raw;
        let request = params.payload;
        let tools;
        if (params.protocol === 'MCP') {
            const mcp = await listMcpTools(base, deps);
            raw = mcp.answer;
            request = mcp.request;
            tools = mcp.tools;
        }
        else {
            raw = await invokeRuntime({ ...base, payload: params.payload, contentType: contentTypeOf(params.payload) }, deps);
        }
        const record = {
            attempt,
            statusCode: raw.statusCode,
            latencyMs: raw.latencyMs,
            ...(raw.errorType ? { errorType: raw.errorType } : {}),
            note: '',
        };
        history.push(record);
        const elapsed = clock.now() - started;
        const delay = retryDelayMs(attempt);
        const retry = isRetryable(raw) && attempt < params.attempts && elapsed + delay <= params.retryBudgetMs;
        const what = raw.statusCode
            ? `HTTP ${raw.statusCode}${raw.errorType ? ` ${raw.errorType}` : ''}`
            : `no answer (${raw.errorType})`;
        if (retry) {
            record.note = `retrying in ${(0,errors/* formatDuration */.a3)(delay)}`;
            log.warning(`Attempt ${attempt}: ${what} after ${(0,errors/* formatDuration */.a3)(raw.latencyMs)}; ${record.note} (retryable)`);
            await clock.sleep(delay);
            continue;
        }
        if (isRetryable(raw)) {
            record.note =
                attempt >= params.attempts
                    ? `no attempts left (${params.attempts})`
                    : `retry budget ${(0,errors/* formatDuration */.a3)(params.retryBudgetMs)} spent`;
        }
        else
            record.note = raw.errorType ? 'not retryable' : 'answered';
        log.info(`Attempt ${attempt}: ${what} in ${(0,errors/* formatDuration */.a3)(raw.latencyMs)}`);
        const answer = readAnswer(raw.body, raw.contentType);
        const assertions = (0,invoke_assertions/* checkExpectations */.Ez)(expect, {
            statusCode: raw.statusCode,
            latencyMs: raw.latencyMs,
            answer,
            ...(tools ? { tools } : {}),
        });
        return {
            passed: assertions.every((a) => a.passed),
            attempts: attempt,
            statusCode: raw.statusCode,
            latencyMs: raw.latencyMs,
            request,
            answer,
            ...(tools ? { tools } : {}),
            assertions,
            history,
            ...(raw.errorType ? { errorType: raw.errorType } : {}),
        };
    }
}
/** JSON payloads are sent as JSON, anything else as text. */
function contentTypeOf(payload) {
    try {
        JSON.parse(payload);
        return 'application/json';
    }
    catch {
        return 'text/plain';
    }
}


/***/ })

};
