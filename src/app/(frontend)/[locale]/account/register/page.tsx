import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Link, redirect } from '@/i18n/navigation'
import { isLocale, type Locale } from '@/i18n/routing'
import { PortalMessages } from '../_components/PortalMessages'
import { currentCustomer } from '../_lib/customer'
import styles from '../account.module.css'
import { RegisterForm } from './RegisterForm'
import { ContinueWith } from '../_components/ContinueWith'

type Props = {
  params: Promise<{ locale: string }>
  searchParams?: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'account.register' })
  return { title: t('title') }
}

export default async function RegisterPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return null
  setRequestLocale(locale)
  if (await currentCustomer()) redirect({ href: '/account', locale })
  const t = await getTranslations({ locale, namespace: 'account.register' })
  return (
    <div className={`container ${styles.authPage}`}>
      <div className={`card ${styles.authCard} ${styles.authCardWide}`}>
        <p className={styles.kicker}>{t('kicker')}</p>
        <h1>{t('title')}</h1>
        <p className={styles.lead}>{t('lead')}</p>
        <PortalMessages sections={['register']}>
          <RegisterForm />
        </PortalMessages>
        <ContinueWith locale={locale} error={[(await searchParams)?.oidcError].flat()[0]} />
        <p className={styles.authLinks}>
          {t('haveAccount')} <Link href="/account">{t('toSignIn')}</Link>
        </p>
      </div>
    </div>
  )
}
