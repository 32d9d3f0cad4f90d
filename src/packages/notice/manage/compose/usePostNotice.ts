import Taro from '@tarojs/taro'
import { useRef, useState } from 'react'
import { uploadImages, UploadError, useMutation } from '@/data'
import type { Form } from '@/data'
import { showError, toastDone } from '@/platform/feedback'
import { useSession } from '@/stores/session'
import { newToken, toPost } from './draft'
import type { Draft } from './draft'

/**
 * Posting: the photos go up first (each once: a retried post after, say, a word the content
 * check refused reuses what is already uploaded), then `notice.post` with the same form token, so
 * a post whose answer was lost is the same notice when tapped again.
 */
export function usePostNotice() {
  const stationId = useSession((s) => s.station?.stationId ?? '')
  const post = useMutation('notice', 'post', { invalidates: ['notice.managed', 'notice.list'] })
  const [token] = useState(newToken)
  const uploaded = useRef(new Map<string, string>())
  const [progress, setProgress] = useState<string | null>(null)

  const upload = async (d: Draft): Promise<string[] | null> => {
    const fresh = d.images.filter((img) => !uploaded.current.has(img.path))
    try {
      const ids = await uploadImages(stationId, 'notice', fresh, (p) =>
        setProgress(`正在上传第${p.index + 1}张（共${p.total}张）…`),
      )
      fresh.forEach((img, i) => uploaded.current.set(img.path, ids[i]))
      return d.images.map((img) => uploaded.current.get(img.path)!)
    } catch (err) {
      await showError(err instanceof UploadError ? err.message : '图片没有传上去，请检查网络后重试')
      return null
    } finally {
      setProgress(null)
    }
  }

  const send = (form: Form<Draft>) =>
    form.submit(async (d) => {
      const images = await upload(d)
      if (!images) return null
      const done = await post.run(toPost(d, token, images))
      if (done) {
        toastDone('已发布')
        await Taro.redirectTo({ url: `/packages/notice/manage/receipts/index?id=${done.noticeId}&posted=1` })
      }
      return done
    })
  return { post, send, progress }
}
