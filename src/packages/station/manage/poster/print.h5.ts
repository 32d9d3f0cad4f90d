// H5 only (Taro picks `*.h5.ts` for the H5 build): print just the poster.
import './print.css'
