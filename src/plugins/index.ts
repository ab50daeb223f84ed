import { seoPlugin } from '@payloadcms/plugin-seo'
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import type { Env } from '@/config/env'
import { requestChecks } from './requestChecks'

export function plugins(env: Env): Plugin[] {
  return [
    seoPlugin({
      collections: ['pages', 'vehicles'],
      uploadsCollection: 'media',
      generateTitle: ({ doc }) => `${doc?.title ?? ''} · Autoport`.trim(),
      generateDescription: ({ doc }) => (typeof doc?.headline === 'string' ? doc.headline : ''),
      generateURL: ({ doc, collectionConfig }) =>
        `${env.SERVER_URL}${collectionConfig?.slug === 'vehicles' ? '/vehicles' : ''}/${doc?.slug ?? ''}`,
    }),
    // Always registered so the generated import map stays the same whether S3 is on or off.
    s3Storage({
      enabled: Boolean(env.S3_BUCKET),
      alwaysInsertFields: true,
      bucket: env.S3_BUCKET ?? 'autoport',
      collections: {
        media: true,
        // Private files: only reachable through Payload's access check, then a link valid 5 minutes.
        documents: { signedDownloads: { expiresIn: 300, shouldUseSignedURL: () => true } },
      },
      config: {
        region: env.S3_REGION,
        endpoint: env.S3_ENDPOINT,
        // S3-compatible servers (MinIO, s3rver) address buckets by path and reject aws-chunked bodies.
        forcePathStyle: Boolean(env.S3_ENDPOINT),
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        credentials:
          env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
            ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
            : undefined,
      },
    }),
    // Last, so it also covers collections the plugins above add.
    requestChecks,
  ]
}
