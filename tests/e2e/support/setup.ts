// A browser journey waits on real pages and the real local cloud: give each step room.
jest.setTimeout(90_000)
