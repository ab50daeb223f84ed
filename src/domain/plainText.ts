/**
 * What visitors type is stored and shown as plain text. Markup is refused rather than stored:
 * staff read these fields in the admin, e-mails and exports, where a stray tag would be a trap.
 * "< 30 000 €" or "<3" stay allowed: only a "<" opening a tag, a closing tag or a comment counts.
 */
const MARKUP = /<\s*(?:[/?]?\s*[a-z]|!)/i
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f]/

export function hasMarkup(value: string): boolean {
  return MARKUP.test(value)
}

/** One line of text: no control characters (tabs and line breaks included). */
export function hasControlCharacters(value: string): boolean {
  return CONTROL.test(value)
}
