import type { Metadata, Viewport } from 'next'
import React from 'react'

import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Autoport · Import de véhicules', template: '%s · Autoport' },
  description:
    "Autoport importe votre voiture d'Europe, du Japon ou des États-Unis avec le prix rendu en France, taxes et immatriculation comprises.",
}

export const viewport: Viewport = { themeColor: '#0f2a3f', width: 'device-width', initialScale: 1 }

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr">
      <body>{children}</body>
    </html>
  )
}
