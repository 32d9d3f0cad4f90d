import { PropsWithChildren } from 'react'
import './app.css'
import './platform/h5Style'

function App({ children }: PropsWithChildren) {
  return children
}

export default App
