import type { Metadata } from 'next'
import { connection } from 'next/server'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { findUnsubscribeTarget } from '@/collections/SavedSearches/unsubscribe'
import { Link } from '@/components/Link'
import { isLocale } from '@/i18n/routing'
import { getPayloadClient } from '../../../_data/payload'
import styles from '../../account/account.module.css'
import { UnsubscribeForm } from './UnsubscribeForm'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  robots: { index: false, follow: false, nocache: true },
  referrer: 'no-referrer',
}

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/**
 * The digest's unsubscribe link, without signing in. Opening it changes nothing (mail scanners open
 * every link): the visitor confirms with the button.
 */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return null
  setRequestLocale(locale)
  await connection()
  const query = await searchParams
  const id = [query.id].flat()[0]
  const token = [query.token].flat()[0]
  const [t, payload] = await Promise.all([
    getTranslations({ locale, namespace: 'account.searches.unsubscribe' }),
    getPayloadClient(),
  ])
  const search = await findUnsubscribeTarget(payload, id, token)

  return (
    <div className={`container ${styles.page}`}>
      <header className={styles.head}>
        <h1>{t('title')}</h1>
      </header>
      <div className={`card ${styles.panel}`}>
        {!search ? (
          <p className="form-error" role="alert">
            {t('invalid')}
          </p>
        ) : !search.alerts ? (
          <p className="form-success">{t('alreadyOff', { name: search.name })}</p>
        ) : (
          <>
            <p>{t('confirmLead', { name: search.name })}</p>
            <UnsubscribeForm
              id={search.id}
              token={token!}
              locale={locale}
              labels={{ confirm: t('confirm'), pending: t('pending') }}
            />
          </>
        )}
        <p>
          <Link href="/account/searches" locale={locale}>
            {t('manage')}
          </Link>
        </p>
      </div>
    </div>
  )
}
