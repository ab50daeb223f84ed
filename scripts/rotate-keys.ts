/**
 * `npm run keys:rotate`: puts every document's data key (and document number) under the first key
 * of DOCUMENT_KEYS. When it reports success, the older keys can be removed (docs/security.md).
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { rotateDocumentKeys } from '../src/collections/Documents/rotateKeys'

const payload = await getPayload({ config, disableOnInit: true })
let code = 0
try {
  await rotateDocumentKeys(payload, (line) => console.log(line))
} catch (error) {
  console.error(`Rotation stopped: ${(error as Error).message}. Keep every key listed and run it again.`)
  code = 1
} finally {
  await payload.destroy()
}
process.exit(code)
