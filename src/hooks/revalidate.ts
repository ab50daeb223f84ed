import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  RequestContext,
} from 'payload'

import { revalidateTags } from '@/cache/revalidateTags'

/**
 * Storefront reads are cached by tag; a change drops the tag so the next visitor sees it. Seeds and
 * tests pass `context.disableRevalidate`. Saves made by the job worker reach the shared cache
 * directly (src/cache/revalidateTags.ts).
 */
async function drop(tags: string[], context: RequestContext) {
  if (context.disableRevalidate) return
  await revalidateTags(tags)
}

export const revalidateCollection = (...tags: string[]) => ({
  afterChange: (async ({ doc, context }) => {
    await drop(tags, context)
    return doc
  }) as CollectionAfterChangeHook,
  afterDelete: (async ({ doc, context }) => {
    await drop(tags, context)
    return doc
  }) as CollectionAfterDeleteHook,
})

export const revalidateGlobal =
  (...tags: string[]): GlobalAfterChangeHook =>
  async ({ doc, context }) => {
    await drop(tags, context)
    return doc
  }
