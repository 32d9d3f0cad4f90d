/**
 * Secrets a deployed function reads from its environment (set in the cloud console). The local
 * cloud generates them once per data directory, so a restart keeps tokens and QR codes valid.
 */
import { randomBytes } from 'crypto'
import fs from 'fs'
import path from 'path'
import { SUBSCRIPTION_TEMPLATES } from '../types/subscriptions'

export interface FunctionSecrets {
  PLATFORM_ADMIN_TOKEN: string
  SIGNING_KEY: string
}

function fresh(): FunctionSecrets {
  return {
    PLATFORM_ADMIN_TOKEN: randomBytes(24).toString('hex'),
    SIGNING_KEY: randomBytes(32).toString('hex'),
  }
}

export function loadSecrets(dataDir: string | undefined): FunctionSecrets {
  if (!dataDir) return fresh()
  const file = path.join(dataDir, 'secrets.json')
  if (fs.existsSync(file)) return { ...fresh(), ...JSON.parse(fs.readFileSync(file, 'utf8')) }
  const secrets = fresh()
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}

export function applySecrets(secrets: FunctionSecrets) {
  for (const [key, value] of Object.entries(secrets)) process.env[key] = value
  // What an operator sets after choosing templates in the console (README): local ids here.
  process.env.SUBSCRIBE_TEMPLATE_IDS = JSON.stringify(
    Object.fromEntries(Object.keys(SUBSCRIPTION_TEMPLATES).map((key) => [key, `local-${key}`])),
  )
}
