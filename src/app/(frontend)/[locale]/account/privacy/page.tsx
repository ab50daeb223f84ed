import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { date } from '@/components/format'
import { isLocale, type Locale } from '@/i18n/routing'
import { getPayloadClient } from '../../../_data/payload'
import { PortalMessages } from '../_components/PortalMessages'
import { requireCustomer } from '../_lib/customer'
import styles from '../account.module.css'
import { EraseForm, ExportForm } from './PrivacyForms'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ link?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'account.privacy' })
  return { title: t('title') }
}

/** "Your data": a copy of everything we hold (GDPR art. 15, 20) and the account's erasure (art. 17). */
export default async function PrivacyPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return null
  setRequestLocale(locale)
  const customer = await requireCustomer(locale, '/account/privacy')
  const t = await getTranslations({ locale, namespace: 'account.privacy' })
  const { link } = await searchParams

  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'data-exports',
    where: { and: [{ customer: { equals: customer.id } }, { status: { in: ['queued', 'ready'] } }] },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    select: { status: true, expiresAt: true },
    overrideAccess: false,
    user: customer,
  })
  const current = docs[0]

  return (
    <div className={`container ${styles.page} ${styles.narrow}`}>
      <header className={styles.head}>
        <h1>{t('title')}</h1>
        <p className={styles.lead}>{t('lead')}</p>
      </header>
      {link === 'invalid' && (
        <p className="error" role="alert">
          {t('linkInvalid')}
        </p>
      )}
      <PortalMessages sections={['privacy']}>
        <section className={`card ${styles.fieldset}`} aria-labelledby="privacy-export">
          <h2 id="privacy-export" className={styles.legend}>
            {t('exportTitle')}
          </h2>
          <p>{t('exportText')}</p>
          {current?.status === 'queued' && <p className={styles.note}>{t('exportInProgress')}</p>}
          {current?.status === 'ready' && current.expiresAt && (
            <p className={styles.note}>{t('exportReady', { date: date(current.expiresAt, locale) })}</p>
          )}
          <ExportForm />
        </section>
        <section className={`card ${styles.fieldset}`} aria-labelledby="privacy-erase">
          <h2 id="privacy-erase" className={styles.legend}>
            {t('eraseTitle')}
          </h2>
          <p>{t('eraseText')}</p>
          <p>{t('eraseKept')}</p>
          <p className={styles.note}>{t('eraseBlocked')}</p>
          <EraseForm />
        </section>
      </PortalMessages>
    </div>
  )
}
