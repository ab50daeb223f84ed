import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ClientMessages } from '@/components/ClientMessages'
import { isLocale, type Locale } from '@/i18n/routing'
import { ConfirmForm } from './ConfirmForm'
import styles from '../quote.module.css'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'quote' })
  return { title: t('confirmTitle'), robots: { index: false } }
}

/**
 * Opening the e-mailed link changes nothing by itself (mail scanners open links too): the
 * visitor confirms with a button.
 */
export default async function ConfirmPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return null
  setRequestLocale(locale)
  const token = [(await searchParams).token].flat()[0] ?? ''
  const t = await getTranslations({ locale, namespace: 'quote' })
  return (
    <div className={`container ${styles.page}`}>
      <h1>{t('confirmTitle')}</h1>
      <ClientMessages namespaces={['quote']}>
        <ConfirmForm token={token.slice(0, 200)} />
      </ClientMessages>
    </div>
  )
}
