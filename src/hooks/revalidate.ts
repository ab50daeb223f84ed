import { revalidateTag } from 'next/cache'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  RequestContext,
} from 'payload'

/**
 * Storefront reads are cached by tag; a change drops the tag so the next visitor sees it. Seeds and
 * tests pass `context.disableRevalidate`. Outside a Next.js server (CLI scripts) there is no cache
 * to drop, which revalidateTag reports by throwing: that is not an error for the save.
 */
function drop(tags: string[], context: RequestContext) {
  if (context.disableRevalidate) return
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch {
      // not running inside Next.js
    }
  }
}

export const revalidateCollection = (...tags: string[]) => ({
  afterChange: (({ doc, context }) => {
    drop(tags, context)
    return doc
  }) as CollectionAfterChangeHook,
  afterDelete: (({ doc, context }) => {
    drop(tags, context)
    return doc
  }) as CollectionAfterDeleteHook,
})

export const revalidateGlobal =
  (...tags: string[]): GlobalAfterChangeHook =>
  ({ doc, context }) => {
    drop(tags, context)
    return doc
  }
