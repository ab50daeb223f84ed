import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { date } from '@/components/format'
import { COUNTRIES } from '@/domain/countries'
import { FR_REGIONS } from '@/domain/regions'
import { isLocale, type Locale } from '@/i18n/routing'
import { PortalMessages } from '../_components/PortalMessages'
import { requireCustomer } from '../_lib/customer'
import styles from '../account.module.css'
import { ChangeEmailForm } from './ChangeEmailForm'
import { ChangePasswordForm } from './ChangePasswordForm'
import { LinkedProviders } from './LinkedProviders'
import { ProfileForm, type ProfileValues } from './ProfileForm'

type Props = {
  params: Promise<{ locale: string }>
  searchParams?: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'account.profile' })
  return { title: t('title') }
}

export default async function ProfilePage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return null
  setRequestLocale(locale)
  const customer = await requireCustomer(locale, '/account/profile')
  const t = await getTranslations({ locale, namespace: 'account.profile' })

  const initial: ProfileValues = {
    firstName: customer.firstName ?? '',
    lastName: customer.lastName ?? '',
    phone: customer.phone ?? '',
    line1: customer.address?.line1 ?? '',
    line2: customer.address?.line2 ?? '',
    postcode: customer.address?.postcode ?? '',
    city: customer.address?.city ?? '',
    region: customer.address?.region ?? '',
    country: customer.country ?? 'FR',
    language: customer.language ?? locale,
    marketingEmail: customer.consents?.marketingEmail?.granted ? 'on' : '',
    sms: customer.consents?.sms?.granted ? 'on' : '',
  }
  const note = (consent: { granted?: boolean | null; at?: string | null } | undefined) =>
    consent?.at
      ? t(consent.granted ? 'consentGiven' : 'consentWithdrawn', { date: date(consent.at, locale) })
      : undefined
  const collator = new Intl.Collator(locale)
  const query = (await searchParams) ?? {}

  return (
    <div className={`container ${styles.page} ${styles.narrow}`}>
      <header className={styles.head}>
        <h1>{t('title')}</h1>
        <p className={styles.lead}>{t('lead')}</p>
      </header>
      <PortalMessages sections={['profile']}>
        <ProfileForm
          email={customer.email}
          initial={initial}
          regions={FR_REGIONS.map(({ code, name }) => ({ value: code, label: name }))}
          countries={COUNTRIES.map((country) => ({ value: country.code, label: country[locale] })).sort((a, b) =>
            collator.compare(a.label, b.label),
          )}
          consentNotes={{ marketingEmail: note(customer.consents?.marketingEmail), sms: note(customer.consents?.sms) }}
        />
      </PortalMessages>
      <PortalMessages sections={['security', 'profile']}>
        <ChangeEmailForm pendingEmail={customer.pendingEmail} />
        <ChangePasswordForm />
      </PortalMessages>
      <LinkedProviders
        customer={customer}
        locale={locale}
        outcome={[query.provider].flat()[0]}
        via={[query.via].flat()[0]}
      />
    </div>
  )
}
