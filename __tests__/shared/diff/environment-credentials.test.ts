import { afterEach, describe, expect, it } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import { environmentClients } from '../../../shared/diff/environment-credentials.js'
import { environment } from './fixtures.js'

const sts = mockClient(STSClient)
afterEach(() => {
  sts.reset()
})

describe('environmentClients', () => {
  it('uses the job credentials when the environment names no role', async () => {
    const clients = await environmentClients('drift-check')(environment('dev', [], { region: 'eu-west-1' }))
    expect(clients.region).toBe('eu-west-1')
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(0)
  })

  it("assumes the environment's role and reads with its credentials", async () => {
    sts.on(AssumeRoleCommand).resolves({
      Credentials: {
        AccessKeyId: 'ASIA222222222222',
        SecretAccessKey: 'assumed-secret',
        SessionToken: 'session',
        Expiration: new Date('2030-01-01T00:00:00Z'),
      },
    })
    const prod = environment('prod', [], {
      account: '222222222222',
      roleToAssume: 'arn:aws:iam::222222222222:role/drift-read',
    })
    const clients = await environmentClients('drift-check')(prod)
    expect(sts.commandCalls(AssumeRoleCommand)[0].args[0].input).toEqual({
      RoleArn: 'arn:aws:iam::222222222222:role/drift-read',
      RoleSessionName: 'drift-check-prod',
      DurationSeconds: 900,
    })
    const control = await clients.control()
    const credentials = await (
      control.config.credentials as () => Promise<{ accessKeyId: string; sessionToken?: string }>
    )()
    expect(credentials).toMatchObject({ accessKeyId: 'ASIA222222222222', sessionToken: 'session' })
  })

  it('names the role when AssumeRole is refused', async () => {
    sts
      .on(AssumeRoleCommand)
      .rejects(Object.assign(new Error('not authorized to perform sts:AssumeRole'), { name: 'AccessDenied' }))
    const prod = environment('prod', [], { roleToAssume: 'arn:aws:iam::222222222222:role/drift-read' })
    await expect(environmentClients('drift-check')(prod)).rejects.toThrow(
      "Failed to assume role 'arn:aws:iam::222222222222:role/drift-read': AccessDenied: not authorized to perform sts:AssumeRole",
    )
  })
})
