import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** Newest modification time among the given files and everything below the given folders. */
export function newestMtime(paths: string[]): number {
  let newest = 0
  const visit = (entry: string) => {
    if (!existsSync(entry)) return
    const stat = statSync(entry)
    if (stat.isDirectory()) {
      for (const child of readdirSync(entry)) visit(path.join(entry, child))
    } else {
      newest = Math.max(newest, stat.mtimeMs)
    }
  }
  paths.forEach(visit)
  return newest
}
