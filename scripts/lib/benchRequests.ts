/**
 * The requests the bench sends (scripts/bench.ts), one question asked three ways: the storefront
 * search, Payload's REST list and the same list through GraphQL. tests/int/queryCounts.int.spec.ts
 * runs the GraphQL one, so a schema change that breaks it fails a test, not a bench run.
 */

export const SEARCH_PATH =
  '/vehicles?fuel=diesel&fuel=petrol&body=suv&body=estate&body=sedan&priceMax=80000&sort=price_asc'

export const REST_PATH =
  '/api/vehicles?where[fuel][in]=diesel,petrol&where[body][in]=suv,estate,sedan' +
  '&where[price.amount][less_than_equal]=8000000&sort=price.amount&limit=24&depth=1'

/** What the REST list returns at depth 1 that a listing shows: the card's fields and its pictures. */
export const GRAPHQL_LIST_QUERY = `query BenchVehicleList {
  Vehicles(
    where: {
      fuel: { in: [diesel, petrol] }
      body: { in: [suv, estate, sedan] }
      price__amount: { less_than_equal: 8000000 }
    }
    sort: "price.amount"
    limit: 24
  ) {
    totalDocs
    docs {
      id
      slug
      title
      make
      model
      year
      mileageKm
      fuel
      body
      transmission
      status
      price { amount currency euroAmount }
      gallery { id alt url width height sizes { card { url width height } } }
    }
  }
}`

export const GRAPHQL_BODY = JSON.stringify({ query: GRAPHQL_LIST_QUERY })
