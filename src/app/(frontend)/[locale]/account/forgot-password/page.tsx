import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import { isLocale, type Locale } from '@/i18n/routing'
import { PortalMessages } from '../_components/PortalMessages'
import styles from '../account.module.css'
import { ForgotPasswordForm } from './ForgotPasswordForm'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'account.forgot' })
  return { title: t('title') }
}

export default async function ForgotPasswordPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return null
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'account.forgot' })
  return (
    <div className={`container ${styles.authPage}`}>
      <div className={`card ${styles.authCard}`}>
        <h1>{t('title')}</h1>
        <p className={styles.lead}>{t('lead')}</p>
        <PortalMessages sections={['forgot']}>
          <ForgotPasswordForm />
        </PortalMessages>
        <p className={styles.authLinks}>
          <Link href="/account">{t('back')}</Link>
        </p>
      </div>
    </div>
  )
}
