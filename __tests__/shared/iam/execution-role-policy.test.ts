import { describe, expect, it } from '@jest/globals'
import {
  STAR_RESOURCE_ACTIONS,
  executionRolePolicy,
  managedPolicyArn,
  modelGrant,
  permissionsBoundaryArn,
  trustPolicy,
  type ExecutionRoleScope,
} from '../../../shared/iam/execution-role-policy.js'

const scope: ExecutionRoleScope = {
  account: '111111111111',
  region: 'us-west-2',
  agentRuntimeName: 'support_bot',
  repository: 'support-bot',
  models: ['anthropic.claude-sonnet-4-5-20250929-v1:0', 'us.anthropic.claude-haiku-4-5-20251001-v1:0'],
  statements: [],
}
const list = (v: string | string[] | undefined) => ([] as string[]).concat(v ?? [])

describe('execution role policy', () => {
  const policy = executionRolePolicy(scope)

  it('uses "*" only for the actions AWS does not scope to a resource', () => {
    for (const s of policy.Statement) {
      if (list(s.Resource).includes('*'))
        expect(list(s.Action).every((a) => STAR_RESOURCE_ACTIONS.includes(a))).toBe(true)
    }
    const star = policy.Statement.filter((s) => list(s.Resource).includes('*')).flatMap((s) => list(s.Action))
    expect(star.sort()).toEqual([...STAR_RESOURCE_ACTIONS].sort())
  })

  it('holds metrics to the bedrock-agentcore namespace', () => {
    const metrics = policy.Statement.find((s) => s.Sid === 'Metrics')
    expect(metrics?.Condition).toEqual({ StringEquals: { 'cloudwatch:namespace': 'bedrock-agentcore' } })
  })

  it('pulls from the one repository and writes only this runtime logs', () => {
    expect(policy.Statement.find((s) => s.Sid === 'PullRuntimeImage')?.Resource).toBe(
      'arn:aws:ecr:us-west-2:111111111111:repository/support-bot',
    )
    expect(policy.Statement.find((s) => s.Sid === 'RuntimeLogStreams')?.Resource).toBe(
      'arn:aws:logs:us-west-2:111111111111:log-group:/aws/bedrock-agentcore/runtimes/support_bot-*:log-stream:*',
    )
    expect(policy.Statement.find((s) => s.Sid === 'WorkloadIdentityTokens')?.Resource).toEqual([
      'arn:aws:bedrock-agentcore:us-west-2:111111111111:workload-identity-directory/default',
      'arn:aws:bedrock-agentcore:us-west-2:111111111111:workload-identity-directory/default/workload-identity/support_bot-*',
    ])
  })

  it('invokes only the configured models: foundation models in the region, profiles through their ARN', () => {
    expect(policy.Statement.find((s) => s.Sid === 'InvokeConfiguredModels')?.Resource).toEqual([
      'arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0',
      'arn:aws:bedrock:us-west-2:111111111111:inference-profile/us.anthropic.claude-haiku-4-5-20251001-v1:0',
    ])
    expect(policy.Statement.find((s) => s.Sid === 'InvokeThroughProfile1')).toEqual({
      Sid: 'InvokeThroughProfile1',
      Effect: 'Allow',
      Action: ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'],
      Resource: 'arn:aws:bedrock:*::foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0',
      Condition: {
        StringEquals: {
          'bedrock:InferenceProfileArn':
            'arn:aws:bedrock:us-west-2:111111111111:inference-profile/us.anthropic.claude-haiku-4-5-20251001-v1:0',
        },
      },
    })
  })

  it('has no model statement without models, and no wildcard unless the config writes one', () => {
    const none = executionRolePolicy({ ...scope, models: [] })
    expect(none.Statement.some((s) => list(s.Action).includes('bedrock:InvokeModel'))).toBe(false)
    expect(modelGrant('anthropic.claude-*', scope).resources).toEqual([
      'arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-*',
    ])
    expect(modelGrant('arn:aws:bedrock:us-west-2:1:application-inference-profile/x', scope).resources).toEqual([
      'arn:aws:bedrock:us-west-2:1:application-inference-profile/x',
    ])
  })

  it('adds the config statements as written', () => {
    const extra = executionRolePolicy({
      ...scope,
      statements: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/*' }],
    })
    expect(extra.Statement.at(-1)).toEqual({
      Sid: 'Config1',
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::docs/*',
    })
  })

  it('uses the region partition', () => {
    expect(executionRolePolicy({ ...scope, region: 'cn-north-1', models: [] }).Statement[0].Resource).toBe(
      'arn:aws-cn:ecr:cn-north-1:111111111111:repository/support-bot',
    )
  })
})

describe('trust policy', () => {
  it('trusts only AgentCore, for this account and region', () => {
    expect(trustPolicy('111111111111', 'us-west-2').Statement).toEqual([
      {
        Sid: 'AgentCoreAssumeRole',
        Effect: 'Allow',
        Principal: { Service: 'bedrock-agentcore.amazonaws.com' },
        Action: 'sts:AssumeRole',
        Condition: {
          StringEquals: { 'aws:SourceAccount': '111111111111' },
          ArnLike: { 'aws:SourceArn': 'arn:aws:bedrock-agentcore:us-west-2:111111111111:*' },
        },
      },
    ])
  })
})

describe('policy references', () => {
  it('turns names into ARNs', () => {
    expect(managedPolicyArn('AmazonS3ReadOnlyAccess', 'us-east-1')).toBe(
      'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
    )
    expect(managedPolicyArn('arn:aws:iam::1:policy/x', 'us-east-1')).toBe('arn:aws:iam::1:policy/x')
    expect(permissionsBoundaryArn('Boundary', '111111111111', 'us-east-1')).toBe(
      'arn:aws:iam::111111111111:policy/Boundary',
    )
  })
})
