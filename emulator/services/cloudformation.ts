/** STUB: replaced by the real cloudformation service. Answers 501 so that nothing mistakes it for the real thing. */
import type { ServiceHost } from '../host.js'
import type { Service } from '../types.js'

export function createCloudFormationService(_host: ServiceHost): Service {
  return {
    name: 'cloudformation',
    operation: () => 'Unknown',
    handle: async () => ({ status: 501, body: 'cloudformation is not implemented yet' }),
    reset: () => undefined,
    snapshot: () => ({}),
  }
}
