import { defaultKeyring, parseKeyring, type Keyring } from '@/security/envelope'
import { getEnv } from './env'

let override: Keyring | undefined
let cached: Keyring | undefined

/**
 * The keys that encrypt documents: DOCUMENT_KEYS, or on a machine without it (dev, test, demo on
 * the embedded database) one derived from PAYLOAD_SECRET under the id `default`.
 */
export function documentKeyring(): Keyring {
  if (override) return override
  const env = getEnv()
  cached ??= env.DOCUMENT_KEYS
    ? parseKeyring(env.DOCUMENT_KEYS, env.PAYLOAD_SECRET)
    : defaultKeyring(env.PAYLOAD_SECRET)
  return cached
}

/** Swaps the keys of this process (tests of rotation); `undefined` goes back to the environment's. */
export function useDocumentKeys(spec: string | undefined): void {
  override = spec ? parseKeyring(spec, getEnv().PAYLOAD_SECRET) : undefined
}
