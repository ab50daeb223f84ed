// The vehicle page's price lives in the domain: the search's stored landed prices use the same function.
export { landedPrice, type LandedPrice } from '@/domain/landedPrice'
