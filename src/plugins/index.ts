import { seoPlugin } from '@payloadcms/plugin-seo'
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import type { Env } from '@/config/env'
import { requestChecks } from './requestChecks'
import { s3ClientConfig } from './s3Config'

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
        // Private files, stored encrypted: only reachable through Payload's access check and our
        // handler, which reads the object and decrypts it (no signed URL: it would serve ciphertext).
        // No ACL is sent: objects stay as private as the bucket (docs/security.md, S3).
        documents: true,
      },
      config: s3ClientConfig(env),
    }),
    // Last, so it also covers collections the plugins above add.
    requestChecks,
  ]
}
