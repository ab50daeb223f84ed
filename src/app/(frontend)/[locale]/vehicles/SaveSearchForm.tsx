'use client'

import NextLink from 'next/link'
import { useActionState, useEffect, useState } from 'react'

import { localizedHref } from '@/components/localizedHref'
import type { Locale } from '@/i18n/routing'
import { FormMessage, TextField } from '../account/_components/Field'
import { SubmitButton } from '../account/_components/SubmitButton'
import { saveSearch, type SaveSearchState } from '../account/actions/saveSearch'
import styles from './search.module.css'

const initial: SaveSearchState = { status: 'idle' }

/** Its words come from the server page: the browser gets these strings, not a message catalogue. */
export type SaveSearchLabels = Record<
  'title' | 'lead' | 'name' | 'submit' | 'pending' | 'manage' | 'signIn' | 'signInLead',
  string
>

/**
 * "Save this search". The search page is cached for everyone, so who is signed in is asked from the
 * browser; until the answer comes (or if it fails) the form shows, and the action itself says when
 * the visitor must sign in first.
 */
export function SaveSearchForm({
  query,
  defaultName,
  locale,
  labels,
}: {
  query: string
  defaultName: string
  locale: Locale
  labels: SaveSearchLabels
}) {
  const t = (key: keyof SaveSearchLabels) => labels[key]
  const [state, action] = useActionState(saveSearch, initial)
  const [signedOut, setSignedOut] = useState(false)
  useEffect(() => {
    const controller = new AbortController()
    fetch('/api/customers/me', { credentials: 'same-origin', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { user?: unknown } | null) => setSignedOut(body !== null && !body.user))
      .catch(() => undefined)
    return () => controller.abort()
  }, [])

  const signIn = (
    <NextLink
      href={`${localizedHref('/account', locale)}?${new URLSearchParams({ next: `/vehicles?${query}` })}`}
      className="button button--small"
    >
      {t('signIn')}
    </NextLink>
  )

  return (
    <section aria-labelledby="save-search-title" className={`card ${styles.save}`}>
      <h2 id="save-search-title" className={styles.saveTitle}>
        {t('title')}
      </h2>
      {signedOut || state.signedOut ? (
        <>
          <p className={styles.saveLead}>{t('signInLead')}</p>
          {signIn}
        </>
      ) : state.status === 'success' ? (
        <>
          <FormMessage status="success" message={state.message} />
          <NextLink href={localizedHref('/account/searches', locale)}>{t('manage')}</NextLink>
        </>
      ) : (
        <form action={action} className={styles.saveForm}>
          <p className={styles.saveLead}>{t('lead')}</p>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="query" value={query} />
          <TextField
            name="name"
            id="save-search-name"
            label={t('name')}
            required
            maxLength={120}
            defaultValue={state.values?.name ?? defaultName}
            error={state.errors?.name}
          />
          <FormMessage status={state.status} message={state.message} />
          <SubmitButton pendingLabel={t('pending')} className="button button--small">
            {t('submit')}
          </SubmitButton>
        </form>
      )}
    </section>
  )
}
