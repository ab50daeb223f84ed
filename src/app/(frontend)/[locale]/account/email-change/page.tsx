import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { looksLikeEmailChangeToken } from '@/domain/emailChange'
import { Link } from '@/i18n/navigation'
import { isLocale, type Locale } from '@/i18n/routing'
import { PortalMessages } from '../_components/PortalMessages'
import styles from '../account.module.css'
import { ConfirmEmailChangeForm } from './ConfirmEmailChangeForm'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'account.emailChange' })
  return { title: t('title'), robots: { index: false } }
}

/**
 * Opened from the link mailed to the new address, signed in or not. Opening it changes nothing:
 * mail scanners follow links, so the change waits for the button (a POST).
 */
export default async function EmailChangePage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return null
  setRequestLocale(locale)
  const token = [(await searchParams).token].flat()[0]?.trim() ?? ''
  const t = await getTranslations({ locale, namespace: 'account.emailChange' })
  return (
    <div className={`container ${styles.authPage}`}>
      <div className={`card ${styles.authCard}`}>
        <h1>{t('title')}</h1>
        {looksLikeEmailChangeToken(token) ? (
          <>
            <p className={styles.lead}>{t('lead')}</p>
            <PortalMessages sections={['emailChange']}>
              <ConfirmEmailChangeForm token={token} />
            </PortalMessages>
          </>
        ) : (
          <>
            <p className="form-error" role="alert">
              {t('invalid')}
            </p>
            <p className={styles.lead}>{t('invalidHint')}</p>
            <Link href="/account" className="button button--ghost">
              {t('toSignIn')}
            </Link>
          </>
        )}
      </div>
    </div>
  )
}
