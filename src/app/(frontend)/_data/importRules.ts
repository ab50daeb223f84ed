import 'server-only'

import { unstable_cache } from 'next/cache'

import type { ImportRules } from '@/domain/importRules'
import { toDomainImportRules } from '@/globals/ImportRules/mapping'
import { getPayloadClient } from './payload'

/** The French import rules as staff last saved them (public data), cached until edited. */
export const getImportRules = unstable_cache(
  async (): Promise<ImportRules> => {
    const payload = await getPayloadClient()
    const stored = await payload.findGlobal({ slug: 'import-rules', depth: 0, overrideAccess: false, user: null })
    return toDomainImportRules(stored as never)
  },
  ['import-rules'],
  { tags: ['import-rules'] },
)
