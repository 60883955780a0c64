import { describe, expect, it } from '@jest/globals'
import { permissionDiff, roleTemplate, type RoleTemplateInputs } from '../../../shared/iam/role-template.js'

const inputs: RoleTemplateInputs = {
  environment: { name: 'prod', account: '222222222222', region: 'us-east-1', tags: { stage: 'prod' } },
  runtime: {
    key: 'support_bot',
    agentRuntimeName: 'support_bot',
    image: {
      repository: 'support-bot',
      context: '.',
      dockerfile: 'Dockerfile',
      platform: 'linux/arm64',
      buildArgs: {},
      scanOnPush: true,
      tagMutability: 'IMMUTABLE',
      keepImages: 30,
    },
    role: { kind: 'managed', models: ['amazon.nova-pro-v1:0'], managedPolicies: ['ReadOnly'], statements: [] },
  },
  configPath: 'agentcore.yaml',
}

describe('role template', () => {
  it('holds one named role with outputs, tags, managed policies and the boundary', () => {
    const t = roleTemplate({ ...inputs, permissionsBoundary: 'Boundary' })
    const role = t.Resources.ExecutionRole
    expect(role.Type).toBe('AWS::IAM::Role')
    expect(role.Properties.RoleName).toBe('AgentCore-prod-support_bot')
    expect(role.Properties.ManagedPolicyArns).toEqual(['arn:aws:iam::aws:policy/ReadOnly'])
    expect(role.Properties.PermissionsBoundary).toBe('arn:aws:iam::222222222222:policy/Boundary')
    expect(role.Properties.Tags).toEqual([
      { Key: 'agentcore:config', Value: 'agentcore.yaml' },
      { Key: 'agentcore:environment', Value: 'prod' },
      { Key: 'agentcore:runtime', Value: 'support_bot' },
      { Key: 'managed-by', Value: 'agentcore-actions' },
      { Key: 'stage', Value: 'prod' },
    ])
    expect(t.Outputs.RoleArn.Value).toEqual({ 'Fn::GetAtt': ['ExecutionRole', 'Arn'] })
  })

  it('is the same text for the same config (an unchanged config is an empty change set)', () => {
    expect(JSON.stringify(roleTemplate(inputs))).toBe(JSON.stringify(roleTemplate(structuredClone(inputs))))
  })

  it('diffs permissions as lines a reviewer reads', () => {
    const after = roleTemplate({
      ...inputs,
      runtime: { ...inputs.runtime, role: { ...inputs.runtime.role, models: ['amazon.nova-lite-v1:0'] } as never },
    })
    expect(permissionDiff(roleTemplate(inputs), after)).toEqual({
      added: [
        'Allow bedrock:InvokeModel on arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-lite-v1:0',
        'Allow bedrock:InvokeModelWithResponseStream on arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-lite-v1:0',
      ],
      removed: [
        'Allow bedrock:InvokeModel on arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0',
        'Allow bedrock:InvokeModelWithResponseStream on arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0',
      ],
    })
  })
})
