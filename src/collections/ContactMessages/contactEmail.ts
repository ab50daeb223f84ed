import { escapeHtml } from '@/notifications/templates/escape'

type Message = {
  name: string
  email: string
  phone?: string | null
  subject: string
  message: string
  language?: string | null
}

/** The team's copy of a contact message, in English (the back office's language), HTML and plain text. */
export function contactEmail(message: Message, adminUrl: string) {
  const rows: [string, string][] = [
    ['From', `${message.name} <${message.email}>`],
    ['Phone', message.phone || '—'],
    ['Language', message.language === 'en' ? 'English' : 'French'],
    ['Subject', message.subject],
  ]
  return {
    subject: `Contact form: ${message.subject}`.slice(0, 200),
    text: `${rows.map(([label, value]) => `${label}: ${value}`).join('\n')}\n\n${message.message}\n\n${adminUrl}`,
    html: `<!doctype html><html><body style="font-family:Arial,sans-serif;color:#14212b">
<p style="font-size:18px;font-weight:bold">New contact message</p>
<table role="presentation">${rows
      .map(
        ([label, value]) =>
          `<tr><td style="padding-right:12px;color:#4b5a66">${label}</td><td>${escapeHtml(value)}</td></tr>`,
      )
      .join('')}</table>
<p style="white-space:pre-wrap">${escapeHtml(message.message)}</p>
<p><a href="${escapeHtml(adminUrl)}">Open it in the back office</a></p></body></html>`,
  }
}
