// oidc-provider ships no types; the test helper uses a small part of it (tests/helpers/oidcProvider.ts).
declare module 'oidc-provider' {
  const Provider: any
  export default Provider
}
