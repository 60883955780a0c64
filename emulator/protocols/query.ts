/** Helpers for the awsQuery protocol (IAM, STS, CloudFormation): form bodies in, XML out. */
import type { EmulatorResponse, FaultError } from '../types.js'

/** Parses an `Action=...&Version=...` form body. */
export function parseForm(body: Buffer): URLSearchParams {
  return new URLSearchParams(body.toString('utf8'))
}

/** Escapes text for XML. */
export function xmlEscape(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/**
 * Renders a value as XML elements: objects become nested elements, arrays become `<member>` lists,
 * Dates ISO-8601, undefined is skipped.
 */
export function toXml(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map((v) => `<member>${toXml(v)}</member>`).join('')
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `<${k}>${toXml(v)}</${k}>`)
      .join('')
  }
  return xmlEscape(typeof value === 'string' ? value : JSON.stringify(value))
}

/** A successful awsQuery answer: `<{Action}Response><{Action}Result>...</...><ResponseMetadata>`. */
export function queryResult(action: string, namespace: string, result: unknown): EmulatorResponse {
  const body =
    `<${action}Response xmlns="${namespace}">` +
    (result === undefined ? '' : `<${action}Result>${toXml(result)}</${action}Result>`) +
    `<ResponseMetadata><RequestId>${crypto.randomUUID()}</RequestId></ResponseMetadata></${action}Response>`
  return { status: 200, headers: { 'content-type': 'text/xml' }, body }
}

/** An awsQuery error: `<ErrorResponse><Error><Type/><Code/><Message/></Error>`. */
export function queryError(error: FaultError): EmulatorResponse {
  const type = error.status >= 500 ? 'Receiver' : 'Sender'
  return {
    status: error.status,
    headers: { 'content-type': 'text/xml' },
    body:
      `<ErrorResponse><Error><Type>${type}</Type><Code>${xmlEscape(error.type)}</Code>` +
      `<Message>${xmlEscape(error.message ?? error.type)}</Message></Error>` +
      `<RequestId>${crypto.randomUUID()}</RequestId></ErrorResponse>`,
  }
}

/**
 * Reads awsQuery list members: `Prefix.member.1`, `Prefix.member.2`, … (or `Prefix.member.1.Key` for structs,
 * returned as records of the sub-keys).
 */
export function queryList(form: URLSearchParams, prefix: string): string[] {
  const items: string[] = []
  for (let i = 1; form.has(`${prefix}.member.${i}`); i++) items.push(form.get(`${prefix}.member.${i}`) ?? '')
  return items
}

/** Reads a list of structures `Prefix.member.N.Field`. */
export function queryStructList(form: URLSearchParams, prefix: string): Record<string, string>[] {
  const items: Record<string, string>[] = []
  for (let i = 1; ; i++) {
    const head = `${prefix}.member.${i}.`
    const item: Record<string, string> = {}
    for (const [k, v] of form) if (k.startsWith(head)) item[k.slice(head.length)] = v
    if (Object.keys(item).length === 0) break
    items.push(item)
  }
  return items
}
