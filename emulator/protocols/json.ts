/** Helpers for the JSON protocols (restJson1 for AgentCore, awsJson1_1 for ECR). */
import type { EmulatorResponse, FaultError } from '../types.js'

/** A JSON answer. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): EmulatorResponse {
  return {
    status,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? '' : JSON.stringify(body),
  }
}

/** A typed error as the SDK reads it: `x-amzn-errortype` plus `__type` and `message` in the body. */
export function jsonError(
  error: FaultError,
  extra: Record<string, unknown> = {},
  contentType = 'application/json',
): EmulatorResponse {
  return {
    status: error.status,
    headers: { 'content-type': contentType, 'x-amzn-errortype': error.type },
    body: JSON.stringify({ __type: error.type, message: error.message ?? error.type, ...extra }),
  }
}

/** Thrown by service code to answer with a typed error. */
export class ServiceError extends Error {
  constructor(
    readonly type: string,
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message)
  }
  toFault(): FaultError {
    return { type: this.type, status: this.status, message: this.message }
  }
}

/** Parses a JSON body, answering ValidationException-like errors for bad JSON. */
export function parseJsonBody(body: Buffer): Record<string, any> {
  if (body.length === 0) return {}
  try {
    return JSON.parse(body.toString('utf8')) as Record<string, any>
  } catch {
    throw new ServiceError('SerializationException', 400, 'Request body is not valid JSON')
  }
}
