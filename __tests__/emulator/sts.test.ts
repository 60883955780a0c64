/** The emulated STS through the real @aws-sdk/client-sts: the account comes from the credentials. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  AssumeRoleCommand,
  GetCallerIdentityCommand,
  GetSessionTokenCommand,
  STSClient,
  STSServiceException,
} from '@aws-sdk/client-sts'
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam'
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
      .send(new GetSessionTokenCommand({}))
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ name: 'InvalidAction', $metadata: { httpStatusCode: 400 } })
  })
})

describe('AssumeRole', () => {
  const trust = (principal: string) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole' }],
    })
  beforeAll(async () => {
    const iam = new IAMClient({
      endpoint: emulator.awsEndpointUrl,
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIA555555555555', secretAccessKey: 's' },
    })
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'drift-reader',
        AssumeRolePolicyDocument: trust('arn:aws:iam::222222222222:root'),
      }),
    )
  })

  it("gives credentials that act in the role's account when its trust policy names the caller's account", async () => {
    const assumed = await sts('AKIA222222222222').send(
      new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::555555555555:role/drift-reader', RoleSessionName: 'drift-check' }),
    )
    expect(assumed.AssumedRoleUser?.Arn).toBe('arn:aws:sts::555555555555:assumed-role/drift-reader/drift-check')
    const c = assumed.Credentials!
    const asRole = new STSClient({
      endpoint: emulator.awsEndpointUrl,
      region: 'eu-west-1',
      credentials: { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken },
    })
    expect((await asRole.send(new GetCallerIdentityCommand({}))).Account).toBe('555555555555')
  })

  it.each([
    ['a caller the trust policy does not name', 'AKIA333333333333', 'arn:aws:iam::555555555555:role/drift-reader'],
    ['a role that does not exist', 'AKIA222222222222', 'arn:aws:iam::555555555555:role/nobody'],
  ])('refuses %s with AccessDenied', async (_what, key, roleArn) => {
    const error = await sts(key)
      .send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'drift-check' }))
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } })
    expect((error as Error).message).toContain(`is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`)
  })
})
