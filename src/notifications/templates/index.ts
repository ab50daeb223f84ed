import { safeUrl } from './escape'
import { renderHtml, renderText } from './layout'
import { messageContext, type Message, type MessageDefinition } from './message'
import { accountConfirmation } from './messages/accountConfirmation'
import { dataExportReady } from './messages/dataExportReady'
import { documentRejected } from './messages/documentRejected'
import { documentVerified } from './messages/documentVerified'
import { emailChangeConfirm } from './messages/emailChangeConfirm'
import { emailChangeRequested } from './messages/emailChangeRequested'
import { erasureDone } from './messages/erasureDone'
import { orderMilestone } from './messages/orderMilestone'
import { passwordChanged } from './messages/passwordChanged'
import { passwordReset } from './messages/passwordReset'
import { paymentFailed } from './messages/paymentFailed'
import { paymentReceived } from './messages/paymentReceived'
import { paymentRefunded } from './messages/paymentRefunded'
import { quoteAccepted } from './messages/quoteAccepted'
import { quoteExpiring } from './messages/quoteExpiring'
import { quoteRequestReceived } from './messages/quoteRequestReceived'
import { quoteSent } from './messages/quoteSent'
import { savedSearchDigest } from './messages/savedSearchDigest'
import { staffNewRequest } from './messages/staffNewRequest'
import type { Brand, MessageLocale, RenderedEmail, TemplateName, TemplateVars } from './types'

const MESSAGES: { [K in TemplateName]: MessageDefinition<K> } = {
  quote_request_received: quoteRequestReceived,
  staff_new_request: staffNewRequest,
  quote_sent: quoteSent,
  quote_expiring: quoteExpiring,
  quote_accepted: quoteAccepted,
  payment_received: paymentReceived,
  payment_failed: paymentFailed,
  payment_refunded: paymentRefunded,
  order_milestone: orderMilestone,
  document_verified: documentVerified,
  document_rejected: documentRejected,
  data_export_ready: dataExportReady,
  erasure_done: erasureDone,
  saved_search_digest: savedSearchDigest,
  account_confirmation: accountConfirmation,
  password_reset: passwordReset,
  email_change_confirm: emailChangeConfirm,
  password_changed: passwordChanged,
  email_change_requested: emailChangeRequested,
}

/** Two standard SMS segments of Unicode text: more would be split and billed again. */
const SMS_MAX_LENGTH = 320

function compose<T extends TemplateName>(
  template: T,
  locale: MessageLocale,
  variables: TemplateVars[T],
  brand: Brand,
): Message {
  const definition = MESSAGES[template] as MessageDefinition<T> | undefined
  if (!definition) throw new Error(`Unknown message template '${String(template)}'.`)
  return definition(variables, messageContext(locale, brand))
}

/** Subject lines go into a header: one line, however the variables were typed. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

export function renderEmail<T extends TemplateName>(
  template: T,
  locale: MessageLocale,
  variables: TemplateVars[T],
  brand: Brand,
): RenderedEmail {
  const message = compose(template, locale, variables, brand)
  const subject = oneLine(message.subject)
  return {
    subject,
    html: renderHtml({ ...message, subject }, locale, brand),
    text: renderText({ ...message, subject }, locale, brand),
  }
}

/**
 * The text message: the words, then the one link that matters. Long names are cut, never the link,
 * so the whole stays within two segments.
 */
export function renderSms<T extends TemplateName>(
  template: T,
  locale: MessageLocale,
  variables: TemplateVars[T],
  brand: Brand,
): string {
  const message = compose(template, locale, variables, brand)
  const actionUrl = safeUrl(message.action.url, brand.siteUrl)
  // A link cut short leads nowhere: an absurdly long one gives way to the site's address.
  const link = actionUrl.length <= SMS_MAX_LENGTH / 2 ? actionUrl : safeUrl(brand.siteUrl, brand.siteUrl)
  const words = oneLine(message.sms)
  const room = SMS_MAX_LENGTH - link.length - 1
  const text = words.length <= room ? words : `${words.slice(0, room - 1).trimEnd()}…`
  return `${text} ${link}`
}
