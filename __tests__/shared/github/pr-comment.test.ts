import { describe, expect, it } from '@jest/globals'
import { driftCommentMarker, upsertComment, type IssueCommentsApi } from '../../../shared/github/pr-comment.js'
import { isPullRequestEvent, readPullRequestNumber } from '../../../shared/github/pull-request.js'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** An in-memory issue-comments API with GitHub's paging, recording every call. */
function fakeApi(existing: string[], options: { denyWrites?: number } = {}) {
  const comments = existing.map((body, i) => ({ id: i + 1, body }))
  const calls: string[] = []
  const deny = () => {
    if (options.denyWrites)
      throw Object.assign(new Error('Resource not accessible by integration'), { status: options.denyWrites })
  }
  const api: IssueCommentsApi = {
    async listComments({ page, per_page }) {
      calls.push(`list ${page}`)
      return { data: comments.slice((page - 1) * per_page, page * per_page) }
    },
    async createComment({ body }) {
      calls.push('create')
      deny()
      comments.push({ id: comments.length + 1, body })
      return { data: { id: comments.length } }
    },
    async updateComment({ comment_id, body }) {
      calls.push(`update ${comment_id}`)
      deny()
      comments[comment_id - 1].body = body
      return { data: { id: comment_id } }
    },
  }
  return { api, comments, calls }
}

const target = { repository: 'octo-org/agents', number: 7 }

describe('upsertComment', () => {
  const marker = driftCommentMarker('agentcore.yaml', ['prod', 'dev'])

  it('builds a marker from the config path and the sorted environments', () => {
    expect(marker).toBe('<!-- agentcore-actions:drift config=agentcore.yaml environments=dev,prod -->')
    expect(driftCommentMarker('a b.yaml', ['x--y'])).toBe(
      '<!-- agentcore-actions:drift config=a_b.yaml environments=x-y -->',
    )
  })

  it('creates the comment when none carries the marker', async () => {
    const { api, comments, calls } = fakeApi(['LGTM'])
    expect(await upsertComment(target, marker, `${marker}\nreport`, api)).toEqual({ status: 'created', id: 2 })
    expect(calls).toEqual(['list 1', 'create'])
    expect(comments).toHaveLength(2)
  })

  it('finds its comment on a later page and edits it in place', async () => {
    const other = driftCommentMarker('agentcore.yaml', ['dev'])
    const { api, comments, calls } = fakeApi([
      ...Array.from({ length: 150 }, (_, i) => `c${i}`),
      `${other}\nmatrix`,
      `${marker}\nold`,
    ])
    expect(await upsertComment(target, marker, `${marker}\nnew`, api)).toEqual({ status: 'updated', id: 152 })
    expect(calls).toEqual(['list 1', 'list 2', 'update 152'])
    expect(comments[150].body).toBe(`${other}\nmatrix`)
    expect(comments[151].body).toBe(`${marker}\nnew`)
  })

  it.each([403, 404])('turns HTTP %i into a skipped outcome', async (status) => {
    const { api } = fakeApi([], { denyWrites: status })
    const outcome = await upsertComment(target, marker, `${marker}\nreport`, api)
    expect(outcome.status).toBe('skipped')
    expect(outcome.status === 'skipped' && outcome.reason).toContain(
      `GitHub refused the comment on octo-org/agents#7 (HTTP ${status}`,
    )
  })

  it('rethrows other failures', async () => {
    const { api } = fakeApi([], { denyWrites: 500 })
    await expect(upsertComment(target, marker, `${marker}\nreport`, api)).rejects.toThrow('Resource not accessible')
  })
})

describe('pull request events', () => {
  it('reads the PR number from the event payload', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'event-'))
    const write = (name: string, payload: unknown) => {
      writeFileSync(join(dir, name), JSON.stringify(payload))
      return join(dir, name)
    }
    expect(await readPullRequestNumber(write('pr.json', { pull_request: { number: 12 } }))).toBe(12)
    expect(await readPullRequestNumber(write('comment.json', { issue: { number: 5, pull_request: {} } }))).toBe(5)
    expect(await readPullRequestNumber(write('issue.json', { issue: { number: 5 } }))).toBeUndefined()
    expect(await readPullRequestNumber(join(dir, 'missing.json'))).toBeUndefined()
    expect(isPullRequestEvent('pull_request')).toBe(true)
    expect(isPullRequestEvent('push')).toBe(false)
  })
})
