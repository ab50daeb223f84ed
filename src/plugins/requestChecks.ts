import type { Plugin } from 'payload'

import { refuseMalformedArgs } from '@/hooks/refuseMalformedArgs'

/** Every collection, plugin-added ones included, refuses malformed REST/GraphQL arguments with a 400. */
export const requestChecks: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [refuseMalformedArgs, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
})
