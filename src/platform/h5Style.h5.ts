// H5 only (Taro picks `*.h5.ts` for the H5 build): the title bar and tab bar sizes.
import './h5.css'
