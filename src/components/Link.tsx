import NextLink from 'next/link'
import { getLocale } from 'next-intl/server'
import type { ComponentProps } from 'react'

import { isLocale, routing, type Locale } from '@/i18n/routing'
import { localizedHref } from './localizedHref'

export { localizedHref }

type Props = Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & { href: string; locale?: Locale }

/**
 * A server-rendered link in the visitor's language. It renders Next's own link, so the browser gets
 * no internationalisation code for it.
 */
export async function Link({ href, locale, ...props }: Props) {
  const current = locale ?? (await getLocale())
  return <NextLink href={localizedHref(href, isLocale(current) ? current : routing.defaultLocale)} {...props} />
}
