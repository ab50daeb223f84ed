import { getEnv } from '@/config/env'

type Recipient = { firstName?: string | null; language?: string | null } | undefined

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

function layout(title: string, body: string, action: { href: string; label: string }, footer: string): string {
  return `<!doctype html><html><body style="font-family:Arial,sans-serif;color:#14212b;background:#f6f4ef;padding:24px">
<table role="presentation" width="100%" style="max-width:560px;margin:auto;background:#fff;border-radius:12px;padding:28px">
<tr><td><p style="font-size:20px;font-weight:bold;color:#0f2a3f;margin:0 0 16px">Autoport</p>
<h1 style="font-size:20px;color:#0f2a3f">${escape(title)}</h1>${body}
<p style="margin:28px 0"><a href="${action.href}" style="background:#7f5614;color:#fff;padding:12px 22px;border-radius:24px;text-decoration:none;font-weight:bold">${escape(action.label)}</a></p>
<p style="font-size:13px;color:#4b5a66">${escape(footer)}<br>${escape(action.href)}</p></td></tr></table></body></html>`
}

const base = (user: Recipient) => `${getEnv().SERVER_URL}${user?.language === 'en' ? '/en' : ''}`
const hello = (user: Recipient, en: boolean) =>
  `<p>${en ? 'Hello' : 'Bonjour'}${user?.firstName ? ` ${escape(user.firstName)}` : ''},</p>`

/** The customer confirms their e-mail address on the storefront (not in the admin). */
export const verifyEmail = {
  generateEmailSubject: ({ user }: { user?: Recipient }) =>
    user?.language === 'en' ? 'Confirm your e-mail address · Autoport' : 'Confirmez votre adresse e-mail · Autoport',
  generateEmailHTML: ({ token, user }: { token?: string; user?: Recipient }) => {
    const en = user?.language === 'en'
    return layout(
      en ? 'Confirm your e-mail address' : 'Confirmez votre adresse e-mail',
      `${hello(user, en)}<p>${en ? 'Confirm your address to follow your quotes and orders in your account.' : 'Confirmez votre adresse pour suivre vos devis et commandes dans votre espace.'}</p>`,
      {
        href: `${base(user)}/account/verify?token=${encodeURIComponent(token ?? '')}`,
        label: en ? 'Confirm my address' : 'Confirmer mon adresse',
      },
      en
        ? 'If you did not create an account, ignore this e-mail.'
        : "Si vous n'avez pas créé de compte, ignorez ce message.",
    )
  },
}

export const resetPassword = {
  generateEmailSubject: (args?: { req?: unknown; token?: string; user?: Recipient }) =>
    args?.user?.language === 'en'
      ? 'Choose a new password · Autoport'
      : 'Choisissez un nouveau mot de passe · Autoport',
  generateEmailHTML: (args?: { token?: string; user?: Recipient }) => {
    const user = args?.user
    const en = user?.language === 'en'
    return layout(
      en ? 'Choose a new password' : 'Choisissez un nouveau mot de passe',
      `${hello(user, en)}<p>${en ? 'Someone (hopefully you) asked to reset the password of your Autoport account. The link is valid for one hour.' : 'Une réinitialisation du mot de passe de votre compte Autoport a été demandée. Le lien est valable une heure.'}</p>`,
      {
        href: `${base(user)}/account/reset-password?token=${encodeURIComponent(args?.token ?? '')}`,
        label: en ? 'Choose a new password' : 'Choisir un mot de passe',
      },
      en
        ? 'If you did not ask for it, ignore this e-mail: your password stays the same.'
        : "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.",
    )
  },
}
