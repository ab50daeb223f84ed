import { ValidationError, type GlobalBeforeChangeHook } from 'payload'

import { checkImportRules } from '@/domain/importRulesCheck'
import { parseCo2Steps } from '../co2Steps'
import type { ImportRulesData } from '../data'
import { toDomainImportRules } from '../mapping'
import { problemPaths } from './problemPaths'

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The saved document with this update applied: groups merge, arrays and values replace. */
function merge(saved: unknown, update: unknown): unknown {
  if (!isPlainObject(saved) || !isPlainObject(update)) return update === undefined ? saved : update
  const merged: Record<string, unknown> = { ...saved }
  for (const [key, value] of Object.entries(update)) merged[key] = merge(saved[key], value)
  return merged
}

/**
 * Refuses rules that `checkImportRules` finds inconsistent (dangling source ids, overlapping rows, gaps
 * in a CO2 grid…): nothing is saved and each problem is reported on its field.
 */
export const refuseInconsistentRules: GlobalBeforeChangeHook = ({ data, originalDoc, req, global }) => {
  const next = merge(originalDoc, data) as ImportRulesData
  // A step text that does not parse is reported by the field's own validation, which runs next.
  if ((next.co2Grids ?? []).some((grid) => !parseCo2Steps(grid?.steps).ok)) return data
  const rules = toDomainImportRules(next)
  const problems = checkImportRules(rules)
  if (problems.length === 0) return data
  const pathOf = problemPaths(rules)
  throw new ValidationError(
    {
      global: global.slug,
      errors: problems.map((problem) => ({ path: pathOf(problem), message: problem, label: problem })),
      req,
    },
    req.t,
  )
}
