import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { decideBuild, parseServerLock, type BuildDecision, type ServerLock } from './buildGuard'
import { newestMtime } from './newestMtime'

/**
 * Locks of the servers using `.next`, one file per process. Not inside `.next`: `next build` empties
 * it. Under `.data` (ignored by git), whatever DATA_DIR a server uses: they all share one `.next`.
 */
export const LOCK_DIR = path.join('.data', 'next-servers')
const BUILD_ID = path.join('.next', 'BUILD_ID')
const SOURCES = ['src', 'payload.config.ts', 'next.config.ts', 'package-lock.json', 'tsconfig.json']

export function currentBuildId(): string | null {
  return existsSync(BUILD_ID) ? readFileSync(BUILD_ID, 'utf8').trim() : null
}

export function buildIsStale(): boolean {
  if (!existsSync(BUILD_ID)) return true
  return newestMtime(SOURCES) > statSync(BUILD_ID).mtimeMs
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The locks of live servers; those of processes gone (killed without cleanup) are removed. */
export function serverLocks(): { lock: ServerLock; alive: boolean; file: string }[] {
  if (!existsSync(LOCK_DIR)) return []
  const found = []
  for (const name of readdirSync(LOCK_DIR).filter((entry) => entry.endsWith('.json'))) {
    const file = path.join(LOCK_DIR, name)
    let text = ''
    try {
      text = readFileSync(file, 'utf8')
    } catch {
      continue // removed meanwhile by its server
    }
    const lock = parseServerLock(text)
    const alive = lock !== null && isAlive(lock.pid)
    if (lock && alive) found.push({ lock, alive, file })
    else rmSync(file, { force: true })
  }
  return found
}

export function decideBuildNow(ifStale: boolean): BuildDecision {
  return decideBuild({ ifStale, stale: buildIsStale(), currentBuildId: currentBuildId(), servers: serverLocks() })
}

/**
 * Called by a server before it loads `.next`: records its pid and build, removed when it exits.
 * Returns the removal (also run on exit).
 */
export function holdBuild(port: string | number | undefined): () => void {
  mkdirSync(LOCK_DIR, { recursive: true })
  const file = path.join(LOCK_DIR, `${process.pid}.json`)
  const lock: ServerLock = {
    pid: process.pid,
    buildId: currentBuildId(),
    port: port === undefined ? null : String(port),
    startedAt: new Date().toISOString(),
  }
  writeFileSync(file, JSON.stringify(lock))
  const release = () => rmSync(file, { force: true })
  process.on('exit', release)
  return release
}
