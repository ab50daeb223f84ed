// server-only guards Next.js bundles; tests run the same modules in plain Node.
export {}
