/** Entering a station by its QR code, its public profile, me, the poster, and claiming 站长. */
import * as z from 'zod'
import { returns } from '../contract'
import { SIDES } from '../entities'
import { entry, flag, list, oneOf, optionalText, text, typed } from '../fields'
import type { MeView, MyStation, StationCard, StationProfile } from './views'

/** A station code as carried in the QR scene `s=<code>` (scene ≤ 32 chars). */
export const stationCode = z
  .string({ error: typed('缺少驿站编号', '驿站编号格式不对') })
  .trim()
  .regex(/^[A-Za-z0-9_-]{2,24}$/, { error: '驿站编号格式不对' })

const teamSeat = entry('驿站班子成员', {
  name: text('姓名', 20),
  post: oneOf('职务', ['stationHead', 'deputyHead', 'member']),
  side: oneOf('所属方', SIDES).optional(),
  title: text('职务名称', 30),
})

export interface PosterView {
  stationName: string
  /** Printed under the name, so a poster on a wall says which compound it is for. */
  address: string
  scene: string
  page: string
  /** The QR PNG: a temporary URL into cloud storage (valid for two hours). */
  imageUrl: string
  generatedAt: string
}

export const profileActions = {
  resolve: { input: z.object({ code: stationCode }), output: returns<StationCard>() },
  myStations: { input: z.object({}), output: returns<{ items: MyStation[] }>() },
  get: { input: z.object({}), output: returns<StationProfile>() },
  me: { input: z.object({}), output: returns<MeView>() },
  updateProfile: {
    input: z.object({
      name: text('驿站名称', 40),
      address: text('地址', 100),
      openingHours: text('开放时间', 60),
      services: list('服务清单', text('服务项目', 20), 30),
      rooms: list('功能室', entry('功能室', { name: text('功能室名称', 20), use: text('用途', 60) }), 20),
      team: list('驿站班子', teamSeat, 20),
      intro: optionalText('简介', 500).default(''),
    }),
    output: returns<StationProfile>(),
  },
  poster: {
    input: z.object({ refresh: flag('重新生成').default(false) }),
    output: returns<PosterView>(),
  },
  claimHead: {
    input: z.object({
      token: z
        .string({ error: typed('请填写认领码', '认领码应为8位字母或数字') })
        .trim()
        .regex(/^[A-Z0-9]{8}$/, { error: '认领码应为8位字母或数字' }),
    }),
    output: returns<MeView>(),
  },
}
