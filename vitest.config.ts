import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    alias: [
      { find: 'server-only', replacement: path.resolve('tests/helpers/stubs/server-only.ts') },
      // Vite would give our code graphql's ESM build while Payload and graphql-http load the CommonJS
      // one: two GraphQLError classes, and errors from our validation rules fail graphql-http's
      // instanceof check. Next.js keeps graphql external (withPayload), so it runs one instance too.
      { find: /^graphql$/, replacement: path.resolve('node_modules/graphql/index.js') },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.spec.ts', 'src/**/*.spec.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'int',
          environment: 'node',
          include: ['tests/int/**/*.int.spec.ts'],
          globalSetup: ['tests/helpers/intGlobalSetup.ts'],
          // One Payload instance and one database for every file: serial, shared module graph.
          fileParallelism: false,
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // Two production instances, a worker and a proxy (scripts/test-cluster.ts, npm run test:cluster).
          name: 'cluster',
          environment: 'node',
          include: ['tests/cluster/**/*.cluster.spec.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
})
