import type { PayloadRequest } from 'payload'

import type { ImportRules } from '@/domain/importRules'
import { toDomainImportRules } from './mapping'

/** The import rules as staff last saved them, in the shape the landed-cost engine reads. */
export async function loadImportRules(req: PayloadRequest): Promise<ImportRules> {
  const stored = await req.payload.findGlobal({ slug: 'import-rules', depth: 0, req })
  return toDomainImportRules(stored as never)
}
