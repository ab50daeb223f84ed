/**
 * French copy takes a no-break space before : ; ? ! and inside « », and every message uses the
 * typographic apostrophe. The tags treat only the literal parts of a template: names, numbers and
 * URLs interpolated into them are left exactly as they are.
 */
const NBSP = '\u00a0'

function frenchTypography(text: string): string {
  return text
    .replace(/'/g, '’')
    .replace(/ ([:;?!»])/g, `${NBSP}$1`)
    .replace(/« /g, `«${NBSP}`)
}

function englishTypography(text: string): string {
  return text.replace(/'/g, '’')
}

function tag(treat: (text: string) => string) {
  return (strings: TemplateStringsArray, ...values: unknown[]): string =>
    strings.reduce((out, part, index) => out + treat(part) + (index < values.length ? String(values[index]) : ''), '')
}

export const fr = tag(frenchTypography)
export const en = tag(englishTypography)

/** The same typography for a whole French string that holds no variable. */
export function frenchText(text: string): string {
  return frenchTypography(text)
}
