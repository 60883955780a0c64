/** STUB: replaced by the real sts service. Answers 501 so that nothing mistakes it for the real thing. */
import type { ServiceHost } from '../host.js'
import type { Service } from '../types.js'

export function createStsService(_host: ServiceHost): Service {
  return {
    name: 'sts',
    operation: () => 'Unknown',
    handle: async () => ({ status: 501, body: 'sts is not implemented yet' }),
    reset: () => undefined,
    snapshot: () => ({}),
  }
}
