/** Links into the AWS console for summaries (the form the AgentCore starter toolkit prints after a deploy). */

/** The runtime's page in the AgentCore console. */
export function runtimeConsoleUrl(region: string, runtimeId: string): string {
  return `https://${region}.console.aws.amazon.com/bedrock-agentcore/agents/${encodeURIComponent(runtimeId)}?region=${region}`
}
