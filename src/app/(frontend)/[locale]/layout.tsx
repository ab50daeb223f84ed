import type { Metadata, Viewport } from 'next'
import { notFound } from 'next/navigation'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { ConsentBanner } from '@/components/consent/ConsentBanner'
import type { ConsentLabels } from '@/components/consent/labels'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { getEnv } from '@/config/env'
import { isLocale } from '@/i18n/routing'
import { getPublishedPageSlugs } from '../_data/pages'
import { getSiteSettings } from '../_data/siteSettings'
import './globals.css'

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const settings = await getSiteSettings(locale)
  const name = settings.siteName || 'Autoport'
  return {
    metadataBase: new URL(getEnv().SERVER_URL),
    title: { default: `${name} · ${settings.tagline ?? ''}`.replace(/ · $/, ''), template: `%s · ${name}` },
    description: settings.tagline ?? undefined,
    openGraph: { siteName: name, locale: locale === 'fr' ? 'fr_FR' : 'en_GB', type: 'website' },
  }
}

export const viewport: Viewport = { themeColor: '#0f2a3f', width: 'device-width', initialScale: 1 }

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const [settings, pageSlugs, t, messages] = await Promise.all([
    getSiteSettings(locale),
    getPublishedPageSlugs(),
    getTranslations({ locale, namespace: 'layout' }),
    getMessages({ locale }),
  ])
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skip')}
        </a>
        {/* The slugs of every page in both languages: links and the language switch use the visitor's. */}
        <SiteHeader settings={settings} locale={locale} pages={pageSlugs.map(({ fr, en }) => ({ fr, en }))} />
        <main id="main">{children}</main>
        <SiteFooter settings={settings} locale={locale} pages={pageSlugs} />
        {/* Reads the visitor's choice in the browser: the cached pages stay the same for everyone. */}
        <ConsentBanner labels={messages.consent as ConsentLabels} locale={locale} />
      </body>
    </html>
  )
}
