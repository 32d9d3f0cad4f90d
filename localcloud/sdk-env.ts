/**
 * Points the real wx-server-sdk (and the @cloudbase/node-sdk under it) at a local admin endpoint,
 * by environment only, so function code runs unchanged. The SDK reads these per request; call this
 * before `cloud.init()` all the same, since init already starts a platform probe.
 */
export function pointSdkAt(adminUrl: string, envId = 'local'): void {
  // The node-sdk sends every database, function and open-API request to this URL when set.
  process.env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: adminUrl })
  // Requests are signed with these; any value works locally, but without them the SDK's credential
  // check throws inside a promise nobody awaits, and the unhandled rejection kills the process.
  // Always overwritten, so real keys present in the shell never sign requests to the local cloud.
  process.env.TENCENTCLOUD_SECRETID = 'local-secret-id'
  process.env.TENCENTCLOUD_SECRETKEY = 'local-secret-key'
  // The environment `cloud.DYNAMIC_CURRENT_ENV` resolves to.
  process.env.TCB_ENV = envId
  // Tells the SDK it already runs inside Tencent Cloud; otherwise every request first probes a cloud
  // metadata address and waits out its timeout (500 sequential gets took 31 s instead of 0.5 s).
  process.env.TENCENTCLOUD = 'true'
}
