import { describe, expect, it } from 'vitest'

import { decideBuild, parseServerLock, serversUsingBuild, type ServerLock } from '../../scripts/lib/buildGuard'

const lock = (pid: number, buildId: string | null, port: string | null = '3000'): ServerLock => ({
  pid,
  buildId,
  port,
  startedAt: '2026-12-03T03:00:00.000Z',
})

describe('build guard', () => {
  it('keeps a current build when asked to build only if stale, even with servers running', () => {
    const decision = decideBuild({
      ifStale: true,
      stale: false,
      currentBuildId: 'b1',
      servers: [{ lock: lock(41, 'b1'), alive: true }],
    })
    expect(decision).toEqual({ action: 'reuse', reason: 'The build in .next is current: not rebuilding.' })
  })

  it('refuses a stale rebuild while a live server serves the current build, naming it', () => {
    const decision = decideBuild({
      ifStale: true,
      stale: true,
      currentBuildId: 'b1',
      servers: [{ lock: lock(41, 'b1', '3000'), alive: true }],
    })
    expect(decision.action).toBe('refuse')
    expect(decision.reason).toMatch(/^Sources changed since the build in \.next, but a running server/)
    expect(decision.reason).toContain('pid 41 on port 3000')
    expect(decision.reason).toContain('Stop the server first')
  })

  it('refuses a forced rebuild under a live server too', () => {
    const decision = decideBuild({
      ifStale: false,
      stale: false,
      currentBuildId: 'b1',
      servers: [
        { lock: lock(41, 'b1'), alive: true },
        { lock: lock(42, null, null), alive: true },
      ],
    })
    expect(decision.action).toBe('refuse')
    expect(decision.reason).toMatch(/^A rebuild was asked, but .*\(pid 41 on port 3000, pid 42\)/)
    expect(decision.action === 'refuse' && decision.servers.map((s) => s.pid)).toEqual([41, 42])
  })

  it('builds when the only servers are gone or serve a build already replaced', () => {
    const decision = decideBuild({
      ifStale: true,
      stale: true,
      currentBuildId: 'b2',
      servers: [
        { lock: lock(41, 'b2'), alive: false },
        { lock: lock(42, 'b1'), alive: true },
      ],
    })
    expect(decision).toEqual({ action: 'build', reason: 'Building the production app.' })
  })

  it('builds when there is no build at all (nothing to take away from a server)', () => {
    expect(
      decideBuild({
        ifStale: true,
        stale: true,
        currentBuildId: null,
        servers: [{ lock: lock(41, null), alive: true }],
      }),
    ).toEqual({ action: 'build', reason: 'No build in .next: building.' })
  })

  it('counts a server whose build id is unknown as using the build', () => {
    expect(
      serversUsingBuild({ currentBuildId: 'b1', servers: [{ lock: lock(7, null), alive: true }] }).map((s) => s.pid),
    ).toEqual([7])
  })

  it('reads lock files and rejects what is not one', () => {
    expect(parseServerLock(JSON.stringify(lock(41, 'b1')))).toEqual(lock(41, 'b1'))
    expect(parseServerLock('{"pid": 41}')).toEqual({ pid: 41, buildId: null, port: null, startedAt: '' })
    expect(parseServerLock('{"pid": -1}')).toBeNull()
    expect(parseServerLock('{"pid": "41"}')).toBeNull()
    expect(parseServerLock('not json')).toBeNull()
  })
})
