import type { PropsWithChildren } from 'react';
import { installKeyboardAccess } from './lib/keyboard';
import { installLoadFailureNotice } from './lib/loadFailure';
import './app.css';

if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined') {
  installKeyboardAccess();
  installLoadFailureNotice();
}

function App({ children }: PropsWithChildren) {
  // children is the page being shown
  return children;
}

export default App;
