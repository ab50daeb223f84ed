import { LINE_LABELS } from './labels'

/** Quotes priced before port handling had a code of its own stored it as an "other" line. */
const OTHER_LABELS = [LINE_LABELS.port_handling]

/**
 * A stored line's label in `language` when it is still one of ours (a quote keeps its lines in the
 * customer's language); a label staff reworded is kept as written.
 */
export function lineLabelIn(line: { code: string; label: string }, language: 'fr' | 'en'): string {
  const candidates =
    line.code === 'other' ? OTHER_LABELS : [(LINE_LABELS as Record<string, { en: string; fr: string }>)[line.code]]
  const known = candidates.find((pair) => pair && (line.label === pair.fr || line.label === pair.en))
  return known ? known[language] : line.label
}
