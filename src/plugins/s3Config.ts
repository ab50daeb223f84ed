import type { S3ClientConfig } from '@aws-sdk/client-s3'

import type { Env } from '@/config/env'

/** How we talk to the bucket: the S3 plugin (media, documents' uploads) and our own document reads share it. */
export function s3ClientConfig(env: Env): S3ClientConfig {
  return {
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
  }
}
