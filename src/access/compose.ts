import type { Where } from 'payload'

import type { UserArgs, Who } from './roles'

type Check<A, R> = (args: A) => R

/**
 * Allowed as soon as one check allows outright; otherwise the records any of them allows (their
 * `where`s joined by `or`), or nothing.
 */
export function or<A>(...checks: Check<A, boolean>[]): Check<A, boolean>
export function or<A>(...checks: Check<A, boolean | Where>[]): Check<A, boolean | Where>
export function or<A>(...checks: Check<A, boolean | Where>[]): Check<A, boolean | Where> {
  return (args) => {
    const wheres: Where[] = []
    for (const check of checks) {
      const result = check(args)
      if (result === true) return true
      if (result) wheres.push(result)
    }
    return wheres.length > 1 ? { or: wheres } : (wheres[0] ?? false)
  }
}

/** Refused as soon as one check refuses; otherwise narrowed to the records every `where` allows. */
export function and<A>(...checks: Check<A, boolean>[]): Check<A, boolean>
export function and<A>(...checks: Check<A, boolean | Where>[]): Check<A, boolean | Where>
export function and<A>(...checks: Check<A, boolean | Where>[]): Check<A, boolean | Where> {
  return (args) => {
    const wheres: Where[] = []
    for (const check of checks) {
      const result = check(args)
      if (!result) return false
      if (result !== true) wheres.push(result)
    }
    return wheres.length > 1 ? { and: wheres } : (wheres[0] ?? true)
  }
}

/** `admin.hidden` asks the opposite question, with the user not wrapped in a request. */
export function hiddenUnless(check: Check<UserArgs, boolean>): (args: { user: Who }) => boolean {
  return ({ user }) => !check({ req: { user } })
}
