// A client "written by someone else": plain Node, only the AWS SDK, configured only by the standard environment
// (AWS_ENDPOINT_URL, AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY). It walks the AgentCore lifecycle and
// prints what it observed as one JSON line; any broken expectation exits 1 with the reason on stderr.
import {
  BedrockAgentCoreControlClient,
  CreateAgentRuntimeCommand,
  CreateAgentRuntimeEndpointCommand,
  GetAgentRuntimeCommand,
  GetAgentRuntimeEndpointCommand,
  UpdateAgentRuntimeCommand,
} from '@aws-sdk/client-bedrock-agentcore-control'
import { BedrockAgentCoreClient, InvokeAgentRuntimeCommand } from '@aws-sdk/client-bedrock-agentcore'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'

const control = new BedrockAgentCoreControlClient({})
const data = new BedrockAgentCoreClient({})
const sts = new STSClient({})
const observed = {}

function expectEqual(what, actual, expected) {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`)
}

async function settle(read) {
  for (let i = 0; i < 300; i++) {
    const state = await read()
    if (!['CREATING', 'UPDATING', 'DELETING'].includes(state.status)) return state
    await new Promise((r) => setTimeout(r, 20))
  }
  throw new Error('never settled')
}

async function invoke(agentRuntimeArn, qualifier) {
  const answer = await data.send(
    new InvokeAgentRuntimeCommand({ agentRuntimeArn, qualifier, payload: JSON.stringify({ prompt: 'ping' }) }),
  )
  return JSON.parse(await answer.response.transformToString())
}

async function main() {
  const { Account } = await sts.send(new GetCallerIdentityCommand({}))
  observed.account = Account
  const region = await control.config.region()
  const image = `${Account}.dkr.ecr.${region}.amazonaws.com/sample-agent:v1`
  const artifact = { containerConfiguration: { containerUri: image } }
  const roleArn = `arn:aws:iam::${Account}:role/agent`

  try {
    await control.send(
      new CreateAgentRuntimeCommand({ agentRuntimeName: 'bad-name', agentRuntimeArtifact: artifact, roleArn }),
    )
    throw new Error('a hyphenated name was accepted')
  } catch (error) {
    expectEqual('hyphen error', [error.name, error.reason], ['ValidationException', 'FieldValidationFailed'])
  }

  const created = await control.send(
    new CreateAgentRuntimeCommand({
      agentRuntimeName: 'outside_client',
      agentRuntimeArtifact: artifact,
      roleArn,
      environmentVariables: { AGENT_GREETING: 'One' },
    }),
  )
  observed.created = [created.agentRuntimeVersion, created.status]
  const id = created.agentRuntimeId
  const ready = await settle(() => control.send(new GetAgentRuntimeCommand({ agentRuntimeId: id })))
  observed.ready = [ready.status, ready.lifecycleConfiguration]

  try {
    await control.send(
      new CreateAgentRuntimeCommand({ agentRuntimeName: 'outside_client', agentRuntimeArtifact: artifact, roleArn }),
    )
    throw new Error('a duplicate name was accepted')
  } catch (error) {
    expectEqual('duplicate error', error.name, 'ConflictException')
  }

  await control.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: 'stable' }))
  await settle(() => control.send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId: id, endpointName: 'stable' })))
  const updated = await control.send(
    new UpdateAgentRuntimeCommand({
      agentRuntimeId: id,
      agentRuntimeArtifact: artifact,
      roleArn,
      environmentVariables: { AGENT_GREETING: 'Two' },
    }),
  )
  observed.updated = updated.agentRuntimeVersion
  try {
    await control.send(new UpdateAgentRuntimeCommand({ agentRuntimeId: id, agentRuntimeArtifact: artifact, roleArn }))
    throw new Error('an update while UPDATING was accepted')
  } catch (error) {
    expectEqual('update while updating', error.name, 'ConflictException')
  }
  const endpoint = await settle(() =>
    control.send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId: id, endpointName: 'DEFAULT' })),
  )
  observed.default = [endpoint.liveVersion, endpoint.targetVersion]
  const stable = await control.send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId: id, endpointName: 'stable' }))
  observed.stable = [stable.liveVersion, stable.targetVersion]

  const viaDefault = await invoke(created.agentRuntimeArn)
  const viaStable = await invoke(created.agentRuntimeArn, 'stable')
  observed.invocations = [
    [viaDefault.reply, viaDefault.greeting, viaDefault.runtimeVersion],
    [viaStable.reply, viaStable.greeting, viaStable.runtimeVersion],
  ]
  console.log(JSON.stringify(observed))
}

main().then(
  () => {
    control.destroy()
    data.destroy()
    sts.destroy()
  },
  (error) => {
    console.error(`conformance client failed: ${error.name}: ${error.message}`)
    process.exitCode = 1
  },
)
