/**
 * A refused privacy popup is not a denied permission: it gets its own message and never sends the
 * person to settings; only a permission they switched off does.
 */
import { refusalOf } from '@/platform/privacy'

test.each([
  [
    { errno: 104, errMsg: 'saveImageToPhotosAlbum:fail privacy permission is not authorized' },
    'privacyRefused',
  ],
  [{ errMsg: 'chooseMedia:fail privacy permission is not authroized' }, 'privacyRefused'],
  [{ errno: 103, errMsg: 'getLocation:fail privacy permission is not authorized' }, 'privacyRefused'],
  [
    { errno: 112, errMsg: 'saveImageToPhotosAlbum:fail api scope is not declared in the privacy agreement' },
    'privacyUndeclared',
  ],
  [{ errMsg: 'saveImageToPhotosAlbum:fail auth deny' }, 'scopeDenied'],
  [{ errMsg: 'authorize:fail auth deny' }, 'scopeDenied'],
  [{ errMsg: 'saveImageToPhotosAlbum:fail cancel' }, 'cancelled'],
  [{ errMsg: 'shareFileMessage:fail cancel' }, 'cancelled'],
  [new Error('boom'), 'other'],
  ['plain text', 'other'],
])('%j → %s', (err, refusal) => {
  expect(refusalOf(err)).toBe(refusal)
})
