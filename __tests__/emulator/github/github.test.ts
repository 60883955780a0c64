/**
 * The emulated GitHub REST API, driven by the same client the actions use (`getOctokit` from @actions/github@9),
 * pointed at the emulator by `baseUrl` as GITHUB_API_URL does on a runner.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { startEmulator, type Emulator } from '../../../emulator/index.js'

let emulator: Emulator
const owner = 'acme'
const repo = 'agents'
const octokit = (token: string) => getOctokit(token, { baseUrl: emulator.githubApiUrl })

beforeAll(async () => {
  emulator = await startEmulator({ githubTokens: { ghs_write: 'write', ghs_read: 'read' } })
})
afterAll(async () => emulator.stop())
beforeEach(() => emulator.reset())

describe('tokens', () => {
  it('answers 401 without a token, 401 for an unknown token, 403 for a read token that writes', async () => {
    const anonymous = await fetch(`${emulator.githubApiUrl}/repos/${owner}/${repo}/issues/1/comments`)
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toMatchObject({ message: 'Requires authentication' })

    await expect(
      octokit('ghs_unknown').rest.issues.listComments({ owner, repo, issue_number: 1 }),
    ).rejects.toMatchObject({ status: 401, message: expect.stringContaining('Bad credentials') })
    const reader = octokit('ghs_read')
    expect((await reader.rest.issues.listComments({ owner, repo, issue_number: 1 })).data).toEqual([])
    await expect(reader.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'x' })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    })
    expect(emulator.snapshot().github).toMatchObject({ repositories: { 'acme/agents': { comments: [] } } })
  })

  it('accepts any token as write while none is registered', async () => {
    const open = await startEmulator()
    const client = getOctokit('anything', { baseUrl: open.githubApiUrl })
    const { status } = await client.rest.issues.createComment({ owner, repo, issue_number: 2, body: 'hi' })
    expect(status).toBe(201)
    await open.stop()
  })
})

describe('issue comments', () => {
  it('creates, gets, updates and deletes a comment', async () => {
    const client = octokit('ghs_write')
    const created = await client.rest.issues.createComment({
      owner,
      repo,
      issue_number: 7,
      body: '<!-- marker -->\nfirst',
    })
    expect(created.status).toBe(201)
    expect(created.data).toMatchObject({
      body: '<!-- marker -->\nfirst',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      html_url: `https://github.com/acme/agents/issues/7#issuecomment-${created.data.id}`,
      issue_url: `${emulator.githubApiUrl}/repos/acme/agents/issues/7`,
    })
    expect(created.data.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)

    const updated = await client.rest.issues.updateComment({ owner, repo, comment_id: created.data.id, body: 'second' })
    expect(updated.data).toMatchObject({ id: created.data.id, body: 'second' })
    expect((await client.rest.issues.getComment({ owner, repo, comment_id: created.data.id })).data.body).toBe('second')
    expect((await client.rest.issues.listComments({ owner, repo, issue_number: 8 })).data).toEqual([])

    expect((await client.rest.issues.deleteComment({ owner, repo, comment_id: created.data.id })).status).toBe(204)
    await expect(client.rest.issues.getComment({ owner, repo, comment_id: created.data.id })).rejects.toMatchObject({
      status: 404,
    })
  })

  it('pages with per_page/page and a Link header that octokit.paginate follows', async () => {
    const client = octokit('ghs_write')
    for (let i = 0; i < 35; i++) await client.rest.issues.createComment({ owner, repo, issue_number: 3, body: `c${i}` })
    const first = await client.rest.issues.listComments({ owner, repo, issue_number: 3, per_page: 10 })
    expect(first.data.map((c) => c.body)).toEqual(Array.from({ length: 10 }, (_, i) => `c${i}`))
    expect(first.headers.link).toBe(
      `<${emulator.githubApiUrl}/repos/acme/agents/issues/3/comments?per_page=10&page=2>; rel="next", ` +
        `<${emulator.githubApiUrl}/repos/acme/agents/issues/3/comments?per_page=10&page=4>; rel="last"`,
    )
    const all = await client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: 3, per_page: 10 })
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 35 }, (_, i) => `c${i}`))
    expect(emulator.requests({ service: 'github', operation: 'ListIssueComments' }).length).toBe(5)
  })

  it("refuses a body over 65,536 characters with GitHub's 422, and accepts exactly 65,536", async () => {
    const client = octokit('ghs_write')
    const error = await client.rest.issues
      .createComment({ owner, repo, issue_number: 4, body: 'x'.repeat(65537) })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'IssueComment',
              code: 'unprocessable',
              field: 'data',
              message: 'Body is too long (maximum is 65536 characters)',
            },
          ],
        },
      },
    })
    const fits = await client.rest.issues.createComment({ owner, repo, issue_number: 4, body: '🌈'.repeat(65536) })
    expect(fits.status).toBe(201)
    await expect(
      client.rest.issues.updateComment({ owner, repo, comment_id: fits.data.id, body: 'y'.repeat(70000) }),
    ).rejects.toMatchObject({ status: 422 })
  })
})

describe('deployments', () => {
  it('creates deployments and statuses; a new success marks the previous one inactive', async () => {
    const client = octokit('ghs_write')
    const sha = 'a'.repeat(40)
    const first = await client.rest.repos.createDeployment({
      owner,
      repo,
      ref: sha,
      environment: 'prod',
      auto_merge: false,
      required_contexts: [],
      payload: { runtime: 'support_bot', version: '3' },
      description: 'support_bot v3',
    })
    expect(first.status).toBe(201)
    const firstId = (first.data as { id: number }).id
    await client.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: firstId, state: 'success' })
    const second = await client.rest.repos.createDeployment({
      owner,
      repo,
      ref: 'main',
      environment: 'prod',
      auto_merge: false,
      required_contexts: [],
    })
    const secondId = (second.data as { id: number }).id
    const status = await client.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: secondId,
      state: 'success',
      log_url: 'https://github.com/acme/agents/actions/runs/1',
      environment_url: 'https://console.aws.amazon.com/bedrock-agentcore',
    })
    expect(status.data).toMatchObject({
      state: 'success',
      environment: 'prod',
      log_url: 'https://github.com/acme/agents/actions/runs/1',
    })

    const statuses = await client.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: firstId })
    expect(statuses.data.map((s) => s.state)).toEqual(['inactive', 'success'])
    const listed = await client.rest.repos.listDeployments({ owner, repo, environment: 'prod' })
    expect(listed.data.map((d) => [d.id, d.sha === sha, d.payload])).toEqual([
      [secondId, false, {}],
      [firstId, true, { runtime: 'support_bot', version: '3' }],
    ])
    expect((await client.rest.repos.listDeployments({ owner, repo, environment: 'dev' })).data).toEqual([])
  })

  it('refuses an unknown status state with 422', async () => {
    const client = octokit('ghs_write')
    const created = await client.rest.repos.createDeployment({ owner, repo, ref: 'main', required_contexts: [] })
    await expect(
      client.rest.repos.createDeploymentStatus({
        owner,
        repo,
        deployment_id: (created.data as { id: number }).id,
        state: 'done' as 'success',
      }),
    ).rejects.toMatchObject({ status: 422 })
  })
})
