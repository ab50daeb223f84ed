'use client'
import { useActionState, type ReactNode } from 'react'

import type { ContactFormState } from '@/server/contactMessage'
import { sendContactMessage } from './actions'

const initial: ContactFormState = { status: 'idle' }

/** The "trust.contact" messages, passed by the server page: plain strings, no catalogue in the browser. */
export type ContactLabels = { [key: string]: string | Record<string, string>; errors: Record<string, string> }

/** The contact form: server-validated, each error beside its field, nothing typed lost. */
export function ContactForm({ labels, locale }: { labels: ContactLabels; locale: string }) {
  const t = (key: string, values: Record<string, string> = {}) => {
    const entry = key.startsWith('errors.') ? labels.errors[key.slice('errors.'.length)] : labels[key]
    return (typeof entry === 'string' ? entry : key).replace(
      /\{(\w+)\}/g,
      (whole, name: string) => values[name] ?? whole,
    )
  }
  const [state, action, pending] = useActionState(sendContactMessage, initial)
  const values = state.values ?? {}
  const error = (name: string) => state.errors?.[name]

  if (state.status === 'sent') {
    return (
      <div className="card" role="status" style={{ padding: '1.5rem' }}>
        <h2>{t('sentTitle')}</h2>
        <p>{t('sent', { email: values.email ?? '' })}</p>
      </div>
    )
  }

  const a11y = (name: string, hint?: boolean) => ({
    id: `contact-${name}`,
    name,
    'aria-invalid': error(name) ? (true as const) : undefined,
    'aria-describedby':
      [hint ? `contact-${name}-hint` : '', error(name) ? `contact-${name}-error` : ''].filter(Boolean).join(' ') ||
      undefined,
  })
  const field = (name: string, label: string, control: ReactNode, hint?: string) => (
    <div className="field">
      <label htmlFor={`contact-${name}`}>{label}</label>
      {control}
      {hint && (
        <span className="hint" id={`contact-${name}-hint`}>
          {hint}
        </span>
      )}
      {error(name) && (
        <span className="error" id={`contact-${name}-error`}>
          {t(`errors.${error(name)}`)}
        </span>
      )}
    </div>
  )

  return (
    <form action={action} className="card" noValidate style={{ padding: '1.5rem', display: 'grid', gap: '1rem' }}>
      {state.message && (
        <p className="form-error" role="alert">
          {t(state.message)}
        </p>
      )}
      <input type="hidden" name="locale" value={locale} />
      {field(
        'name',
        t('name'),
        <input {...a11y('name')} autoComplete="name" maxLength={120} required defaultValue={values.name} />,
      )}
      {field(
        'email',
        t('email'),
        <input
          {...a11y('email')}
          type="email"
          autoComplete="email"
          maxLength={200}
          required
          defaultValue={values.email}
        />,
      )}
      {field(
        'phone',
        t('phone'),
        <input {...a11y('phone', true)} type="tel" autoComplete="tel" maxLength={30} defaultValue={values.phone} />,
        t('phoneHint'),
      )}
      {field(
        'subject',
        t('subject'),
        <input {...a11y('subject')} maxLength={140} required defaultValue={values.subject} />,
      )}
      {field(
        'message',
        t('message'),
        <textarea {...a11y('message')} rows={6} maxLength={4000} required defaultValue={values.message} />,
      )}
      <div className="field">
        <label className="checkbox" htmlFor="contact-consentContact">
          <input
            type="checkbox"
            {...a11y('consentContact', true)}
            required
            defaultChecked={values.consentContact === 'on'}
          />
          <span>{t('consent')}</span>
        </label>
        <span className="hint" id="contact-consentContact-hint">
          {t('consentHint')}
        </span>
        {error('consentContact') && (
          <span className="error" id="contact-consentContact-error">
            {t(`errors.${error('consentContact')}`)}
          </span>
        )}
      </div>
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="contact-website">{t('honeypot')}</label>
        <input id="contact-website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <div>
        <button type="submit" className="button button--brass" disabled={pending}>
          {pending ? t('sending') : t('send')}
        </button>
      </div>
    </form>
  )
}
