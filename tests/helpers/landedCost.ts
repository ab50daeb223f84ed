import type { LandedCostLine, LandedCostResult } from '../../src/domain/landedCost'

/** The priced result, or a failure that says why the engine refused. */
export function ok(result: LandedCostResult) {
  if (!result.ok) throw new Error(`refused: ${result.field}: ${result.reason}`)
  return result
}

/** One line of a breakdown by its code, or a failure naming the missing line. */
export function lineOf(lines: LandedCostLine[], code: string): LandedCostLine {
  const line = lines.find((l) => l.code === code)
  if (!line) throw new Error(`no ${code} line`)
  return line
}
