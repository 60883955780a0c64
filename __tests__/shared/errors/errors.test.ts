import { describe, expect, it } from '@jest/globals'
import { ConfigError, OperationError, attempt, formatDuration, formatProblem } from '../../../shared/errors/errors.js'
import { Redactor } from '../../../shared/action/redact.js'
import { failureMessage } from '../../../shared/action/run-action.js'

describe('errors', () => {
  it('formats problems as file:line:col: path: message', () => {
    expect(formatProblem({ file: 'agentcore.yaml', line: 3, column: 5, path: 'runtimes.a', message: 'bad' })).toBe(
      'agentcore.yaml:3:5: runtimes.a: bad',
    )
    expect(formatProblem({ message: 'bad' })).toBe('bad')
  })

  it('wraps failures as Failed to <op> <resource>: <cause>', async () => {
    const cause = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' })
    await expect(attempt('update runtime', 'support_bot', () => Promise.reject(cause))).rejects.toThrow(
      "Failed to update runtime 'support_bot': ThrottlingException: Rate exceeded",
    )
  })

  it('lets user-fixable errors through unchanged', async () => {
    const error = new ConfigError('bad config', [{ message: 'x' }])
    await expect(attempt('op', 'r', () => Promise.reject(error))).rejects.toBe(error)
  })

  it('gives one clear failure line per kind', () => {
    expect(
      failureMessage(
        'deploy-runtime',
        new ConfigError('Config invalid', [{ file: 'a.yaml', line: 1, column: 2, message: 'm' }]),
      ),
    ).toBe('Config invalid\n  a.yaml:1:2: m')
    expect(failureMessage('deploy-runtime', new OperationError('create runtime', 'a', new Error('boom')))).toBe(
      "Failed to create runtime 'a': boom",
    )
    expect(failureMessage('deploy-runtime', new TypeError('x is undefined'))).toBe(
      "Failed to run 'deploy-runtime': TypeError: x is undefined",
    )
  })

  it('renders durations', () => {
    expect(formatDuration(250)).toBe('250ms')
    expect(formatDuration(61_000)).toBe('1m1s')
    expect(formatDuration(3_600_000)).toBe('1h')
  })

  it('redacts registered secrets, longest first, line by line', () => {
    const r = new Redactor()
    r.add('hunter2-secret')
    r.add('abc') // too short to mask safely
    r.add('line-one\nline-two')
    expect(r.redact('token hunter2-secret, abc, line-two')).toBe('token ***, abc, ***')
  })
})
