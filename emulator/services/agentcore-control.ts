/** STUB: replaced by the real bedrock-agentcore-control service. Answers 501 so that nothing mistakes it for the real thing. */
import type { ServiceHost } from '../host.js'
import type { Service } from '../types.js'

export function createAgentcoreControlService(_host: ServiceHost): Service {
  return {
    name: 'bedrock-agentcore-control',
    operation: () => 'Unknown',
    handle: async () => ({ status: 501, body: 'bedrock-agentcore-control is not implemented yet' }),
    reset: () => undefined,
    snapshot: () => ({}),
  }
}
