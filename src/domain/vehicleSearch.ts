import { COUNTRIES } from './countries'
import { DEFAULT_REGION, isRegionCode, type RegionCode } from './regions'
import { BODIES, FUELS, TRANSMISSIONS } from './vehicleOptions'

/**
 * The storefront's vehicle search, as it lives in the URL: parsed leniently (a bad value is dropped,
 * never an error page), serialised canonically (same filters → same URL, so links and caches agree).
 */
export const SORTS = [
  'newest',
  'landed_asc',
  'landed_desc',
  'price_asc',
  'price_desc',
  'year_desc',
  'year_asc',
  'mileage_asc',
] as const
export type Sort = (typeof SORTS)[number]

export const PAGE_SIZE = 24
export const MULTI_FACETS = ['make', 'fuel', 'transmission', 'body', 'origin'] as const
export type MultiFacet = (typeof MULTI_FACETS)[number]

export type VehicleSearch = {
  make: string[]
  model?: string
  fuel: string[]
  transmission: string[]
  body: string[]
  origin: string[]
  yearMin?: number
  yearMax?: number
  /** Whole euros in the URL. */
  priceMin?: number
  priceMax?: number
  mileageMax?: number
  /** Whole euros: the most the car may cost registered in France in `region` (the stored landed price). */
  landedMax?: number
  /** Where the visitor registers the car: the landed prices shown, sorted and filtered are this region's. */
  region: RegionCode
  /** Registrable without an individual approval (RTI): COC available or collector age. */
  noRti: boolean
  sort: Sort
  page: number
}

type Params = Record<string, string | string[] | undefined> | URLSearchParams

const ALLOWED: Record<Exclude<MultiFacet, 'make'>, readonly string[]> = {
  fuel: FUELS.map(({ value }) => value),
  transmission: TRANSMISSIONS.map(({ value }) => value),
  body: BODIES.map(({ value }) => value),
  origin: COUNTRIES.map(({ code }) => code),
}

function all(params: Params, key: string): string[] {
  const raw = params instanceof URLSearchParams ? params.getAll(key) : [params[key] ?? []].flat()
  return raw
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean)
}

function integer(params: Params, key: string, min: number, max: number): number | undefined {
  const [value] = all(params, key)
  if (!value || !/^\d{1,9}$/.test(value)) return undefined
  const number = Number(value)
  return number >= min && number <= max ? number : undefined
}

/**
 * A sum of whole euros as people type it: "120000", or grouped the French way ("120 000", with a normal,
 * non-breaking or narrow non-breaking space, or "120.000"), optionally followed by "€".
 */
const EUROS = /^(\d{1,9}|\d{1,3}(?:[ \u00A0\u202F.]\d{3}){1,2})(?:[ \u00A0\u202F]*€)?$/u

export function parseWholeEuros(text: string): number | undefined {
  const match = EUROS.exec(text.trim())
  return match ? Number(match[1]!.replace(/\D/g, '')) : undefined
}

function euros(params: Params, key: string, min: number, max: number): number | undefined {
  const [value] = all(params, key)
  const number = value ? parseWholeEuros(value) : undefined
  return number !== undefined && number >= min && number <= max ? number : undefined
}

const unique = (values: string[]) => [...new Set(values)].sort()
const cleanText = (value: string | undefined, max: number) =>
  value
    ? value
        .replace(/[^\p{L}\p{N} .'&+-]/gu, '')
        .trim()
        .slice(0, max) || undefined
    : undefined

// Region codes are upper case in data; an address typed by hand may not be.
function regionOf(value: string | undefined): RegionCode {
  const code = value?.toUpperCase()
  return isRegionCode(code) ? code : DEFAULT_REGION
}

export function parseVehicleSearch(params: Params): VehicleSearch {
  const sort = all(params, 'sort')[0]
  const search: VehicleSearch = {
    make: unique(
      all(params, 'make')
        .map((make) => cleanText(make, 40))
        .filter((make): make is string => Boolean(make)),
    ).slice(0, 20),
    model: cleanText(all(params, 'model')[0], 60),
    fuel: unique(all(params, 'fuel').filter((value) => ALLOWED.fuel.includes(value))),
    transmission: unique(all(params, 'transmission').filter((value) => ALLOWED.transmission.includes(value))),
    body: unique(all(params, 'body').filter((value) => ALLOWED.body.includes(value))),
    origin: unique(
      all(params, 'origin')
        .map((value) => value.toUpperCase())
        .filter((value) => ALLOWED.origin.includes(value)),
    ),
    yearMin: integer(params, 'yearMin', 1900, 2100),
    yearMax: integer(params, 'yearMax', 1900, 2100),
    priceMin: euros(params, 'priceMin', 0, 100_000_000),
    priceMax: euros(params, 'priceMax', 0, 100_000_000),
    mileageMax: integer(params, 'mileageMax', 0, 2_000_000),
    landedMax: euros(params, 'landedMax', 0, 100_000_000),
    region: regionOf(all(params, 'region')[0]),
    noRti: all(params, 'noRti')[0] === '1',
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as Sort) : 'newest',
    page: integer(params, 'page', 1, 10_000) ?? 1,
  }
  if (search.yearMin && search.yearMax && search.yearMin > search.yearMax)
    [search.yearMin, search.yearMax] = [search.yearMax, search.yearMin]
  if (search.priceMin && search.priceMax && search.priceMin > search.priceMax)
    [search.priceMin, search.priceMax] = [search.priceMax, search.priceMin]
  return search
}

/** The canonical query string (no leading "?"), default values left out. */
export function serializeVehicleSearch(search: Partial<VehicleSearch>): string {
  const params = new URLSearchParams()
  for (const facet of MULTI_FACETS) for (const value of search[facet] ?? []) params.append(facet, value)
  if (search.model) params.set('model', search.model)
  for (const key of ['yearMin', 'yearMax', 'priceMin', 'priceMax', 'mileageMax', 'landedMax'] as const) {
    if (search[key] !== undefined) params.set(key, String(search[key]))
  }
  if (search.noRti) params.set('noRti', '1')
  if (search.region && search.region !== DEFAULT_REGION) params.set('region', search.region)
  if (search.sort && search.sort !== 'newest') params.set('sort', search.sort)
  if (search.page && search.page > 1) params.set('page', String(search.page))
  return params.toString()
}

/** The same search with one facet value toggled, back on page 1. */
export function toggleFacet(search: VehicleSearch, facet: MultiFacet, value: string): VehicleSearch {
  const values = search[facet].includes(value)
    ? search[facet].filter((item) => item !== value)
    : [...search[facet], value]
  return { ...search, [facet]: unique(values), page: 1 }
}

export function activeFilterCount(search: VehicleSearch): number {
  return (
    MULTI_FACETS.reduce((count, facet) => count + search[facet].length, 0) +
    [
      search.model,
      search.yearMin,
      search.yearMax,
      search.priceMin,
      search.priceMax,
      search.mileageMax,
      search.landedMax,
    ].filter((value) => value !== undefined).length +
    (search.noRti ? 1 : 0)
  )
}
