/** STUB: replaced by the real bedrock-agentcore service. Answers 501 so that nothing mistakes it for the real thing. */
import type { ServiceHost } from '../host.js'
import type { Service } from '../types.js'

export function createAgentcoreDataService(_host: ServiceHost): Service {
  return {
    name: 'bedrock-agentcore',
    operation: () => 'Unknown',
    handle: async () => ({ status: 501, body: 'bedrock-agentcore is not implemented yet' }),
    reset: () => undefined,
    snapshot: () => ({}),
  }
}
