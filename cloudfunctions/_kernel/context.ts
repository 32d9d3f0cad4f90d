/**
 * Turns a call into a context: the station named in the request, the caller's membership
 * there (looked up on every call), and — for a stand-in — the person they act for.
 */
import type { MemberDoc, ProxyDoc, StationDoc } from '../../types/entities'
import type { Access, StationActionDef, StationCtx } from './action'
import { writeAudit } from './audit'
import { AppError, forbidden, notFound } from './errors'
import { globalCollection, scopedDb } from './repo'
import { effectiveRoles, hasAny } from './roles'
import { runScopedTransaction } from './tx'

export interface CallMeta {
  openid: string
  stationId: unknown
  onBehalfOf: unknown
  requestId: string
  now: Date
}

export async function loadStation(stationId: unknown): Promise<StationDoc> {
  if (typeof stationId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(stationId)) {
    throw new AppError('INVALID_INPUT', '请先选择驿站（扫描驿站二维码进入）', 'stationId')
  }
  const station = await globalCollection('stations').byId(stationId)
  if (!station) throw notFound('没有找到这个驿站，请重新扫描驿站二维码')
  return station
}

export async function buildStationCtx(
  def: StationActionDef<never, unknown>,
  meta: CallMeta,
): Promise<StationCtx> {
  const station = await loadStation(meta.stationId)
  const db = scopedDb(station._id)
  const actor = await findMember(db, meta.openid)
  const { member, proxy } =
    meta.onBehalfOf === undefined || meta.onBehalfOf === null
      ? { member: actor, proxy: null }
      : await resolveProxy(def, db, actor, meta.onBehalfOf)
  const roles = effectiveRoles(member)
  checkAccess(def.access, member, roles)
  const ctx: StationCtx = {
    openid: meta.openid,
    now: meta.now,
    requestId: meta.requestId,
    station,
    member,
    actor,
    proxy,
    roles,
    db,
    // Read at write time: an action that makes the caller a member (claimHead) is audited as that member.
    audit: (entry) => writeAudit(db, ctx.actor, ctx.member, entry, meta.now),
    transaction: (fn) => runScopedTransaction(station._id, fn),
  }
  return ctx
}

async function findMember(db: ReturnType<typeof scopedDb>, openid: string): Promise<MemberDoc | null> {
  return db.members.findOne({ openid })
}

async function resolveProxy(
  def: StationActionDef<never, unknown>,
  db: ReturnType<typeof scopedDb>,
  actor: MemberDoc | null,
  principalId: unknown,
): Promise<{ member: MemberDoc; proxy: ProxyDoc }> {
  if (!def.proxy) throw forbidden('这个操作不能代办')
  if (typeof principalId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(principalId)) {
    throw new AppError('INVALID_INPUT', '代办对象格式不对', 'onBehalfOf')
  }
  if (!actor || actor.status !== 'verified') throw forbidden('只有已认证的居民可以代办')
  const proxy = await db.proxies.findOne({ principalId, agentId: actor._id, status: 'active' })
  if (!proxy) throw forbidden('您没有为这位居民代办的授权')
  const member = await db.members.byId(principalId)
  if (!member || member.status === 'left') throw notFound('被代办的居民已不在本驿站')
  return { member, proxy }
}

export function checkAccess(
  access: Access,
  member: MemberDoc | null,
  roles: ReturnType<typeof effectiveRoles>,
) {
  if (access === 'guest') return
  if (!member || member.status === 'left') throw new AppError('NOT_MEMBER')
  if (access === 'member') return
  if (member.status !== 'verified') throw forbidden(pendingMessage(member))
  if (access === 'verified') return
  if (!hasAny(roles, access.roles)) throw forbidden()
}

function pendingMessage(member: MemberDoc): string {
  if (member.status === 'rejected') return '您的登记未通过审核，请修改后重新提交'
  return '您的登记还在审核中，审核通过后才能使用这个功能'
}
