/**
 * The emulator's internal contracts: a parsed request, a response, a service, fault rules and the request log.
 * Every AWS service the suite calls is one {@link Service} module under `services/`.
 */
import type { IncomingHttpHeaders } from 'node:http'

/** A request as services see it: body read, signature scope parsed. */
export interface EmulatorRequest {
  method: string
  /** Path without the query string, still percent-encoded. */
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  body: Buffer
  /** From the SigV4 `Credential=` scope (undefined for unsigned requests, e.g. GitHub). */
  accessKeyId?: string
  region: string
  signingService?: string
  /** The account the credentials map to. */
  account: string
}

/** A response a service returns. */
export interface EmulatorResponse {
  status: number
  headers?: Record<string, string>
  body?: string | Buffer | NodeJS.ReadableStream
}

/** One emulated service; `server.ts` routes each request to one of them (see `routeRequest`). */
export interface Service {
  /** `bedrock-agentcore-control`, `bedrock-agentcore`, `ecr`, `iam`, `sts`, `cloudformation`, `github`. */
  readonly name: string
  /** The operation name (`CreateAgentRuntime`), for the request log and fault rules; before handling. */
  operation(req: EmulatorRequest): string
  handle(req: EmulatorRequest, operation: string): Promise<EmulatorResponse>
  /** Forgets all state. */
  reset(): void
  /** A JSON-able view of the state, for `/_emulator/state` and tests. */
  snapshot(): unknown
  /** Releases processes and sockets. */
  stop?(): Promise<void>
}

/** An error typed as the real service types it. */
export interface FaultError {
  /** Error code / exception name: `ThrottlingException`, `AccessDeniedException`, `Throttling`. */
  type: string
  status: number
  message?: string
}

/**
 * A fault rule: for a service and operation (`*` matches any), for the next `count` matching calls (default 1;
 * 0 = until cleared), do one of: return `error`, return a bare `status`, add `delayMs` before answering (alone, the
 * call then proceeds normally), or make the next state transition fail with `failureReason`
 * (AgentCore `*_FAILED`, CloudFormation rollback), which the service consults when it transitions.
 */
export interface FaultRule {
  service: string
  operation: string
  count?: number
  error?: FaultError
  status?: number
  delayMs?: number
  failureReason?: string
  /** Only for requests whose path contains this text (e.g. a runtime id). */
  pathIncludes?: string
}

/** One entry of the request log. */
export interface LoggedRequest {
  seq: number
  time: string
  service: string
  operation: string
  account: string
  region: string
  accessKeyId?: string
  method: string
  path: string
  status: number
  durationMs: number
  /** Set when a fault rule answered. */
  fault?: boolean
}

/** Knobs that can change while the emulator runs. */
export interface EmulatorSettings {
  /** Added before every AWS answer (not GitHub, not admin). */
  latencyMs: number
  /** Time a runtime or endpoint spends CREATING/UPDATING before READY. */
  transitionDelayMs: number
}
