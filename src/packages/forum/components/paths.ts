/** Where the forum's pages are (the subpackage root is `packages/forum`). */
const ROOT = '/packages/forum'

export const FORUM = {
  home: `${ROOT}/index/index`,
  raise: `${ROOT}/raise/index`,
  topic: (id: string) => `${ROOT}/topic/index?id=${id}`,
  mine: `${ROOT}/mine/index`,
  sessions: `${ROOT}/sessions/index`,
  session: (id: string) => `${ROOT}/session/index?id=${id}`,
  board: `${ROOT}/board/index`,
  figures: `${ROOT}/figures/index`,
  queue: `${ROOT}/manage/queue/index`,
  moderation: `${ROOT}/manage/moderation/index`,
  schedule: `${ROOT}/manage/schedule/index`,
  minutes: (id: string) => `${ROOT}/manage/minutes/index?id=${id}`,
  door: (id: string) => `${ROOT}/manage/door/index?id=${id}`,
}
