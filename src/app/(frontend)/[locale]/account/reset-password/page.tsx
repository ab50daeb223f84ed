import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import { isLocale, type Locale } from '@/i18n/routing'
import { PortalMessages } from '../_components/PortalMessages'
import styles from '../account.module.css'
import { ResetPasswordForm } from './ResetPasswordForm'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'account.reset' })
  return { title: t('title') }
}

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return null
  setRequestLocale(locale)
  const token = [(await searchParams).token].flat()[0]?.trim() ?? ''
  const t = await getTranslations({ locale, namespace: 'account.reset' })
  const usable = /^[A-Za-z0-9._-]{10,200}$/.test(token)
  return (
    <div className={`container ${styles.authPage}`}>
      <div className={`card ${styles.authCard}`}>
        <h1>{t('title')}</h1>
        {usable ? (
          <>
            <p className={styles.lead}>{t('lead')}</p>
            <PortalMessages sections={['reset']}>
              <ResetPasswordForm token={token} />
            </PortalMessages>
          </>
        ) : (
          <>
            <p className="form-error" role="alert">
              {t('invalidLink')}
            </p>
            <Link href="/account/forgot-password" className="button button--ghost">
              {t('askAgain')}
            </Link>
          </>
        )}
      </div>
    </div>
  )
}
