import type { PropsWithChildren } from 'react';
import { LaunchedRulebook } from './hooks/useRulebook';
import { installKeyboardAccess } from './lib/keyboard';
import { installLoadFailureNotice } from './lib/loadFailure';
import './app.css';

if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined') {
  installKeyboardAccess();
  installLoadFailureNotice();
}

function App({ children }: PropsWithChildren) {
  // children is the page being shown; every page reads organisation data from the launched rulebook.
  return <LaunchedRulebook>{children}</LaunchedRulebook>;
}

export default App;
