/**
 * Runs in its own process (tests/int/documentStorageS3.int.spec.ts): Payload with S3 on, against a
 * local S3 server (s3rver) started here, on the int database. The int project shares one Payload
 * built with S3 off, so this one cannot live in it. Prints one JSON line of what it saw.
 */
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

// Payload regenerates src/payload-types.ts in the background at startup: this S3 variant of the
// config (the plugin adds a `prefix` field) must not leave its types in the repository.
const typesFile = path.resolve('src/payload-types.ts')
const types = readFileSync(typesFile, 'utf8')

const port = await freePort()
const directory = mkdtempSync(path.join(os.tmpdir(), 'autoport-s3-'))
const BUCKET = 'autoport-documents'
async function startS3(): Promise<S3rver> {
  const server = new S3rver({
    port,
    address: '127.0.0.1',
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  })
  await server.run()
  return server
}
let s3 = await startS3()

Object.assign(process.env, {
  S3_BUCKET: BUCKET,
  S3_ENDPOINT: `http://127.0.0.1:${port}`,
  S3_REGION: 'us-east-1',
  S3_ACCESS_KEY_ID: 'S3RVER',
  S3_SECRET_ACCESS_KEY: 'S3RVER',
})

const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { createCustomer, PDF_MINIMAL } = await import('./fixtures')
const { rest, rawRest } = await import('./rest')
const { documentsDir, readDocumentFile } = await import('@/collections/Documents/fileStore')
const { isEncryptedFile } = await import('@/security/envelope')
const { getEnv } = await import('@/config/env')

const payload = await getPayload({ config })
const client = new S3Client({
  region: 'us-east-1',
  endpoint: `http://127.0.0.1:${port}`,
  forcePathStyle: true,
  credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
})
const exists = (Key: string) =>
  client.send(new HeadObjectCommand({ Bucket: BUCKET, Key })).then(
    () => true,
    () => false,
  )
const pdf = (marker: string) =>
  Buffer.from(PDF_MINIMAL.toString('latin1').replace('%PDF-1.4\n', `%PDF-1.4\n% ${marker}\n`), 'latin1')
const upload = (bytes: Buffer, name: string) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), name)
  form.append('_payload', JSON.stringify({ type: 'identity' }))
  return form
}

const seen: Record<string, unknown> = {}
try {
  const carol = await createCustomer(payload, 'carol')
  const original = pdf('s3-secret-marker')
  const created = await rest('POST', '/api/documents', { token: carol.token, body: upload(original, 'passport.pdf') })
  seen.created = created.status
  const filename = created.body.doc.filename as string
  const object = Buffer.from(
    await (await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: filename }))).Body!.transformToByteArray(),
  )
  seen.objectEncrypted = isEncryptedFile(object)
  seen.objectHoldsPlain = object.includes(Buffer.from('s3-secret-marker')) || object.includes(Buffer.from('%PDF'))
  seen.localCopy = (await import('node:fs')).existsSync(path.join(documentsDir(payload), filename))

  const download = await rawRest(
    new Request(new URL(`/api/documents/file/${filename}`, getEnv().SERVER_URL), {
      headers: { authorization: `JWT ${carol.token}` },
    }),
  )
  seen.download = download.status
  seen.downloadHeaders = Object.fromEntries(
    ['content-type', 'content-disposition', 'x-content-type-options', 'location'].map((h) => [
      h,
      download.headers.get(h),
    ]),
  )
  seen.downloadIsOriginal = Buffer.from(await download.arrayBuffer()).equals(original)
  seen.readDocumentFileIsOriginal = (await readDocumentFile(payload, created.body.doc)).equals(original)
  seen.anonymousDownload = (await rest('GET', `/api/documents/file/${filename}`)).status

  seen.deleted = (await rest('DELETE', `/api/documents/${created.body.doc.id}`, { token: carol.token })).status
  seen.objectAfterDelete = await exists(filename)

  // The bucket goes down during a deletion: the row goes, the object waits for the job.
  const second = await rest('POST', '/api/documents', { token: carol.token, body: upload(pdf('s3-second'), 'id.pdf') })
  const secondName = second.body.doc.filename as string
  await s3.close()
  seen.deletedWhileDown = (await rest('DELETE', `/api/documents/${second.body.doc.id}`, { token: carol.token })).status
  seen.rowAfterDeleteWhileDown = (
    await payload.count({ collection: 'documents', where: { id: { equals: second.body.doc.id } } })
  ).totalDocs
  const jobs = () =>
    payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'deleteStoredFile' } }, depth: 0 })
  seen.jobsQueued = (await jobs()).docs.map((job) => (job.input as { filename: string }).filename)
  s3 = await startS3()
  seen.objectWhileJobWaits = await exists(secondName)
  await payload.jobs.run({ limit: 10 })
  seen.objectAfterJob = await exists(secondName)
  seen.jobsLeft = (await jobs()).docs.length
  await client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: 'nothing' })).catch(() => {})
} catch (error) {
  seen.error = (error as Error).stack
} finally {
  console.log(`S3PROBE ${JSON.stringify(seen)}`)
  await payload.destroy().catch(() => {})
  await s3.close().catch(() => {})
  await new Promise((resolve) => setTimeout(resolve, 3000))
  if (readFileSync(typesFile, 'utf8') !== types) writeFileSync(typesFile, types)
  process.exit(0)
}
