import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

import { payloadProcessEnv } from '../../scripts/lib/payloadProcessEnv'
import { freshWorld } from '../helpers/world'

/**
 * Documents in S3, against a local S3 server: the object is ciphertext, the download through the API
 * is the original, a deletion removes the object, and one that fails while the bucket is down is
 * finished by the retry job. Runs in its own process (tests/helpers/s3Probe.ts): this one's Payload
 * is built with S3 off.
 */
describe('documents in S3', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the probe's JSON, read field by field
  let seen: Record<string, any>
  beforeAll(async () => {
    await freshWorld()
    const run = spawnSync(path.join('node_modules', '.bin', 'tsx'), ['tests/helpers/s3Probe.ts'], {
      env: payloadProcessEnv({ ...process.env, NODE_ENV: 'test' }),
      encoding: 'utf8',
      timeout: 180_000,
    })
    const line = run.stdout.split('\n').find((l) => l.startsWith('S3PROBE '))
    if (!line) throw new Error(`the S3 probe said nothing:\n${run.stdout}\n${run.stderr}`)
    seen = JSON.parse(line.slice('S3PROBE '.length))
  }, 200_000)

  it('ran to the end', () => expect(seen.error).toBeUndefined())

  it('stores ciphertext in the bucket and nothing on local disk', () => {
    expect(seen.created).toBe(201)
    expect(seen.objectEncrypted).toBe(true)
    expect(seen.objectHoldsPlain).toBe(false)
    expect(seen.localCopy).toBe(false)
  })

  it('serves the original bytes through the API, never a signed link to the object', () => {
    expect(seen.download).toBe(200)
    expect(seen.downloadIsOriginal).toBe(true)
    expect(seen.readDocumentFileIsOriginal).toBe(true)
    expect(seen.downloadHeaders).toMatchObject({
      'content-type': 'application/pdf',
      'x-content-type-options': 'nosniff',
      location: null,
    })
    expect(seen.downloadHeaders['content-disposition']).toMatch(/^attachment;/)
    expect(seen.anonymousDownload).toBeGreaterThanOrEqual(400)
  })

  it('deletes the object with the row', () => {
    expect(seen.deleted).toBe(200)
    expect(seen.objectAfterDelete).toBe(false)
  })

  it('keeps a deletion made while the bucket is down, and the job removes the object later', () => {
    expect(seen.deletedWhileDown).toBe(200)
    expect(seen.rowAfterDeleteWhileDown).toBe(0)
    expect(seen.jobsQueued).toHaveLength(1)
    expect(seen.objectWhileJobWaits).toBe(true)
    expect(seen.objectAfterJob).toBe(false)
    expect(seen.jobsLeft).toBe(0)
  })
})
