import { beforeEach, describe, expect, it } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import { ListAgentRuntimeVersionsCommand } from '@aws-sdk/client-bedrock-agentcore-control'
import {
  describeRecentVersions,
  latestReadyVersion,
  listRuntimeVersions,
} from '../../../shared/agentcore/runtime-versions.js'
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

describe('listRuntimeVersions', () => {
  it('sorts by number (not text), parses stamps, finds the newest READY one', async () => {
    control
      .on(ListAgentRuntimeVersionsCommand, { nextToken: undefined })
      .resolves({
        agentRuntimes: [summary('x', '9', 'READY', 'Agent\nagentcore-actions: commit=99999999 run=https://r/9')],
        nextToken: 'n',
      })
      .on(ListAgentRuntimeVersionsCommand, { nextToken: 'n' })
      .resolves({ agentRuntimes: [summary('x', '11', 'UPDATE_FAILED'), summary('x', '10')] })
    const versions = await listRuntimeVersions(await aws.control(), 'x-AbCdEf1234')
    expect(versions.map((v) => v.version)).toEqual(['11', '10', '9'])
    expect(versions[2]).toMatchObject({ description: 'Agent', stamp: { commit: '99999999', runUrl: 'https://r/9' } })
    expect(latestReadyVersion(versions)?.version).toBe('10')
    expect(describeRecentVersions(versions, 2)).toBe('recent versions: 11 (UPDATE_FAILED), 10 (READY), and 1 older')
  })
})
