import { beforeEach, describe, expect, it } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import { ListAgentRuntimesCommand } from '@aws-sdk/client-bedrock-agentcore-control'
import { findRuntimeByName, listRuntimes } from '../../../shared/agentcore/runtime-lookup.js'
import { awsClients } from './runtime-fixtures.js'

const aws = awsClients()
const control = mockClient(aws.controlClient)
const summary = (name: string, version = '1', status: 'READY' | 'UPDATE_FAILED' = 'READY', description = '') => ({
  agentRuntimeArn: `arn:aws:bedrock-agentcore:us-east-1:222222222222:runtime/${name}-AbCdEf1234`,
  agentRuntimeId: `${name}-AbCdEf1234`,
  agentRuntimeName: name,
  agentRuntimeVersion: version,
  description,
  lastUpdatedAt: new Date(0),
  status,
})

beforeEach(() => {
  control.reset()
})

describe('findRuntimeByName', () => {
  it('pages until it finds the name, and stops there', async () => {
    control
      .on(ListAgentRuntimesCommand, { nextToken: undefined })
      .resolves({ agentRuntimes: [summary('a'), summary('b')], nextToken: 'p2' })
      .on(ListAgentRuntimesCommand, { nextToken: 'p2' })
      .resolves({ agentRuntimes: [summary('support_bot')], nextToken: 'p3' })
    const found = await findRuntimeByName(await aws.control(), 'support_bot')
    expect(found?.agentRuntimeId).toBe('support_bot-AbCdEf1234')
    expect(control.commandCalls(ListAgentRuntimesCommand).map((c) => c.args[0].input)).toEqual([
      { maxResults: 100, nextToken: undefined },
      { maxResults: 100, nextToken: 'p2' },
    ])
  })

  it('is undefined when no page has it; listRuntimes returns every page', async () => {
    control
      .on(ListAgentRuntimesCommand, { nextToken: undefined })
      .resolves({ agentRuntimes: [summary('a')], nextToken: 'p2' })
      .on(ListAgentRuntimesCommand, { nextToken: 'p2' })
      .resolves({ agentRuntimes: [summary('b')] })
    expect(await findRuntimeByName(await aws.control(), 'support_bot')).toBeUndefined()
    expect((await listRuntimes(await aws.control())).map((r) => r.agentRuntimeName)).toEqual(['a', 'b'])
  })
})
