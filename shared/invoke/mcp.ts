/**
 * The MCP smoke check: an MCP runtime speaks JSON-RPC over streamable HTTP, so "does it answer" means the MCP
 * handshake (`initialize`, `notifications/initialized`) then `tools/list`, and the check is on the tool names.
 * Each message is one InvokeAgentRuntime call carrying the MCP session id the runtime handed out.
 */
import { SUITE_VERSION } from '../aws/clients.js'
import { readAnswer } from './answer.js'
import { invokeRuntime, type InvocationRequest, type InvokeDeps, type RawAnswer } from './invoke.js'

/** The MCP protocol revision the client announces. */
export const MCP_PROTOCOL_VERSION = '2025-06-18'

/** The outcome of the handshake and `tools/list`. */
export interface McpToolsAnswer {
  /** The answer of the call that decided the outcome: `tools/list`, or the failed handshake step. */
  answer: RawAnswer
  /** The JSON-RPC text sent for `tools/list`. */
  request: string
  /** Tool names, when `tools/list` answered with a result. */
  tools?: string[]
}

const rpc = (id: number | undefined, method: string, params: unknown = {}) =>
  JSON.stringify({ jsonrpc: '2.0', ...(id === undefined ? {} : { id }), method, params })

/** Runs the MCP handshake and `tools/list` against one endpoint. */
export async function listMcpTools(
  base: Omit<InvocationRequest, 'payload' | 'contentType'>,
  deps: InvokeDeps,
): Promise<McpToolsAnswer> {
  const common = { ...base, contentType: 'application/json', accept: 'application/json, text/event-stream' }
  const initialize = rpc(1, 'initialize', {
    protocolVersion: MCP_PROTOCOL_VERSION,
    capabilities: {},
    clientInfo: { name: 'agentcore-actions', version: SUITE_VERSION },
  })
  const init = await invokeRuntime({ ...common, payload: initialize }, deps)
  if (init.statusCode < 200 || init.statusCode >= 300) return { answer: init, request: initialize }
  const session = {
    mcpProtocolVersion: MCP_PROTOCOL_VERSION,
    ...(init.mcpSessionId ? { mcpSessionId: init.mcpSessionId } : {}),
  }
  const initialized = await invokeRuntime(
    { ...common, ...session, payload: rpc(undefined, 'notifications/initialized') },
    deps,
  )
  if (initialized.statusCode >= 300)
    return { answer: initialized, request: rpc(undefined, 'notifications/initialized') }
  const request = rpc(2, 'tools/list')
  const answer = await invokeRuntime({ ...common, ...session, payload: request }, deps)
  return { answer, request, tools: toolNames(answer) }
}

/** Tool names from a `tools/list` answer (plain JSON or an SSE stream carrying the JSON-RPC response). */
export function toolNames(answer: RawAnswer): string[] | undefined {
  if (answer.statusCode < 200 || answer.statusCode >= 300) return undefined
  const read = readAnswer(answer.body, answer.contentType)
  const messages = read.kind === 'sse' ? (read.events ?? []).map((e) => e.json) : [read.json]
  for (const message of messages) {
    const tools = (message as { result?: { tools?: { name?: unknown }[] } } | undefined)?.result?.tools
    if (Array.isArray(tools)) return tools.map((t) => String(t.name))
  }
  return undefined
}
