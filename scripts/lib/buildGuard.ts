/**
 * `next build` empties `.next` and writes a new build under a new id. A server started from the old
 * build keeps running but no longer has its own scripts (500s) nor its server actions. So every server
 * of `npm start` / `npm run demo` leaves a lock naming its pid and the build it serves, and a rebuild
 * is refused while a live server serves the build in `.next`. This file holds the decision (pure);
 * buildLocks.ts the file system side.
 */

/** What a running server wrote when it started. */
export type ServerLock = {
  pid: number
  /** `.next/BUILD_ID` when the server started; null when there was none to read. */
  buildId: string | null
  port: string | null
  startedAt: string
}

export type BuildDecision =
  | { action: 'reuse'; reason: string }
  | { action: 'build'; reason: string }
  | { action: 'refuse'; reason: string; servers: ServerLock[] }

export type BuildSituation = {
  /** `--if-stale`: keep a build newer than every source. */
  ifStale: boolean
  /** No build, or a source newer than it. */
  stale: boolean
  /** `.next/BUILD_ID` now; null when there is no build. */
  currentBuildId: string | null
  /** Every lock found, with whether its process still runs. */
  servers: { lock: ServerLock; alive: boolean }[]
}

/**
 * A server whose lock names another build id is already serving a replaced build: rebuilding cannot
 * hurt it further, so only servers of the current build (or of an unknown one) hold the build.
 */
export function serversUsingBuild(situation: Pick<BuildSituation, 'currentBuildId' | 'servers'>): ServerLock[] {
  if (situation.currentBuildId === null) return []
  return situation.servers
    .filter(({ alive, lock }) => alive && (lock.buildId === null || lock.buildId === situation.currentBuildId))
    .map(({ lock }) => lock)
}

export function decideBuild(situation: BuildSituation): BuildDecision {
  if (situation.ifStale && !situation.stale)
    return { action: 'reuse', reason: 'The build in .next is current: not rebuilding.' }
  const users = serversUsingBuild(situation)
  if (users.length > 0) {
    const list = users.map((lock) => `pid ${lock.pid}${lock.port ? ` on port ${lock.port}` : ''}`).join(', ')
    const why = situation.stale ? 'Sources changed since the build in .next, but' : 'A rebuild was asked, but'
    return {
      action: 'refuse',
      servers: users,
      reason:
        `${why} a running server serves that build (${list}): rebuilding would replace it under that server ` +
        `(its pages would fail). Stop the server first, then build again.`,
    }
  }
  return {
    action: 'build',
    reason: situation.currentBuildId === null ? 'No build in .next: building.' : 'Building the production app.',
  }
}

/** A lock file's content, or null when it is not one of ours (it is then ignored and removed). */
export function parseServerLock(text: string): ServerLock | null {
  try {
    const value = JSON.parse(text) as Partial<ServerLock>
    if (!Number.isInteger(value.pid) || (value.pid as number) <= 0) return null
    return {
      pid: value.pid as number,
      buildId: typeof value.buildId === 'string' ? value.buildId : null,
      port: typeof value.port === 'string' ? value.port : null,
      startedAt: typeof value.startedAt === 'string' ? value.startedAt : '',
    }
  } catch {
    return null
  }
}
