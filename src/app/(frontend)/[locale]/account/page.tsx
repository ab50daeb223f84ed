import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { isLocale, type Locale } from '@/i18n/routing'
import { Overview } from './_components/Overview'
import { PortalMessages } from './_components/PortalMessages'
import { SignInForm } from './_components/SignInForm'
import { ContinueWith } from './_components/ContinueWith'
import { Link } from '@/i18n/navigation'
import { currentCustomer } from './_lib/customer'
import { safeNextPath } from './_lib/nextPath'
import styles from './account.module.css'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const first = (value: string | string[] | undefined) => [value].flat()[0]

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'account' })
  return { title: (await currentCustomer()) ? t('overview.title') : t('signIn.title') }
}

export default async function AccountPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return null
  setRequestLocale(locale)
  const query = await searchParams
  const customer = await currentCustomer()
  if (customer)
    return <Overview customer={customer} locale={locale} passwordChanged={first(query.passwordChanged) === '1'} />

  const t = await getTranslations({ locale, namespace: 'account.signIn' })
  const requested = first(query.next)
  const next = requested ? safeNextPath(requested) : undefined
  return (
    <div className={`container ${styles.authPage}`}>
      <div className={`card ${styles.authCard}`}>
        <p className={styles.kicker}>{t('kicker')}</p>
        <h1>{t('title')}</h1>
        {first(query.signedOut) === '1' || first(query.passwordChanged) === '1' || first(query.emailChanged) === '1' ? (
          <p className="form-success" role="status">
            {first(query.signedOut) === '1'
              ? t('signedOut')
              : first(query.emailChanged) === '1'
                ? t('emailChanged')
                : t('passwordChanged')}
          </p>
        ) : next && next !== '/account' ? (
          <p className={styles.notice} role="status">
            {t('needed')}
          </p>
        ) : (
          <p className={styles.lead}>{t('lead')}</p>
        )}
        <PortalMessages sections={['signIn']}>
          <SignInForm next={next} />
        </PortalMessages>
        <ContinueWith locale={locale} next={next} error={first(query.oidcError)} />
        <p className={styles.authLinks}>
          <Link href="/account/forgot-password">{t('forgot')}</Link>
        </p>
        <div className={styles.authAside}>
          <h2 className={styles.asideTitle}>{t('newTitle')}</h2>
          <p>{t('newText')}</p>
          <Link href="/account/register" className="button button--ghost">
            {t('register')}
          </Link>
        </div>
      </div>
    </div>
  )
}
