import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import { isLocale, type Locale } from '@/i18n/routing'
import { getPayloadClient } from '../../../_data/payload'
import { payloadStatus } from '../_lib/actionKit'
import { currentCustomer } from '../_lib/customer'
import styles from '../account.module.css'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'account.verify' })
  return { title: t('title') }
}

/** Confirms the address with the token from the e-mail; a used or unknown token says so kindly. */
async function verify(token: string): Promise<boolean> {
  if (!/^[A-Za-z0-9._-]{10,200}$/.test(token)) return false
  const payload = await getPayloadClient()
  try {
    return await payload.verifyEmail({ collection: 'customers', token })
  } catch (error) {
    if (payloadStatus(error) !== 403) payload.logger.error({ err: error, msg: 'e-mail verification failed' })
    return false
  }
}

export default async function VerifyPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return null
  setRequestLocale(locale)
  const token = [(await searchParams).token].flat()[0]?.trim() ?? ''
  const [verified, customer, t] = await Promise.all([
    verify(token),
    currentCustomer(),
    getTranslations({ locale, namespace: 'account.verify' }),
  ])
  return (
    <div className={`container ${styles.authPage}`}>
      <div className={`card ${styles.authCard}`}>
        <h1>{t('title')}</h1>
        {verified ? (
          <p className="form-success" role="status">
            {t('done')}
          </p>
        ) : (
          <p className="form-error" role="alert">
            {t('failed')}
          </p>
        )}
        <p className={styles.lead}>{verified ? t('doneHint') : t('failedHint')}</p>
        <Link href="/account" className="button button--brass">
          {customer ? t('toAccount') : t('toSignIn')}
        </Link>
      </div>
    </div>
  )
}
