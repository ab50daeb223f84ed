'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { SubmitButton } from '../_components/SubmitButton'
import { initialFormState } from '../_lib/formState'
import { changeSearch } from '../actions/changeSearch'
import styles from '../account.module.css'

/** The alerts switch and the delete button of one saved search; each names the search for screen readers. */
export function SearchActions({ id, name, alerts }: { id: string; name: string; alerts: boolean }) {
  const locale = useLocale()
  const t = useTranslations('account.searches')
  const [state, action] = useActionState(changeSearch, initialFormState)
  const detail = <span className="visually-hidden"> {t('detail', { name })}</span>
  return (
    <form action={action} className={styles.deleteForm}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton
        pendingLabel={t('toggling')}
        className="button button--ghost button--small"
        name="intent"
        value={alerts ? 'alertsOff' : 'alertsOn'}
      >
        {t(alerts ? 'turnOff' : 'turnOn')}
        {detail}
      </SubmitButton>
      <SubmitButton
        pendingLabel={t('deleting')}
        className="button button--ghost button--small"
        name="intent"
        value="delete"
      >
        {t('delete')}
        {detail}
      </SubmitButton>
      <div role="status">{state.status === 'error' && state.message && <p className="error">{state.message}</p>}</div>
    </form>
  )
}
