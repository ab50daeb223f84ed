import { escapeHtml, safeUrl } from './escape'
import type { Message } from './message'
import type { Brand, MessageLocale } from './types'

const NAVY = '#0f2a44'
const BRASS = '#8a5a14'
const PAGE = '#f4f1ea'
const INK = '#1f2933'
const MUTED = '#6b6459'
const RULE = '#e6e0d4'
const FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"

const WORDS: Record<MessageLocale, { fallback: string; colon: string }> = {
  fr: { fallback: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur\u00a0:', colon: '\u00a0:' },
  en: { fallback: 'If the button does not work, copy this link into your browser:', colon: ':' },
}

/** The footer's identity line: name, address, phone, e-mail, whichever the brand gives. */
function brandLines(brand: Brand): string[] {
  return [brand.address, [brand.phone, brand.email].filter(Boolean).join(' · ')].filter(
    (line): line is string => !!line && line.trim() !== '',
  )
}

function paragraph(text: string, style = ''): string {
  const html = escapeHtml(text).replace(/\n/g, '<br>')
  return `<p style="margin:0 0 16px;font-family:${FONT};font-size:16px;line-height:1.6;color:${INK};${style}">${html}</p>`
}

function noteHtml(note: NonNullable<Message['note']>): string {
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 20px;">
<tr><td style="border-left:4px solid ${BRASS};background:#faf7f1;padding:12px 16px;font-family:${FONT};">
<div style="font-size:12px;font-weight:700;letter-spacing:0.06em;text-transform:uppercase;color:${BRASS};margin:0 0 6px;">${escapeHtml(note.label)}</div>
<div style="font-size:15px;line-height:1.55;color:${INK};">${escapeHtml(note.text).replace(/\n/g, '<br>')}</div>
</td></tr></table>`
}

function summaryHtml(summary: NonNullable<Message['summary']>, siteUrl: string): string {
  const rows = summary.rows
    .map((row) => {
      const border = row.strong ? `border-top:2px solid ${NAVY};` : `border-top:1px solid ${RULE};`
      const weight = row.strong ? 'font-weight:700;' : ''
      const label = row.url
        ? `<a href="${escapeHtml(safeUrl(row.url, siteUrl))}" style="color:${NAVY};text-decoration:underline;">${escapeHtml(row.label)}</a>`
        : escapeHtml(row.label)
      const image = row.imageUrl
        ? `<img src="${escapeHtml(safeUrl(row.imageUrl, siteUrl))}" width="72" height="54" alt="" style="display:block;width:72px;height:54px;object-fit:cover;border-radius:4px;border:0;margin:0 0 6px;">`
        : ''
      return `<tr>
<td style="${border}padding:10px 12px 10px 0;font-family:${FONT};font-size:15px;line-height:1.4;color:${INK};${weight}">${image}${label}</td>
<td align="right" style="${border}padding:10px 0;font-family:${FONT};font-size:15px;line-height:1.4;color:${INK};white-space:nowrap;vertical-align:bottom;${weight}">${escapeHtml(row.value)}</td>
</tr>`
    })
    .join('\n')
  const title = summary.title
    ? `<tr><td colspan="2" style="padding:0 0 8px;font-family:${FONT};font-size:13px;font-weight:700;letter-spacing:0.06em;text-transform:uppercase;color:${MUTED};">${escapeHtml(summary.title)}</td></tr>\n`
    : ''
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px;border-collapse:collapse;">
${title}${rows}
</table>`
}

function buttonHtml(label: string, url: string): string {
  const href = escapeHtml(url)
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px;">
<tr><td align="center" bgcolor="${BRASS}" style="border-radius:6px;background:${BRASS};">
<!--[if mso]><v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" href="${href}" style="height:48px;v-text-anchor:middle;width:280px;" arcsize="12%" stroke="f" fillcolor="${BRASS}"><center style="color:#ffffff;font-family:Arial,sans-serif;font-size:16px;font-weight:bold;">${escapeHtml(label)}</center></v:roundrect><![endif]-->
<!--[if !mso]><!-- --><a href="${href}" style="display:inline-block;padding:14px 28px;font-family:${FONT};font-size:16px;font-weight:700;line-height:20px;color:#ffffff;text-decoration:none;border-radius:6px;">${escapeHtml(label)}</a><!--<![endif]-->
</td></tr></table>`
}

/** A table-based e-mail with inline styles: what Gmail, Outlook and Apple Mail all render alike. */
export function renderHtml(message: Message, locale: MessageLocale, brand: Brand): string {
  const siteUrl = escapeHtml(brand.siteUrl)
  const actionUrl = safeUrl(message.action.url, brand.siteUrl)
  const body = [
    `<h1 style="margin:0 0 20px;font-family:${FONT};font-size:24px;line-height:1.3;font-weight:700;color:${NAVY};">${escapeHtml(message.heading)}</h1>`,
    ...message.paragraphs.map((text) => paragraph(text)),
    message.note ? noteHtml(message.note) : '',
    message.summary && message.summary.rows.length > 0 ? summaryHtml(message.summary, brand.siteUrl) : '',
    buttonHtml(message.action.label, actionUrl),
    paragraph(`${WORDS[locale].fallback}`, `font-size:13px;color:${MUTED};margin-bottom:4px;`),
    `<p style="margin:0 0 20px;font-family:${FONT};font-size:13px;line-height:1.5;word-break:break-all;"><a href="${escapeHtml(actionUrl)}" style="color:${NAVY};">${escapeHtml(actionUrl)}</a></p>`,
    message.footnote ? paragraph(message.footnote, `font-size:14px;color:${MUTED};margin:0;`) : '',
  ]
    .filter(Boolean)
    .join('\n')
  const footerLinks = (message.footerLinks ?? [])
    .map(
      (link) =>
        `<a href="${escapeHtml(safeUrl(link.url, brand.siteUrl))}" style="color:${MUTED};text-decoration:underline;">${escapeHtml(link.label)}</a>`,
    )
    .join(' · ')
  const footer = [
    `<strong style="color:${INK};">${escapeHtml(brand.siteName)}</strong>`,
    ...brandLines(brand).map(escapeHtml),
    `<span style="display:block;margin-top:10px;">${escapeHtml(message.reason)}</span>`,
    footerLinks ? `<span style="display:block;margin-top:6px;">${footerLinks}</span>` : '',
  ]
    .filter(Boolean)
    .join('<br>')
  // Invisible filler after the preheader keeps clients from showing the first lines of the body next to it.
  const filler = '&#847;&zwnj;&nbsp;'.repeat(40)

  return `<!DOCTYPE html>
<html lang="${locale}" dir="ltr" xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="x-apple-disable-message-reformatting">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>${escapeHtml(message.subject)}</title>
<style>
@media (max-width: 480px) {
  .ap-band { padding: 16px 20px !important; }
  .ap-card { padding: 24px 20px !important; }
  .ap-footer { padding: 20px !important; }
}
</style>
</head>
<body style="margin:0;padding:0;width:100%;background:${PAGE};-webkit-text-size-adjust:100%;">
<div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;">${escapeHtml(message.preheader)}${filler}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="${PAGE}" style="background:${PAGE};">
<tr><td align="center" style="padding:24px 12px;">
<!--[if mso]><table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;">
<tr><td class="ap-band" bgcolor="${NAVY}" style="background:${NAVY};border-top:4px solid ${BRASS};border-radius:8px 8px 0 0;padding:20px 32px;">
<a href="${siteUrl}" style="font-family:${FONT};font-size:22px;font-weight:800;letter-spacing:0.04em;color:#ffffff;text-decoration:none;">${escapeHtml(brand.siteName)}</a>
<div style="width:40px;height:3px;line-height:3px;font-size:0;background:${BRASS};margin-top:8px;">&nbsp;</div>
</td></tr>
<tr><td class="ap-card" bgcolor="#ffffff" style="background:#ffffff;padding:32px;border-radius:0 0 8px 8px;">
${body}
</td></tr>
<tr><td class="ap-footer" style="padding:24px 32px;font-family:${FONT};font-size:12px;line-height:1.6;color:${MUTED};text-align:center;">
${footer}
</td></tr>
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr>
</table>
</body>
</html>
`
}

/** The same content for clients that show text only; the button becomes "Label: URL". */
export function renderText(message: Message, locale: MessageLocale, brand: Brand): string {
  const colon = WORDS[locale].colon
  const blocks: string[] = [message.heading, ...message.paragraphs]
  if (message.note) blocks.push(`${message.note.label}${colon}\n${message.note.text}`)
  if (message.summary && message.summary.rows.length > 0) {
    const rows = message.summary.rows.map((row) => {
      const line = `${row.label}${colon} ${row.value}`
      return row.url ? `${line}\n  ${safeUrl(row.url, brand.siteUrl)}` : line
    })
    blocks.push([message.summary.title, ...rows].filter(Boolean).join('\n'))
  }
  blocks.push(`${message.action.label}${colon} ${safeUrl(message.action.url, brand.siteUrl)}`)
  if (message.footnote) blocks.push(message.footnote)
  const footer = [
    '--',
    brand.siteName,
    ...brandLines(brand),
    brand.siteUrl,
    '',
    message.reason,
    ...(message.footerLinks ?? []).map((link) => `${link.label}${colon} ${safeUrl(link.url, brand.siteUrl)}`),
  ]
  blocks.push(footer.join('\n'))
  return `${blocks.join('\n\n')}\n`
}
