import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { startEmbeddedDatabase } from '@/config/embeddedDatabase'

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

describe('embedded PostgreSQL', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'autoport-embedded-'))
  chmodSync(scratch, 0o755)
  const dataDir = path.join(scratch, 'postgres')
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  it('keeps its data across a stop and a restart on another port', async () => {
    const first = await startEmbeddedDatabase(dataDir)
    expect(first.owned).toBe(true)
    await query(first.url, "CREATE TABLE garage (name text); INSERT INTO garage VALUES ('Alpine A110')")
    await first.stop()

    const second = await startEmbeddedDatabase(dataDir)
    try {
      expect(await query(second.url, 'SELECT name FROM garage')).toEqual([{ name: 'Alpine A110' }])
      const [{ server_version: version }] = await query(second.url, 'SHOW server_version')
      expect(version).toMatch(/^17\./)
    } finally {
      await second.stop()
    }
  })

  it('lets a second process join a cluster that is already running instead of starting another', async () => {
    const owner = await startEmbeddedDatabase(dataDir)
    try {
      const joiner = await startEmbeddedDatabase(dataDir)
      expect(joiner.owned).toBe(false)
      expect(joiner.url).toBe(owner.url)
      await joiner.stop()
      expect(await query(owner.url, 'SELECT count(*)::int AS n FROM garage')).toEqual([{ n: 1 }])
    } finally {
      await owner.stop()
    }
  })
})
