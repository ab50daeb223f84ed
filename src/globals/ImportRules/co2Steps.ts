import type { Co2Step } from '@/domain/importRules'

/**
 * A CO2 step table as staff paste it from the official grids: "grams:euros" pairs separated by spaces,
 * commas, semicolons or new lines (`113:50 114:75 115:100`). Amounts are whole euros.
 */
export const CO2_STEPS_FORMAT =
  '"grams:euros" pairs, whole euros, separated by spaces, commas or new lines, e.g. 113:50 114:75 115:100'

export type Co2StepsParse = { ok: true; steps: Co2Step[] } | { ok: false; error: string }

const PAIR = /^(\d{1,4}):(\d{1,7})$/

export function parseCo2Steps(text: string | null | undefined): Co2StepsParse {
  const tokens = (text ?? '')
    .replace(/\s*:\s*/g, ':')
    .split(/[\s,;]+/)
    .filter(Boolean)
  if (tokens.length === 0) return { ok: false, error: `No steps. Enter ${CO2_STEPS_FORMAT}.` }
  const steps: Co2Step[] = []
  for (const token of tokens) {
    const match = PAIR.exec(token)
    if (!match) return { ok: false, error: `"${token}" is not a grams:euros pair (whole numbers, e.g. 113:50).` }
    steps.push({ g: Number(match[1]), eur: Number(match[2]) })
  }
  return { ok: true, steps }
}

/** The textarea text of a step table, ten steps a line. */
export function formatCo2Steps(steps: readonly Co2Step[]): string {
  const lines: string[] = []
  for (let i = 0; i < steps.length; i += 10) {
    lines.push(
      steps
        .slice(i, i + 10)
        .map((step) => `${step.g}:${step.eur}`)
        .join(' '),
    )
  }
  return lines.join('\n')
}
