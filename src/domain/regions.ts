/** The 13 metropolitan regions that set the per-CV registration tax (codes of our own, stable in data). */
export const FR_REGIONS = [
  { code: 'ARA', name: 'Auvergne-Rhône-Alpes' },
  { code: 'BFC', name: 'Bourgogne-Franche-Comté' },
  { code: 'BRE', name: 'Bretagne' },
  { code: 'CVL', name: 'Centre-Val de Loire' },
  { code: 'COR', name: 'Corse' },
  { code: 'GES', name: 'Grand Est' },
  { code: 'HDF', name: 'Hauts-de-France' },
  { code: 'IDF', name: 'Île-de-France' },
  { code: 'NOR', name: 'Normandie' },
  { code: 'NAQ', name: 'Nouvelle-Aquitaine' },
  { code: 'OCC', name: 'Occitanie' },
  { code: 'PDL', name: 'Pays de la Loire' },
  { code: 'PAC', name: "Provence-Alpes-Côte d'Azur" },
] as const

export type RegionCode = (typeof FR_REGIONS)[number]['code']

export const REGION_CODES: readonly RegionCode[] = FR_REGIONS.map((region) => region.code)

export function isRegionCode(value: unknown): value is RegionCode {
  return typeof value === 'string' && (REGION_CODES as readonly string[]).includes(value)
}

export function regionName(code: RegionCode): string {
  return FR_REGIONS.find((region) => region.code === code)?.name ?? code
}

/** The region a price is shown for until the visitor picks theirs (the vehicle page and the search agree). */
export const DEFAULT_REGION: RegionCode = 'IDF'
