import { describe, expect, it } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import { GetRoleCommand, IAMClient, NoSuchEntityException } from '@aws-sdk/client-iam'
import { allowsAgentCore, checkExistingRole } from '../../../shared/iam/existing-role.js'

const params = {
  roleArn: 'arn:aws:iam::111111111111:role/team/agent',
  account: '111111111111',
  region: 'us-west-2',
  environment: 'dev',
}

describe('allowsAgentCore', () => {
  it.each([
    [{ Effect: 'Allow', Principal: { Service: 'bedrock-agentcore.amazonaws.com' }, Action: 'sts:AssumeRole' }, true],
    [
      {
        Effect: 'Allow',
        Principal: { Service: ['lambda.amazonaws.com', 'bedrock-agentcore.amazonaws.com'] },
        Action: ['sts:AssumeRole', 'sts:TagSession'],
      },
      true,
    ],
    [{ Effect: 'Deny', Principal: { Service: 'bedrock-agentcore.amazonaws.com' }, Action: 'sts:AssumeRole' }, false],
    [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }, false],
    [
      {
        Effect: 'Allow',
        Principal: { Service: 'bedrock-agentcore.amazonaws.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
      },
      false,
    ],
  ])('%j → %s', (statement, expected) => {
    expect(allowsAgentCore(statement as never)).toBe(expected)
  })
})

describe('checkExistingRole', () => {
  it('refuses a role of another account before calling IAM', async () => {
    const iam = mockClient(IAMClient)
    await expect(
      checkExistingRole({ ...params, roleArn: 'arn:aws:iam::999999999999:role/x' }, { iam: new IAMClient({}) }),
    ).rejects.toThrow("is in account 999999999999, but environment 'dev' is account 111111111111")
    expect(iam.calls()).toHaveLength(0)
    iam.restore()
  })

  it('says a missing role is missing, with the fix', async () => {
    const iam = mockClient(IAMClient)
    iam.on(GetRoleCommand).rejects(new NoSuchEntityException({ message: 'no', $metadata: {} }))
    await expect(checkExistingRole(params, { iam: new IAMClient({}) })).rejects.toThrow(
      "role.arn 'arn:aws:iam::111111111111:role/team/agent' does not exist in account 111111111111",
    )
    expect(iam.commandCalls(GetRoleCommand)[0].args[0].input).toEqual({ RoleName: 'agent' })
    iam.restore()
  })

  it('accepts a URL-encoded trust policy that lets AgentCore assume the role', async () => {
    const iam = mockClient(IAMClient)
    const doc = {
      Statement: [
        { Effect: 'Allow', Principal: { Service: 'bedrock-agentcore.amazonaws.com' }, Action: 'sts:AssumeRole' },
      ],
    }
    iam.on(GetRoleCommand).resolves({
      Role: {
        RoleName: 'agent',
        Arn: params.roleArn,
        Path: '/team/',
        RoleId: 'x',
        CreateDate: new Date(),
        AssumeRolePolicyDocument: encodeURIComponent(JSON.stringify(doc)),
      },
    })
    await expect(checkExistingRole(params, { iam: new IAMClient({}) })).resolves.toEqual({
      roleArn: params.roleArn,
      roleName: 'agent',
    })
    iam.restore()
  })
})
