/**
 * The app's one data layer: pages and components read through `useQuery` / `usePagedQuery`,
 * change through `useMutation` (usually inside `useForm`), and never call the cloud client.
 */
export type { Async } from './cache'
export type { CallError } from './errors'
export { asCallError, canRetry } from './errors'
export type { Form, Problems } from './form'
export { useForm } from './form'
export { useMe } from './me'
export type { ActionRef, Mutation, MutationOptions } from './mutation'
export { useMutation } from './mutation'
export type { ItemOf, Paged, PagedItems } from './paged'
export { usePagedQuery } from './paged'
export type { Query, QueryOptions } from './query'
export { useQuery } from './query'
export { useSubscribe } from './subscribe'
export type { LocalImage, UploadProgress } from './upload'
export { uploadImages, UploadError } from './upload'
