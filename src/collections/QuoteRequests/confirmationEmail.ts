const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** "Confirm your quote request" in the requester's language, HTML and plain text. */
export function confirmationEmail({ firstName, en, link }: { firstName?: string | null; en: boolean; link: string }) {
  const subject = en ? 'Confirm your quote request · Autoport' : 'Confirmez votre demande de devis · Autoport'
  const greeting = `${en ? 'Hello' : 'Bonjour'}${firstName ? ` ${firstName}` : ''},`
  const lead = en
    ? 'Thank you for your request. Confirm your e-mail address so that we can prepare your quote; the link is valid for 3 days.'
    : 'Merci pour votre demande. Confirmez votre adresse e-mail pour que nous préparions votre devis ; le lien est valable 3 jours.'
  const action = en ? 'Confirm my request' : 'Confirmer ma demande'
  const ignore = en
    ? 'If you did not make this request, ignore this e-mail.'
    : "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message."
  return {
    subject,
    text: `${greeting}\n\n${lead}\n\n${action}: ${link}\n\n${ignore}`,
    html: `<!doctype html><html><body style="font-family:Arial,sans-serif;color:#14212b;background:#f6f4ef;padding:24px">
<table role="presentation" width="100%" style="max-width:560px;margin:auto;background:#fff;border-radius:12px;padding:28px"><tr><td>
<p style="font-size:20px;font-weight:bold;color:#0f2a3f">Autoport</p><p>${escape(greeting)}</p><p>${escape(lead)}</p>
<p style="margin:28px 0"><a href="${escape(link)}" style="background:#7f5614;color:#fff;padding:12px 22px;border-radius:24px;text-decoration:none;font-weight:bold">${escape(action)}</a></p>
<p style="font-size:13px;color:#4b5a66">${escape(ignore)}<br>${escape(link)}</p></td></tr></table></body></html>`,
  }
}
