/** Template parsing, intrinsic functions, parameters and ordering; drift comparison. Pure functions. */
import { describe, expect, it } from '@jest/globals'
import {
  KNOWN_AFTER_APPLY,
  bindParameters,
  creationOrder,
  evaluateConditions,
  parseTemplate,
  resolveValue,
  type ResolveContext,
} from '../../../emulator/cloudformation/template.js'
import { propertyDifferences } from '../../../emulator/cloudformation/drift.js'

const TYPES = new Set(['AWS::IAM::Role', 'AWS::ECR::Repository'])

function context(overrides: Partial<ResolveContext> = {}): ResolveContext {
  return {
    account: '123456789012',
    region: 'us-east-1',
    stackName: 'stack',
    stackId: 'arn:aws:cloudformation:us-east-1:123456789012:stack/stack/id',
    parameters: { Env: 'prod' },
    conditions: { IsProd: true },
    resource: (id) =>
      id === 'Role' ? { ref: 'RoleName', attributes: { Arn: 'arn:aws:iam::123456789012:role/RoleName' } } : undefined,
    ...overrides,
  }
}

describe('resolveValue', () => {
  it.each([
    ['Ref to a parameter', { Ref: 'Env' }, 'prod'],
    ['Ref to a pseudo parameter', { Ref: 'AWS::AccountId' }, '123456789012'],
    ['Ref to a resource', { Ref: 'Role' }, 'RoleName'],
    ['Ref to a resource not created yet', { Ref: 'Repo' }, KNOWN_AFTER_APPLY],
    ['Fn::GetAtt (list form)', { 'Fn::GetAtt': ['Role', 'Arn'] }, 'arn:aws:iam::123456789012:role/RoleName'],
    ['Fn::GetAtt (dotted form)', { 'Fn::GetAtt': 'Role.Arn' }, 'arn:aws:iam::123456789012:role/RoleName'],
    [
      'Fn::Sub with refs and attributes',
      { 'Fn::Sub': '${AWS::Region}/${Env}/${Role.Arn}' },
      'us-east-1/prod/arn:aws:iam::123456789012:role/RoleName',
    ],
    [
      'Fn::Sub with variables and a literal',
      { 'Fn::Sub': ['${X}-${!Literal}', { X: { Ref: 'Env' } }] },
      'prod-${Literal}',
    ],
    ['Fn::Join', { 'Fn::Join': [':', ['a', { Ref: 'Env' }]] }, 'a:prod'],
    ['Fn::Select of Fn::Split', { 'Fn::Select': [1, { 'Fn::Split': ['/', 'a/b/c'] }] }, 'b'],
    ['Fn::If', { 'Fn::If': ['IsProd', 'big', 'small'] }, 'big'],
  ])('%s', (_name, value, expected) => {
    expect(resolveValue(value, context())).toEqual(expected)
  })

  it('drops properties that are Ref AWS::NoValue', () => {
    expect(resolveValue({ A: 1, B: { Ref: 'AWS::NoValue' }, C: [1, { Ref: 'AWS::NoValue' }] }, context())).toEqual({
      A: 1,
      C: [1],
    })
  })

  it('answers a GetAtt of an unknown attribute with CloudFormation text', () => {
    expect(() => resolveValue({ 'Fn::GetAtt': ['Role', 'Nope'] }, context())).toThrow(
      'Template error: resource Role does not support attribute type Nope in Fn::GetAtt',
    )
  })
})

describe('templates', () => {
  it('evaluates conditions that use parameters and other conditions', () => {
    const template = parseTemplate(
      JSON.stringify({
        Parameters: { Env: { Type: 'String' } },
        Conditions: {
          IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] },
          NotProd: { 'Fn::Not': [{ Condition: 'IsProd' }] },
        },
        Resources: { R: { Type: 'AWS::ECR::Repository' } },
      }),
      TYPES,
    )
    const { conditions: _unused, ...base } = context()
    expect(evaluateConditions(template, base)).toEqual({ IsProd: true, NotProd: false })
  })

  it('orders resources after what they reference, whatever the template order', () => {
    const template = parseTemplate(
      JSON.stringify({
        Resources: {
          Role: { Type: 'AWS::IAM::Role', Properties: { Policies: [{ Resource: { 'Fn::GetAtt': ['Repo', 'Arn'] } }] } },
          Other: { Type: 'AWS::ECR::Repository', DependsOn: 'Role' },
          Repo: { Type: 'AWS::ECR::Repository' },
        },
      }),
      TYPES,
    )
    expect(creationOrder(template)).toEqual(['Repo', 'Role', 'Other'])
  })

  it('reports a YAML error with its line', () => {
    expect(() => parseTemplate('Resources:\n  R: [unclosed\n', TYPES)).toThrow(
      /^Template format error: YAML not well-formed\. \(line \d+/,
    )
  })

  it.each([
    [[{ key: 'Nope', value: 'x' }], 'Parameters: [Nope] do not exist in the template'],
    [[{ key: 'Size', value: 'huge' }], "Parameter 'Size' must be one of AllowedValues"],
  ])('binds parameters strictly (%j)', (given, message) => {
    const template = parseTemplate(
      JSON.stringify({
        Parameters: { Size: { Type: 'String', Default: 'small', AllowedValues: ['small', 'big'] } },
        Resources: { R: { Type: 'AWS::ECR::Repository' } },
      }),
      TYPES,
    )
    expect(() => bindParameters(template, given, {})).toThrow(message)
  })

  it('takes UsePreviousValue from the stack', () => {
    const template = parseTemplate(
      JSON.stringify({ Parameters: { Env: { Type: 'String' } }, Resources: { R: { Type: 'AWS::ECR::Repository' } } }),
      TYPES,
    )
    expect(bindParameters(template, [{ key: 'Env', usePrevious: true }], { Env: 'qa' })).toEqual({ Env: 'qa' })
  })
})

describe('propertyDifferences', () => {
  const expected = {
    RoleName: 'r',
    MaxSessionDuration: '3600',
    ManagedPolicyArns: ['arn:aws:iam::aws:policy/B', 'arn:aws:iam::aws:policy/A'],
    Policies: [
      { PolicyName: 'z', PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] } },
      { PolicyName: 'a', PolicyDocument: '{"Statement":[{"Effect":"Allow","Action":"logs:*","Resource":"*"}]}' },
    ],
  }

  it('treats policy text vs JSON, list order and "3600" vs 3600 as equal, and ignores unmanaged properties', () => {
    const actual = {
      RoleName: 'r',
      MaxSessionDuration: 3600,
      Description: 'set by someone, not managed by the template',
      ManagedPolicyArns: ['arn:aws:iam::aws:policy/A', 'arn:aws:iam::aws:policy/B'],
      Policies: [
        { PolicyName: 'a', PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 'logs:*', Resource: '*' }] } },
        { PolicyName: 'z', PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] } },
      ],
    }
    expect(propertyDifferences('AWS::IAM::Role', expected, actual).differences).toEqual([])
  })

  it('reports an added managed policy as ADD', () => {
    const actual = {
      ...expected,
      MaxSessionDuration: 3600,
      ManagedPolicyArns: ['arn:aws:iam::aws:policy/A', 'arn:aws:iam::aws:policy/B', 'arn:aws:iam::aws:policy/C'],
    }
    expect(propertyDifferences('AWS::IAM::Role', expected, actual).differences).toEqual([
      {
        PropertyPath: '/ManagedPolicyArns/2',
        ExpectedValue: 'null',
        ActualValue: 'arn:aws:iam::aws:policy/C',
        DifferenceType: 'ADD',
      },
    ])
  })
})
