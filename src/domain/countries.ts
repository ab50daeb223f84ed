/** Countries we buy from and deliver to, with their EU membership (customs union and VAT area). */
export const COUNTRIES = [
  { code: 'FR', en: 'France', fr: 'France', eu: true },
  { code: 'DE', en: 'Germany', fr: 'Allemagne', eu: true },
  { code: 'BE', en: 'Belgium', fr: 'Belgique', eu: true },
  { code: 'NL', en: 'Netherlands', fr: 'Pays-Bas', eu: true },
  { code: 'LU', en: 'Luxembourg', fr: 'Luxembourg', eu: true },
  { code: 'IT', en: 'Italy', fr: 'Italie', eu: true },
  { code: 'ES', en: 'Spain', fr: 'Espagne', eu: true },
  { code: 'PT', en: 'Portugal', fr: 'Portugal', eu: true },
  { code: 'AT', en: 'Austria', fr: 'Autriche', eu: true },
  { code: 'SE', en: 'Sweden', fr: 'Suède', eu: true },
  { code: 'DK', en: 'Denmark', fr: 'Danemark', eu: true },
  { code: 'PL', en: 'Poland', fr: 'Pologne', eu: true },
  { code: 'CZ', en: 'Czechia', fr: 'Tchéquie', eu: true },
  { code: 'IE', en: 'Ireland', fr: 'Irlande', eu: true },
  { code: 'GB', en: 'United Kingdom', fr: 'Royaume-Uni', eu: false },
  { code: 'CH', en: 'Switzerland', fr: 'Suisse', eu: false },
  { code: 'NO', en: 'Norway', fr: 'Norvège', eu: false },
  { code: 'JP', en: 'Japan', fr: 'Japon', eu: false },
  { code: 'US', en: 'United States', fr: 'États-Unis', eu: false },
  { code: 'CA', en: 'Canada', fr: 'Canada', eu: false },
  { code: 'KR', en: 'South Korea', fr: 'Corée du Sud', eu: false },
  { code: 'CN', en: 'China', fr: 'Chine', eu: false },
  { code: 'AE', en: 'United Arab Emirates', fr: 'Émirats arabes unis', eu: false },
] as const

export type CountryCode = (typeof COUNTRIES)[number]['code']

export function isEuCountry(code: string): boolean {
  return COUNTRIES.some((country) => country.code === code && country.eu)
}

export function countryName(code: string, locale: 'en' | 'fr' = 'en'): string {
  return COUNTRIES.find((country) => country.code === code)?.[locale] ?? code
}
