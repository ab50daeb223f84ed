/**
 * Environment for a Node process that loads the Payload config outside Next.js (migrate, seed, the
 * Payload CLI). Lexical's default `node` entry points wrap their code in a top-level
 * `await import()`; with several of them loading at once, Node 20 sometimes never settles the module
 * graph and the process exits with code 13 before doing anything (measured: 18 of 40 plain
 * `import('@payloadcms/richtext-lexical')` runs). The `production` export condition selects
 * Lexical's plain modules instead (0 of 40).
 */
export function payloadProcessEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const options = env.NODE_OPTIONS ?? ''
  if (options.includes('--conditions=production')) return env
  return { ...env, NODE_OPTIONS: `${options} --conditions=production`.trim() }
}
