/** The emulated STS through the real @aws-sdk/client-sts: the account comes from the credentials. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient, STSServiceException } from '@aws-sdk/client-sts'
import { startEmulator, type Emulator } from '../../emulator/index.js'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({ accounts: { AKIAMAPPEDKEY: '444444444444' } })
})
afterAll(async () => emulator.stop())

const sts = (accessKeyId: string, region = 'eu-west-1') =>
  new STSClient({
    endpoint: emulator.awsEndpointUrl,
    region,
    credentials: { accessKeyId, secretAccessKey: 's' },
    maxAttempts: 1,
  })

describe('GetCallerIdentity', () => {
  it.each([
    ['a key ending in 12 digits', 'AKIA222222222222', '222222222222'],
    ['a mapped key', 'AKIAMAPPEDKEY', '444444444444'],
    ['any other key (the default account)', 'AKIASOMETHING', '123456789012'],
  ])('answers the account of %s', async (_what, key, account) => {
    const identity = await sts(key).send(new GetCallerIdentityCommand({}))
    expect(identity.Account).toBe(account)
    expect(identity.Arn).toBe(`arn:aws:iam::${account}:user/emulator-${key}`)
    expect(identity.UserId).toMatch(/^AIDA[A-Z0-9]{17}$/)
    expect(emulator.requests({ service: 'sts' }).at(-1)).toMatchObject({
      operation: 'GetCallerIdentity',
      account,
      region: 'eu-west-1',
    })
  })

  it('answers an injected awsQuery error typed as STS types it', async () => {
    emulator.addFault({
      service: 'sts',
      operation: 'GetCallerIdentity',
      error: { type: 'ExpiredToken', status: 403, message: 'The security token included in the request is expired' },
    })
    const error = await sts('AKIA222222222222')
      .send(new GetCallerIdentityCommand({}))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(STSServiceException)
    expect(error).toMatchObject({
      name: 'ExpiredToken',
      message: 'The security token included in the request is expired',
    })
  })

  it('answers InvalidAction for actions it does not emulate', async () => {
    const error = await sts('AKIA222222222222')
      .send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::222222222222:role/x', RoleSessionName: 's' }))
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ name: 'InvalidAction', $metadata: { httpStatusCode: 400 } })
  })
})
