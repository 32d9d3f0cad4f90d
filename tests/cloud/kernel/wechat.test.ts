/**
 * The WeChat platform stand-ins, each through the same server code a deployed function runs:
 * content security (text refused with CONTENT_REJECTED and nothing written; images found risky a
 * moment later are no longer handed out), subscription messages (one per consent, 43101 recorded
 * and not retried without one), and group identity from a cloudID.
 */
import type { StationActionDef, StationCtx } from '../../../cloudfunctions/_kernel/action'
import { buildStationCtx } from '../../../cloudfunctions/_kernel/context'
import { attach, urlsFor } from '../../../cloudfunctions/_kernel/storage'
import { checkImages } from '../../../cloudfunctions/_kernel/wechat/contentSecurity'
import { openGroupId } from '../../../cloudfunctions/_kernel/wechat/groups'
import { RISKY_IMAGE_MARKER } from '../../../localcloud/openapi/security'
import type { OutboxDoc } from '../../../types/entities'
import type { TestCloud } from '../support/cloud'
import { P, XINAN } from '../support/fixtures'
import { errorOf, expectRefused, seededCloud } from '../support/helpers'

jest.setTimeout(30_000)

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

const profile = {
  name: '馨安公寓红旗驿站',
  address: '馨安路88号',
  openingHours: '8:30-17:30',
  services: ['义诊', '理发'],
  rooms: [],
  team: [{ name: '李建华', post: 'stationHead', side: 'partyBranch', title: '站长' }],
}

describe('content security (security.msgSecCheck)', () => {
  test('a published text with a test word is CONTENT_REJECTED on its field, and nothing is written', async () => {
    const error = await expectRefused(
      t,
      'CONTENT_REJECTED',
      () => t.call(P.staff, 'station', 'updateProfile', { ...profile, services: ['义诊', '违规测试词理发'] }),
      'services.1',
    )
    expect(error.message).toMatch(/修改/)
    await expectRefused(
      t,
      'CONTENT_REJECTED',
      () => t.call(P.staff, 'station', 'saveServicePost', { name: '巡逻', description: '敏感测试词' }),
      'description',
    )
  })

  test('clean text and the review word are accepted', async () => {
    await t.ok(P.staff, 'station', 'updateProfile', { ...profile, intro: '欢迎邻居 待审测试词' })
    await t.ok(P.staff, 'station', 'saveServicePost', { name: '文明劝导', description: '劝导不文明行为' })
  })
})

describe('content security for images (security.mediaCheckAsync, verdict by message push)', () => {
  const ctxOf = (openid: string): Promise<StationCtx> =>
    buildStationCtx({ scope: 'station', access: 'guest' } as unknown as StationActionDef<never, unknown>, {
      openid,
      stationId: XINAN,
      onBehalfOf: undefined,
      requestId: 'test',
      now: new Date(),
    })
  async function upload(bytes: Buffer): Promise<string> {
    const { prefix } = await t.ok(P.resident, 'station', 'uploadTarget', { kind: 'topic' })
    const cloudPath = `${prefix}${Math.random().toString(36).slice(2).padEnd(12, '0')}.png`
    const res = await fetch(`${t.cloud.url}/api/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
      method: 'POST',
      body: new Uint8Array(bytes),
      headers: { 'x-dev-openid': P.resident },
    })
    return ((await res.json()) as { data: { fileID: string } }).data.fileID
  }
  const png = (extra: string) =>
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from(extra.padEnd(300, '.')),
    ])
  const settle = async (fileID: string) => {
    for (let i = 0; i < 100; i++) {
      const [doc] = t.cloud.db.find('files', { fileID }) as { check: string }[]
      if (doc.check !== 'pending') return doc.check
      await new Promise((r) => setTimeout(r, 20))
    }
    return 'pending'
  }

  test('a risky image is marked when the verdict arrives and is no longer handed out; a clean one stays', async () => {
    const ctx = await ctxOf(P.resident)
    const risky = await upload(png(RISKY_IMAGE_MARKER))
    const clean = await upload(png('a photo of the stairwell light'))
    const files = await attach(ctx, [risky, clean], { kind: 'topic', itemType: 'topic', itemId: 'tp-x' })
    await checkImages(ctx, files, 3)
    expect(await settle(risky)).toBe('risky')
    expect(await settle(clean)).toBe('pass')
    const [riskyUrl, cleanUrl] = await urlsFor(ctx, [risky, clean])
    expect(riskyUrl).toBe('')
    expect(cleanUrl).toMatch(/^http/)
  })

  test('a phone cannot forge a verdict: the push shape with an OPENID is an unknown action', async () => {
    const forged = { MsgType: 'event', Event: 'wxa_media_check', trace_id: 'x', result: { suggest: 'pass' } }
    const res = (await t.cloud.call('platform', forged, P.resident)) as Parameters<typeof errorOf>[0]
    expect(errorOf(res).code).toBe('UNKNOWN_ACTION')
  })
})

describe('subscription messages (subscribeMessage.send)', () => {
  const outbox = () => t.cloud.db.find('outbox', { stationId: XINAN }) as unknown as OutboxDoc[]
  const request = () =>
    t.ok(P.volunteer, 'station', 'requestProxy', {
      principalId: 'mb-xa-elder',
      consentMethod: 'phone',
      consentNote: '电话确认',
    })

  test('without consent nothing is sent: the outbox records 43101, and it is not retried', async () => {
    const { proxyId } = await request()
    await t.ok(P.head1, 'station', 'decideProxy', { proxyId, decision: 'approve' })
    await t.ok(P.head1, 'station', 'decideProxy', { proxyId, decision: 'approve' })
    expect(outbox()).toEqual([
      expect.objectContaining({
        memberName: '孙晓',
        template: 'proxyDecision',
        status: 'noConsent',
        errCode: 43101,
      }),
    ])
    expect(t.cloud.delivered).toEqual([])
  })

  test('one consent allows exactly one message', async () => {
    const { items } = await t.ok(P.volunteer, 'station', 'subscriptionTemplates', {})
    const template = items.find((i) => i.key === 'proxyDecision')!
    const { accepted } = await t.ok(P.volunteer, 'station', 'recordConsent', {
      results: { [template.templateId]: 'accept', 'local-registrationDecision': 'reject' },
    })
    expect(accepted).toEqual(['proxyDecision'])
    const { proxyId } = await request()
    await t.ok(P.head1, 'station', 'decideProxy', { proxyId, decision: 'approve' })
    expect(t.cloud.delivered).toEqual([
      expect.objectContaining({
        touser: P.volunteer,
        templateId: 'local-proxyDecision',
        page: 'pages/me/index',
        data: {
          thing1: { value: '王奶奶' },
          phrase2: { value: '已同意' },
          thing3: { value: '现在可以为TA代办了' },
        },
      }),
    ])
    // Consent spent: revoking and asking again gets a decision without a message.
    await t.ok(P.volunteer, 'station', 'revokeProxy', { proxyId })
    const again = await request()
    await t.ok(P.head1, 'station', 'decideProxy', {
      proxyId: again.proxyId,
      decision: 'reject',
      reason: '家属不同意',
    })
    expect(t.cloud.delivered).toHaveLength(1)
    expect(
      outbox()
        .map((o) => o.status)
        .sort(),
    ).toEqual(['noConsent', 'sent'])
  })

  test('a resident reads only their own outbox; staff read the station', async () => {
    const { proxyId } = await request()
    await t.ok(P.head1, 'station', 'decideProxy', { proxyId, decision: 'approve' })
    expect((await t.ok(P.volunteer, 'station', 'outbox', {})).total).toBe(1)
    expect((await t.ok(P.resident, 'station', 'outbox', {})).total).toBe(0)
    expect((await t.ok(P.staff, 'station', 'outbox', {})).items[0]).toMatchObject({
      templateTitle: '代办申请审核结果',
      status: 'noConsent',
      errCode: 43101,
    })
  })

  test('a person with no phone is recorded as offline, for their stand-in to tell them', async () => {
    await t.ok(P.volunteer, 'station', 'proxyRegister', {
      householdId: 'hh-xinan-2-1-101',
      name: '李大爷',
      relation: 'owner',
      consentMethod: 'paper',
      consentNote: '书面同意',
    })
    const [pending] = t.cloud.db.find('members', { name: '李大爷' }) as { _id: string }[]
    await t.ok(P.head1, 'station', 'verify', { memberId: pending._id, decision: 'approve' })
    expect(outbox()).toEqual([expect.objectContaining({ memberName: '李大爷', status: 'offline' })])
  })
})

describe('group identity (cloud.getOpenData)', () => {
  test('a cloudID from a card opened in a group gives a stable openGId; anything else is refused', async () => {
    const a = await openGroupId('local-group:1栋邻里群')
    expect(a).toMatch(/^G/)
    expect(await openGroupId('local-group:1栋邻里群')).toBe(a)
    expect(await openGroupId('local-group:2栋邻里群')).not.toBe(a)
    await expect(openGroupId('forged')).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'cloudID' })
  })
})

describe('notify claims the message before sending', () => {
  test('the same message key twice (a retried action) sends once and spends one consent', async () => {
    const { buildStationCtx } = await import('../../../cloudfunctions/_kernel/context')
    const { notify } = await import('../../../cloudfunctions/_kernel/wechat/subscriptions')
    await t.ok(P.volunteer, 'station', 'recordConsent', {
      results: { 'local-proxyDecision': 'accept' },
    })
    await t.ok(P.volunteer, 'station', 'recordConsent', {
      results: { 'local-proxyDecision': 'accept' },
    })
    const ctx = await buildStationCtx({ scope: 'station', access: 'guest' } as never, {
      openid: P.staff,
      stationId: XINAN,
      onBehalfOf: undefined,
      requestId: 't',
      now: new Date(),
    })
    const [volunteer] = t.cloud.db.find('members', { openid: P.volunteer }) as never[]
    const message = {
      to: volunteer,
      template: 'proxyDecision' as const,
      data: { thing1: '王奶奶', phrase2: '已同意', thing3: '可以代办了' },
      page: 'pages/me/index',
      summary: '测试',
      key: 'same-key',
    }
    const answers = await Promise.all([notify(ctx, message), notify(ctx, message), notify(ctx, message)])
    expect(answers.filter(Boolean)).toHaveLength(1)
    expect(t.cloud.delivered).toHaveLength(1)
    const [consent] = t.cloud.db.find('subscriptions', { openid: P.volunteer }) as { available: number }[]
    expect(consent.available).toBe(1)
  })
})
