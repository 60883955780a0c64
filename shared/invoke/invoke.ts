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
import { InvokeAgentRuntimeCommand, type InvokeAgentRuntimeCommandInput } from '@aws-sdk/client-bedrock-agentcore'
import type { BedrockAgentCoreClient } from '@aws-sdk/client-bedrock-agentcore'
import type { HttpRequest } from '@aws-sdk/types'
import type { Clock } from '../action/clock.js'

/** What to send. */
export interface InvocationRequest {
  runtimeArn: string
  /** The endpoint name (`live`, `DEFAULT`). */
  qualifier: string
  payload: string
  contentType: string
  accept?: string
  /** 33–256 characters; the same id reaches the same session. */
  sessionId: string
  /** Invoke over HTTPS with this token instead of SigV4. */
  bearerToken?: string
  /** MCP session and protocol headers. */
  mcpSessionId?: string
  mcpProtocolVersion?: string
}

/** What came back, whole. */
export interface RawAnswer {
  /** HTTP status; 0 when no answer arrived (connection refused, reset). */
  statusCode: number
  contentType: string
  body: string
  /** From sending to the last byte. */
  latencyMs: number
  /** The service's error type on a failure (`RuntimeClientError`, `ThrottlingException`). */
  errorType?: string
  /** MCP session the runtime opened, if any. */
  mcpSessionId?: string
}

/** What an invocation needs. */
export interface InvokeDeps {
  data(): Promise<BedrockAgentCoreClient>
  clock: Clock
  /** Replaceable for tests of the bearer path; the global fetch otherwise. */
  fetch?: typeof fetch
}

function commandInput(request: InvocationRequest): InvokeAgentRuntimeCommandInput {
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
  }
}

/** Invokes once and reads the whole answer. Never throws for an answer the service gave. */
export async function invokeRuntime(request: InvocationRequest, deps: InvokeDeps): Promise<RawAnswer> {
  const client = await deps.data()
  return request.bearerToken ? invokeWithBearer(client, request, deps) : invokeWithSigV4(client, request, deps)
}

async function invokeWithSigV4(
  client: BedrockAgentCoreClient,
  request: InvocationRequest,
  deps: InvokeDeps,
): Promise<RawAnswer> {
  const started = deps.clock.now()
  try {
    const output = await client.send(new InvokeAgentRuntimeCommand(commandInput(request)))
    const body = output.response ? await output.response.transformToString() : ''
    return {
      statusCode: output.statusCode ?? output.$metadata.httpStatusCode ?? 200,
      contentType: output.contentType ?? '',
      body,
      latencyMs: deps.clock.now() - started,
      ...(output.mcpSessionId ? { mcpSessionId: output.mcpSessionId } : {}),
    }
  } catch (error) {
    return failureAnswer(error, deps.clock.now() - started)
  }
}

/** A service error (or a dropped connection) as an answer. */
function failureAnswer(error: unknown, latencyMs: number): RawAnswer {
  const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number }; code?: string }
  const statusCode = e.$metadata?.httpStatusCode ?? 0
  const errorType = statusCode ? (e.name ?? 'Error') : (e.code ?? e.name ?? 'NetworkError')
  return {
    statusCode,
    contentType: 'application/json',
    body: JSON.stringify({ error: errorType, message: e.message ?? String(error) }),
    latencyMs,
    errorType,
  }
}

/** The request the SDK would send (endpoint resolved, ARN encoded, headers set), captured before signing. */
export async function resolveInvocationRequest(
  client: BedrockAgentCoreClient,
  request: InvocationRequest,
): Promise<HttpRequest> {
  const command = new InvokeAgentRuntimeCommand(commandInput(request))
  let captured: HttpRequest | undefined
  command.middlewareStack.add(
    () => async (args) => {
      captured = args.request as HttpRequest
      // Stop here: nothing is signed or sent; the bearer call below sends it.
      return { output: { $metadata: {} } as never, response: undefined }
    },
    { step: 'build', name: 'agentcoreActionsCaptureRequest', priority: 'low' },
  )
  await client.send(command)
  if (!captured) throw new Error('the SDK did not build an InvokeAgentRuntime request')
  return captured
}

/** The full URL of a captured request. */
export function requestUrl(request: HttpRequest): string {
  const port = request.port ? `:${request.port}` : ''
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(request.query ?? {})) {
    for (const v of Array.isArray(value) ? value : [value]) if (v !== null && v !== undefined) query.append(key, v)
  }
  const search = query.toString()
  return `${request.protocol}//${request.hostname}${port}${request.path}${search ? `?${search}` : ''}`
}

async function invokeWithBearer(
  client: BedrockAgentCoreClient,
  request: InvocationRequest,
  deps: InvokeDeps,
): Promise<RawAnswer> {
  const http = await resolveInvocationRequest(client, request)
  const headers: Record<string, string> = {}
  for (const [key, value] of Object.entries(http.headers)) {
    // The SDK's host/length headers are recomputed by fetch.
    if (!['host', 'content-length'].includes(key.toLowerCase())) headers[key] = value
  }
  headers.authorization = `Bearer ${request.bearerToken}`
  const send = deps.fetch ?? fetch
  const started = deps.clock.now()
  try {
    const response = await send(requestUrl(http), { method: 'POST', headers, body: request.payload })
    const body = await response.text()
    const latencyMs = deps.clock.now() - started
    const errorType = response.ok
      ? undefined
      : (response.headers.get('x-amzn-errortype')?.split(':')[0] ?? errorTypeFromBody(body) ?? `HTTP${response.status}`)
    const mcpSessionId = response.headers.get('mcp-session-id') ?? undefined
    return {
      statusCode: response.status,
      contentType: response.headers.get('content-type') ?? '',
      body,
      latencyMs,
      ...(errorType ? { errorType } : {}),
      ...(mcpSessionId ? { mcpSessionId } : {}),
    }
  } catch (error) {
    return failureAnswer(error, deps.clock.now() - started)
  }
}

function errorTypeFromBody(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { __type?: string; code?: string }
    const type = parsed.__type ?? parsed.code
    return type ? type.split('#').pop() : undefined
  } catch {
    return undefined
  }
}
