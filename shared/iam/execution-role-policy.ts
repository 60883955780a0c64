/**
 * The execution role's documents, least privilege by construction (AGENTCORE_FACTS.md §9.1): who may assume it
 * (AgentCore, for this account only), and what it may do (pull this runtime's one repository, write this
 * runtime's logs, traces and `bedrock-agentcore` metrics, get workload tokens for this runtime, invoke only the
 * models the config lists). The only `"*"` resources are the ones AWS requires: `ecr:GetAuthorizationToken`,
 * the X-Ray actions and `cloudwatch:PutMetricData` (held to its namespace by a condition).
 *
 * Pure functions: data in, documents out.
 */
import type { PolicyStatement } from '../config/types.js'

/** The service principal AgentCore assumes execution roles with. */
export const AGENTCORE_PRINCIPAL = 'bedrock-agentcore.amazonaws.com'

/** Actions whose resource AWS requires to be `*` (they are not resource-scoped). */
export const STAR_RESOURCE_ACTIONS = [
  'ecr:GetAuthorizationToken',
  'xray:PutTraceSegments',
  'xray:PutTelemetryRecords',
  'xray:GetSamplingRules',
  'xray:GetSamplingTargets',
  'cloudwatch:PutMetricData',
]

/** A policy statement; trust policies also name a principal. */
export type IamStatement = Omit<PolicyStatement, 'Resource'> & {
  Resource?: string | string[]
  Principal?: Record<string, string | string[]> | '*'
}

/** An IAM policy document. */
export interface PolicyDocument {
  Version: '2012-10-17'
  Statement: IamStatement[]
}

/** What the execution role is for. */
export interface ExecutionRoleScope {
  account: string
  region: string
  agentRuntimeName: string
  /** The runtime's ECR repository name. */
  repository: string
  /** Model IDs, inference profile IDs or ARNs from the config. */
  models: string[]
  /** Extra statements from the config, added as written. */
  statements: PolicyStatement[]
}

/** The AWS partition of a region. */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn'
  if (region.startsWith('us-gov-')) return 'aws-us-gov'
  return 'aws'
}

/** Geographic prefixes of cross-region inference profile IDs (`us.anthropic.claude-...`). */
const PROFILE_PREFIX = /^(us|eu|apac|global|jp|au|ca|us-gov)\.(.+)$/

/** The resources `bedrock:InvokeModel*` gets for one configured model. */
export interface ModelGrant {
  /** The configured value. */
  model: string
  /** Resources granted without condition. */
  resources: string[]
  /** For an inference profile: the foundation model in every region the profile routes to, only through it. */
  viaProfile?: { profileArn: string; modelArn: string }
}

/**
 * Resources for a model as written in the config:
 * - an ARN is used as is;
 * - a foundation model ID (`anthropic.claude-sonnet-4-5-20250929-v1:0`, or a glob the user wrote) becomes
 *   `arn:<partition>:bedrock:<region>::foundation-model/<id>`;
 * - an inference profile ID (`us.`, `eu.`, `apac.`, `global.`, … prefix) becomes
 *   `arn:<partition>:bedrock:<region>:<account>:inference-profile/<id>`, plus the underlying foundation model in any
 *   region (cross-region profiles route there) allowed only when called through that profile
 *   (`bedrock:InferenceProfileArn` condition).
 */
export function modelGrant(model: string, scope: Pick<ExecutionRoleScope, 'account' | 'region'>): ModelGrant {
  const partition = partitionOf(scope.region)
  if (model.startsWith('arn:')) return { model, resources: [model] }
  const profile = PROFILE_PREFIX.exec(model)
  if (profile) {
    const profileArn = `arn:${partition}:bedrock:${scope.region}:${scope.account}:inference-profile/${model}`
    return {
      model,
      resources: [profileArn],
      viaProfile: { profileArn, modelArn: `arn:${partition}:bedrock:*::foundation-model/${profile[2]}` },
    }
  }
  return { model, resources: [`arn:${partition}:bedrock:${scope.region}::foundation-model/${model}`] }
}

/** The trust policy: only AgentCore, only on behalf of this account's AgentCore resources in this region. */
export function trustPolicy(account: string, region: string): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AgentCoreAssumeRole',
        Effect: 'Allow',
        Principal: { Service: AGENTCORE_PRINCIPAL },
        Action: 'sts:AssumeRole',
        Condition: {
          StringEquals: { 'aws:SourceAccount': account },
          ArnLike: { 'aws:SourceArn': `arn:${partitionOf(region)}:bedrock-agentcore:${region}:${account}:*` },
        },
      },
    ],
  }
}

/** The permissions policy of the execution role. */
export function executionRolePolicy(scope: ExecutionRoleScope): PolicyDocument {
  const { account, region, agentRuntimeName: name } = scope
  const p = partitionOf(region)
  // Runtime IDs are `<name>-<10 chars>` and names cannot contain '-', so `<name>-*` is exactly this runtime's.
  const logGroup = `arn:${p}:logs:${region}:${account}:log-group:/aws/bedrock-agentcore/runtimes/${name}-*`
  const directory = `arn:${p}:bedrock-agentcore:${region}:${account}:workload-identity-directory/default`
  const statements: IamStatement[] = [
    {
      Sid: 'PullRuntimeImage',
      Effect: 'Allow',
      Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'],
      Resource: `arn:${p}:ecr:${region}:${account}:repository/${scope.repository}`,
    },
    { Sid: 'EcrAuthorizationToken', Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' },
    {
      Sid: 'RuntimeLogGroups',
      Effect: 'Allow',
      Action: ['logs:CreateLogGroup', 'logs:DescribeLogStreams'],
      Resource: logGroup,
    },
    {
      Sid: 'RuntimeLogStreams',
      Effect: 'Allow',
      Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      Resource: `${logGroup}:log-stream:*`,
    },
    {
      Sid: 'Tracing',
      Effect: 'Allow',
      Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'xray:GetSamplingRules', 'xray:GetSamplingTargets'],
      Resource: '*',
    },
    {
      Sid: 'Metrics',
      Effect: 'Allow',
      Action: 'cloudwatch:PutMetricData',
      Resource: '*',
      Condition: { StringEquals: { 'cloudwatch:namespace': 'bedrock-agentcore' } },
    },
    {
      Sid: 'WorkloadIdentityTokens',
      Effect: 'Allow',
      Action: [
        'bedrock-agentcore:GetWorkloadAccessToken',
        'bedrock-agentcore:GetWorkloadAccessTokenForJWT',
        'bedrock-agentcore:GetWorkloadAccessTokenForUserId',
      ],
      Resource: [directory, `${directory}/workload-identity/${name}-*`],
    },
  ]
  const grants = scope.models.map((m) => modelGrant(m, scope))
  const direct = [...new Set(grants.flatMap((g) => g.resources))]
  const invoke = ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream']
  if (direct.length)
    statements.push({ Sid: 'InvokeConfiguredModels', Effect: 'Allow', Action: invoke, Resource: direct })
  grants
    .filter((g) => g.viaProfile)
    .forEach((g, i) =>
      statements.push({
        Sid: `InvokeThroughProfile${i + 1}`,
        Effect: 'Allow',
        Action: invoke,
        Resource: g.viaProfile?.modelArn ?? '',
        Condition: { StringEquals: { 'bedrock:InferenceProfileArn': g.viaProfile?.profileArn ?? '' } },
      }),
    )
  scope.statements.forEach((s, i) => statements.push({ ...s, Sid: s.Sid ?? `Config${i + 1}` }))
  return { Version: '2012-10-17', Statement: statements }
}

/** A managed policy as written in the config: an ARN, or the name of an AWS managed policy. */
export function managedPolicyArn(policy: string, region: string): string {
  return policy.startsWith('arn:') ? policy : `arn:${partitionOf(region)}:iam::aws:policy/${policy}`
}

/** A permissions boundary as given: an ARN, or the name of a customer managed policy in the account. */
export function permissionsBoundaryArn(boundary: string, account: string, region: string): string {
  return boundary.startsWith('arn:') ? boundary : `arn:${partitionOf(region)}:iam::${account}:policy/${boundary}`
}
