/** IAM conformance through the real SDK client: every role operation the suite uses, and IAM's errors. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  AttachRolePolicyCommand,
  CreateRoleCommand,
  DeleteRoleCommand,
  DeleteRolePolicyCommand,
  DetachRolePolicyCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
  PutRolePermissionsBoundaryCommand,
  PutRolePolicyCommand,
  TagRoleCommand,
  UpdateAssumeRolePolicyCommand,
} from '@aws-sdk/client-iam'
import { startEmulator, type Emulator } from '../../../emulator/index.js'

const ACCOUNT = '333333333333'
let emulator: Emulator
let iam: IAMClient

const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Service: 'bedrock-agentcore.amazonaws.com' },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT } },
    },
  ],
})
const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['logs:PutLogEvents'], Resource: '*' }],
})

beforeAll(async () => {
  emulator = await startEmulator({ registry: false })
  iam = new IAMClient({
    endpoint: emulator.awsEndpointUrl,
    region: 'us-east-1',
    credentials: { accessKeyId: `AKIA${ACCOUNT}`, secretAccessKey: 'secret' },
    maxAttempts: 1,
  })
})
afterAll(async () => emulator.stop())
beforeEach(async () => {
  emulator.reset()
  await iam.send(
    new CreateRoleCommand({ RoleName: 'AgentCore-dev-bot', AssumeRolePolicyDocument: TRUST, Description: 'bot' }),
  )
})

describe('roles', () => {
  it('CreateRole returns the role with its ARN in the caller account', async () => {
    const { Role } = await iam.send(
      new CreateRoleCommand({
        RoleName: 'other',
        Path: '/service-role/',
        AssumeRolePolicyDocument: TRUST,
        Tags: [{ Key: 'team', Value: 'ai' }],
      }),
    )
    expect(Role).toMatchObject({
      RoleName: 'other',
      Path: '/service-role/',
      Arn: `arn:aws:iam::${ACCOUNT}:role/service-role/other`,
      MaxSessionDuration: 3600,
      Tags: [{ Key: 'team', Value: 'ai' }],
    })
    expect(Role?.RoleId).toMatch(/^AROA[A-Z0-9]{17}$/)
    expect(Role?.CreateDate).toBeInstanceOf(Date)
  })

  it('GetRole returns AssumeRolePolicyDocument URL-encoded, as IAM does', async () => {
    const { Role } = await iam.send(new GetRoleCommand({ RoleName: 'AgentCore-dev-bot' }))
    expect(Role?.AssumeRolePolicyDocument).toBe(encodeURIComponent(TRUST))
    expect(JSON.parse(decodeURIComponent(Role?.AssumeRolePolicyDocument ?? ''))).toEqual(JSON.parse(TRUST))
    expect(Role?.Description).toBe('bot')
  })

  it('GetRole of a missing role is NoSuchEntityException with IAM text', async () => {
    await expect(iam.send(new GetRoleCommand({ RoleName: 'nope' }))).rejects.toMatchObject({
      name: 'NoSuchEntityException',
      message: 'The role with name nope cannot be found.',
      $metadata: { httpStatusCode: 404 },
    })
  })

  it('CreateRole twice is EntityAlreadyExistsException (names are case-insensitive)', async () => {
    await expect(
      iam.send(new CreateRoleCommand({ RoleName: 'agentcore-DEV-bot', AssumeRolePolicyDocument: TRUST })),
    ).rejects.toMatchObject({
      name: 'EntityAlreadyExistsException',
      message: 'Role with name agentcore-DEV-bot already exists.',
    })
  })

  it('CreateRole with a policy that is not JSON is MalformedPolicyDocumentException', async () => {
    await expect(
      iam.send(new CreateRoleCommand({ RoleName: 'bad', AssumeRolePolicyDocument: '{not json' })),
    ).rejects.toMatchObject({ name: 'MalformedPolicyDocumentException' })
  })

  it('DeleteRole refuses while policies remain, then deletes', async () => {
    await iam.send(
      new PutRolePolicyCommand({ RoleName: 'AgentCore-dev-bot', PolicyName: 'logs', PolicyDocument: POLICY }),
    )
    await expect(iam.send(new DeleteRoleCommand({ RoleName: 'AgentCore-dev-bot' }))).rejects.toMatchObject({
      name: 'DeleteConflictException',
      message: 'Cannot delete entity, must delete policies first.',
    })
    await iam.send(new DeleteRolePolicyCommand({ RoleName: 'AgentCore-dev-bot', PolicyName: 'logs' }))
    await iam.send(new DeleteRoleCommand({ RoleName: 'AgentCore-dev-bot' }))
    await expect(iam.send(new GetRoleCommand({ RoleName: 'AgentCore-dev-bot' }))).rejects.toMatchObject({
      name: 'NoSuchEntityException',
    })
  })

  it('UpdateAssumeRolePolicy replaces the trust policy', async () => {
    const trust = TRUST.replace(ACCOUNT, '444444444444')
    await iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: 'AgentCore-dev-bot', PolicyDocument: trust }))
    const { Role } = await iam.send(new GetRoleCommand({ RoleName: 'AgentCore-dev-bot' }))
    expect(decodeURIComponent(Role?.AssumeRolePolicyDocument ?? '')).toBe(trust)
  })

  it('PutRolePermissionsBoundary sets the boundary GetRole reports', async () => {
    const arn = `arn:aws:iam::${ACCOUNT}:policy/boundary`
    await iam.send(new PutRolePermissionsBoundaryCommand({ RoleName: 'AgentCore-dev-bot', PermissionsBoundary: arn }))
    const { Role } = await iam.send(new GetRoleCommand({ RoleName: 'AgentCore-dev-bot' }))
    expect(Role?.PermissionsBoundary).toEqual({
      PermissionsBoundaryType: 'PermissionsBoundaryPolicy',
      PermissionsBoundaryArn: arn,
    })
  })

  it('TagRole merges tags by key', async () => {
    await iam.send(new TagRoleCommand({ RoleName: 'AgentCore-dev-bot', Tags: [{ Key: 'a', Value: '1' }] }))
    await iam.send(
      new TagRoleCommand({
        RoleName: 'AgentCore-dev-bot',
        Tags: [
          { Key: 'a', Value: '2' },
          { Key: 'b', Value: '3' },
        ],
      }),
    )
    const { Role } = await iam.send(new GetRoleCommand({ RoleName: 'AgentCore-dev-bot' }))
    expect(Role?.Tags).toEqual([
      { Key: 'a', Value: '2' },
      { Key: 'b', Value: '3' },
    ])
  })

  it('keeps accounts apart', async () => {
    const other = new IAMClient({
      endpoint: emulator.awsEndpointUrl,
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIA555555555555', secretAccessKey: 'secret' },
      maxAttempts: 1,
    })
    await expect(other.send(new GetRoleCommand({ RoleName: 'AgentCore-dev-bot' }))).rejects.toMatchObject({
      name: 'NoSuchEntityException',
    })
  })
})

describe('inline policies', () => {
  it('PutRolePolicy then GetRolePolicy returns the document URL-encoded', async () => {
    await iam.send(
      new PutRolePolicyCommand({ RoleName: 'AgentCore-dev-bot', PolicyName: 'logs', PolicyDocument: POLICY }),
    )
    const answer = await iam.send(new GetRolePolicyCommand({ RoleName: 'AgentCore-dev-bot', PolicyName: 'logs' }))
    expect(answer).toMatchObject({
      RoleName: 'AgentCore-dev-bot',
      PolicyName: 'logs',
      PolicyDocument: encodeURIComponent(POLICY),
    })
  })

  it('GetRolePolicy of a missing policy is NoSuchEntityException', async () => {
    await expect(
      iam.send(new GetRolePolicyCommand({ RoleName: 'AgentCore-dev-bot', PolicyName: 'nope' })),
    ).rejects.toMatchObject({
      name: 'NoSuchEntityException',
      message: 'The role policy with name nope cannot be found.',
    })
  })

  it('ListRolePolicies lists names; DeleteRolePolicy removes one', async () => {
    for (const name of ['a', 'b']) {
      await iam.send(
        new PutRolePolicyCommand({ RoleName: 'AgentCore-dev-bot', PolicyName: name, PolicyDocument: POLICY }),
      )
    }
    await iam.send(new DeleteRolePolicyCommand({ RoleName: 'AgentCore-dev-bot', PolicyName: 'a' }))
    const listed = await iam.send(new ListRolePoliciesCommand({ RoleName: 'AgentCore-dev-bot' }))
    expect(listed).toMatchObject({ PolicyNames: ['b'], IsTruncated: false })
  })

  it('PutRolePolicy with a statement lacking Effect is MalformedPolicyDocumentException', async () => {
    await expect(
      iam.send(
        new PutRolePolicyCommand({
          RoleName: 'AgentCore-dev-bot',
          PolicyName: 'x',
          PolicyDocument: JSON.stringify({ Statement: [{ Action: '*', Resource: '*' }] }),
        }),
      ),
    ).rejects.toMatchObject({ name: 'MalformedPolicyDocumentException', message: 'Syntax errors in policy.' })
  })
})

describe('managed policies', () => {
  const ARN = 'arn:aws:iam::aws:policy/AmazonBedrockReadOnly'

  it('AttachRolePolicy then ListAttachedRolePolicies', async () => {
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'AgentCore-dev-bot', PolicyArn: ARN }))
    const { AttachedPolicies } = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'AgentCore-dev-bot' }))
    expect(AttachedPolicies).toEqual([{ PolicyName: 'AmazonBedrockReadOnly', PolicyArn: ARN }])
  })

  it('DetachRolePolicy detaches, and detaching again is NoSuchEntityException', async () => {
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'AgentCore-dev-bot', PolicyArn: ARN }))
    await iam.send(new DetachRolePolicyCommand({ RoleName: 'AgentCore-dev-bot', PolicyArn: ARN }))
    await expect(
      iam.send(new DetachRolePolicyCommand({ RoleName: 'AgentCore-dev-bot', PolicyArn: ARN })),
    ).rejects.toMatchObject({ name: 'NoSuchEntityException', message: `Policy ${ARN} was not found.` })
  })

  it('AttachRolePolicy with a malformed ARN is InvalidInputException', async () => {
    await expect(
      iam.send(new AttachRolePolicyCommand({ RoleName: 'AgentCore-dev-bot', PolicyArn: 'AmazonBedrockReadOnly' })),
    ).rejects.toMatchObject({ name: 'InvalidInputException', message: 'ARN AmazonBedrockReadOnly is not valid.' })
  })
})
