/**
 * The pull request a run belongs to, from the event payload the runner writes to `GITHUB_EVENT_PATH`. Used to
 * decide whether to comment and where.
 */
import { readFile } from 'node:fs/promises'

/** Events whose payload names a pull request. */
const PULL_REQUEST_EVENTS = [
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
]

/** True when the event is a pull request event. */
export function isPullRequestEvent(eventName: string | undefined): boolean {
  return eventName !== undefined && PULL_REQUEST_EVENTS.includes(eventName)
}

/** The pull request number in the event payload (`pull_request.number`, or an issue comment's PR), if any. */
export async function readPullRequestNumber(eventPath: string | undefined): Promise<number | undefined> {
  if (!eventPath) return undefined
  let payload: {
    pull_request?: { number?: unknown }
    issue?: { number?: unknown; pull_request?: unknown }
    number?: unknown
  }
  try {
    payload = JSON.parse(await readFile(eventPath, 'utf8')) as typeof payload
  } catch {
    return undefined
  }
  const number = payload.pull_request?.number ?? (payload.issue?.pull_request ? payload.issue.number : undefined)
  return typeof number === 'number' && Number.isInteger(number) ? number : undefined
}
