import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const scratch = mkdtempSync(path.join(os.tmpdir(), 'autoport-startup-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** Runs the launcher the way `npm start` does, with a controlled environment. */
function launcher(command: string, env: Record<string, string>) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: scratch }
  for (const key of Object.keys(childEnv)) {
    if (/^(DATABASE_|PAYLOAD_SECRET|DOCUMENT_KEYS|SMTP_|S3_)/.test(key)) delete childEnv[key]
  }
  Object.assign(childEnv, env)
  return new Promise<{ code: number | null; stderr: string; stdout: string }>((resolve) => {
    const child = spawn(path.join('node_modules', '.bin', 'tsx'), ['scripts/autoport.ts', command], {
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    let stdout = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk))
    child.on('exit', (code) => resolve({ code, stderr, stdout }))
  })
}

const oneLine = (text: string) => text.trim().split('\n')

describe('start-up configuration', () => {
  it('stops on a malformed DATABASE_URL with one line naming it', async () => {
    const result = await launcher('start', { DATABASE_URL: 'mysql//oops', PAYLOAD_SECRET: 'x'.repeat(40) })
    expect(result.code).toBe(1)
    expect(oneLine(result.stderr)).toEqual([
      'Invalid configuration: DATABASE_URL must look like postgres://user:password@host:5432/database',
    ])
  })

  it('stops on an unreachable database server with one line', async () => {
    const result = await launcher('start', {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/autoport',
      PAYLOAD_SECRET: 'x'.repeat(40),
      DOCUMENT_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
    })
    expect(result.code).toBe(1)
    expect(oneLine(result.stderr)).toEqual(['Cannot reach PostgreSQL at 127.0.0.1:1 (DATABASE_URL): ECONNREFUSED'])
  })

  it('refuses to start in production against a server without PAYLOAD_SECRET', async () => {
    const result = await launcher('start', { DATABASE_URL: process.env.DATABASE_URL! })
    expect(result.code).toBe(1)
    expect(oneLine(result.stderr)).toEqual([
      'Invalid configuration: PAYLOAD_SECRET is required when DATABASE_URL points at your own server (use 32+ random characters)',
    ])
  })

  it('refuses to start in production against a server without document encryption keys', async () => {
    const result = await launcher('start', { DATABASE_URL: process.env.DATABASE_URL!, PAYLOAD_SECRET: 'x'.repeat(40) })
    expect(result.code).toBe(1)
    expect(oneLine(result.stderr)).toEqual([
      'Invalid configuration: DOCUMENT_KEYS is required in production: id:<openssl rand -base64 32> (see docs/security.md)',
    ])
  })

  it('uses the server in DATABASE_URL and starts no embedded database', async () => {
    const result = await launcher('migrate', {
      DATABASE_URL: process.env.DATABASE_URL!,
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET!,
    })
    expect(result.stderr).not.toMatch(/error/i)
    expect(result.code).toBe(0)
    expect(existsSync(path.join(scratch, 'postgres'))).toBe(false)
  })
})
