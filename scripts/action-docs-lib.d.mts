// Types for the plain-JavaScript helpers in action-docs-lib.mjs (used by tests).
export function actionDirectories(
  root: string,
  fs: { existsSync(path: string): boolean; readdirSync(path: string): string[] },
): string[]
export function inputsTable(action: unknown): string
export function outputsTable(action: unknown): string
export function renderActionDocs(actionYml: string, readme: string): string
